"""The site's starting content, loaded by `manage.py load_site_content`.

Facts and figures come from the source article on intensive outpatient
programs (see ../shared/seeds/), checked against the works the article cites;
the wording is the project's own, written for a reading level of grade 6 to 8.
After the first load this is only a starting point: editors own the content
in the admin, and loading again never overwrites what they changed.

Body text is plain: a blank line starts a paragraph, [[key]] inserts a key
figure (or, in disclosures, [[primary_partner]]). A last paragraph that starts
with “Sources:” names the references behind the section, in words found in
the reference list; it is shown in small print after the section's list.
"""

import datetime

PARTNERS = [
    {"name": "Niznik Behavioral Health", "role": "primary", "paid": True, "order": 1},
    {"name": "Legacy Healing Center", "role": "additional", "paid": True, "order": 2},
]

# Questions a visitor may ask a program before choosing it (the article and
# every center page show them; editors manage them in the admin).
CALL_QUESTIONS: list[dict] = [
    {
        "question": "Is your program licensed by the state, and who accredits it?",
        "why": "A state license is the minimum. Accreditation means an outside group checks the care.",
    },
    {
        "question": "Who will I see, and what training and licenses do they have?",
        "why": "Counselors, nurses and doctors should be licensed for the work they do.",
    },
    {
        "question": "Do you offer medicine for opioid or alcohol use disorder, or work with a "
        "prescriber who does?",
        "why": "Medicine plus counseling is a proven treatment for these disorders.",
    },
    {
        "question": "Which therapies do you use?",
        "why": "Look for methods with research behind them, such as CBT or motivational interviewing.",
    },
    {
        "question": "What does a typical week look like, and how long will I be in the program?",
        "why": "Check that the times fit your work and home life, and ask how the hours go down.",
    },
    {
        "question": "Do you take my insurance? What will I pay, and can I have that in writing?",
        "why": "Ask about copays, deductibles and anything your plan will not cover.",
    },
    {
        "question": "How do you involve family, and what support do I get when the program ends?",
        "why": "A good program plans your aftercare with you before you finish.",
    },
    {
        "question": "Who answers this phone, and is anyone paid for sending me to you?",
        "why": "Some call centers are paid for each person they send to a program.",
    },
]

HELPLINES = [
    {
        "label": "Speak with a treatment specialist",
        "number": "+18558264464",
        "purpose": "call_now",
        "partner": "Niznik Behavioral Health",
        "note": "Confidential",
        "order": 1,
    },
    {
        "label": "Have us call you",
        "number": "+18777460480",
        "purpose": "call_me",
        "partner": "Niznik Behavioral Health",
        "note": "Call and ask for a call back",
        "order": 2,
    },
    {
        "label": "988 Suicide & Crisis Lifeline",
        "number": "988",
        "purpose": "public",
        "answered_by": "the 988 Lifeline, a free public service",
        "note": "Call or text, free and confidential",
        "accepts_texts": True,
        "order": 10,
    },
    {
        "label": "SAMHSA’s National Helpline",
        "number": "+18006624357",
        "purpose": "public",
        "answered_by": "SAMHSA, a free U.S. government service",
        "note": "Free, confidential, treatment referral and information",
        "order": 11,
    },
    {
        "label": "SAMHSA’s National Helpline, TTY",
        "number": "+18004874889",
        "purpose": "public",
        "answered_by": "SAMHSA, a free U.S. government service",
        "note": "For deaf and hard of hearing callers",
        "order": 12,
    },
    {
        "label": "Emergency",
        "number": "911",
        "purpose": "public",
        "answered_by": "your local emergency services",
        "note": "When a life is in danger now",
        "order": 13,
    },
]

DISCLOSURES = [
    {
        "key": "routing_summary",
        "title": "Where do calls go?",
        "body": (
            "A number shown on a treatment center’s listing rings at that center. "
            "Our other numbers are answered by treatment providers who pay us: first by "
            "[[primary_partner]], and sometimes by our other partners. They may suggest "
            "their own programs. For a neutral referral, call SAMHSA’s National Helpline or "
            "search FindTreatment.gov, both free public services. Every call is private "
            "and confidential."
        ),
    },
    {
        "key": "routing_detail",
        "title": "Where do calls go?",
        "body": (
            "You should know who will pick up before you call. This page lists every "
            "phone number on the site and who answers it.\n\n"
            "When you call a number shown on a particular treatment center’s listing, "
            "your call goes straight to that center.\n\n"
            "Our general numbers, such as the one in the header of every page, are "
            "answered mainly by [[primary_partner]]. Some calls may also be passed to, and "
            "returned by, one of the other partners listed below. Our partners are "
            "treatment providers, not a neutral referral service: they pay us for the calls "
            "they receive, and they may suggest their own programs.\n\n"
            "If you would rather talk to someone with nothing to sell, call SAMHSA’s "
            "National Helpline, a free and confidential government service that refers "
            "callers to treatment, or search for licensed programs yourself on "
            "FindTreatment.gov, run by SAMHSA. You can also use our own treatment center "
            "finder, where paid listings are always marked.\n\n"
            "Every call is private and confidential.\n\n"
            "The free public lines at the bottom of every page (988, SAMHSA’s National "
            "Helpline and 911) are not ours: they are public services, and nobody pays "
            "us for those calls."
        ),
    },
    {
        "key": "paid_listings",
        "title": "Paid listings",
        "body": (
            "Some treatment centers pay to have their listing promoted on this site. "
            "Every paid listing is marked as sponsored, and payment never changes the "
            "order of ordinary search results."
        ),
    },
]

ARTICLE = {
    "title": "Intensive Outpatient Programs (IOP)",
    "slug": "intensive-outpatient-programs",
    "finder_service_code": "OIT",
    "summary": (
        "An intensive outpatient program treats addiction, and mental health conditions "
        "that come with it, through several hours of counseling a week while you keep "
        "living at home. Who it suits, who needs more care first, what it involves, how "
        "to pay for it and how to choose a good one."
    ),
    "meta_description": (
        "What an intensive outpatient program (IOP) for addiction involves: who it "
        "suits, the weekly hours, medication, cost and how to choose a program."
    ),
    "update_note": (
        "Added who an IOP is not for, a Get help now box, levels of care, medication, "
        "costs, how to choose a program and questions to ask, with sources."
    ),
    "updated_on": datetime.date(2026, 12, 1),
    "figures": [
        {
            "key": "hours_per_week",
            "low": 10,
            "high": 12,
            "unit": "hours a week",
            "label": "of group and individual counseling in many programs",
        },
        {"key": "visits_per_week", "low": 3, "high": 4, "unit": "visits a week", "label": "to the program"},
        {
            "key": "hours_per_visit",
            "low": 3,
            "approximate": True,
            "unit": "hours a visit",
            "label": "for a typical session",
        },
        {
            "key": "program_months",
            "low": 6,
            "high": 12,
            "unit": "months",
            "label": "a full course, with fewer hours toward the end",
        },
        {
            "key": "min_hours_adults",
            "low": 9,
            "unit": "hours a week",
            "label": "the least an IOP gives adults",
        },
        {
            "key": "min_hours_teens",
            "low": 6,
            "unit": "hours a week",
            "label": "the least an IOP gives teens",
        },
    ],
    "sections": [
        {
            "kind": "overview",
            "heading": "What is an intensive outpatient program?",
            "anchor": "what-is-an-iop",
            "body": (
                "An intensive outpatient program, or IOP, is a planned course of treatment "
                "for addiction. Many programs also treat co-occurring disorders. That means "
                "a drug or alcohol problem and a mental health condition at the same time. "
                "You take part without staying overnight.\n\n"
                "You go to the program a few times a week, for a few hours each time. The "
                "sessions mix counseling, lessons on how to avoid a relapse, and support "
                "groups such as 12-step meetings. The rest of the time, you live at home and "
                "go to work or school.\n\n"
                "An IOP gives you more care than a weekly visit with a counselor. It gives "
                "less than a hospital or a live-in program. Many programs use a guide called "
                "the ASAM Criteria. By that guide, an IOP gives adults at least "
                "[[min_hours_adults]] hours of treatment a week. Teens get at least "
                "[[min_hours_teens]] hours.\n\n"
                "Sources: SAMHSA advisory; McCarty 2014; Medicare.gov."
            ),
        },
        {
            "kind": "audience",
            "heading": "Is an IOP right for you?",
            "anchor": "who-it-suits",
            "body": (
                "An IOP can be a good fit if you are safe at home and your health is stable. "
                "It is not meant for a crisis, or for people who need care day and night. A "
                "doctor or counselor should assess you first. The assessment decides which "
                "level of care you need.\n\n"
                "Clinicians most often suggest an IOP for these people:\n\n"
                "Sources: McCarty 2014; SAMHSA advisory."
            ),
            "items": [
                {
                    "text": "People whose drug or alcohol problem is mild to moderate, and who "
                    "do not need detox under medical supervision."
                },
                {
                    "text": "People who have finished inpatient rehab or a detox stay and now "
                    "need less intense care. This is called a step-down."
                },
                {"text": "People who need more help than a weekly session gives. This is a step up."},
                {"text": "People who cannot leave a job, a family or other daily duties for a live-in stay."},
            ],
        },
        {
            "kind": "urgent",
            "heading": "Get help now",
            "anchor": "get-help-now",
            "body": (
                "An IOP is not the right first step for everyone. Some people need more care "
                "first, in a hospital, a detox unit or a live-in program. Some need help "
                "today. Call one of the free lines below now if you, or someone with you:\n\n"
                "Sources: SAMHSA 988; FDA; SAMHSA advisory."
            ),
            "items": [
                {
                    "text": "Has shakes, seizures or confusion, or sees things that are not "
                    "there, while coming off alcohol or a sedative such as a benzodiazepine. "
                    "This kind of withdrawal can kill."
                },
                {"text": "May have taken too much of a drug, cannot be woken, or is breathing very slowly."},
                {"text": "Is thinking about suicide, or about hurting someone else."},
                {"text": "Has a serious health or mental health problem that needs care right away."},
                {"text": "Is not safe at home, or has no safe place to stay."},
            ],
        },
        {
            "kind": "levels",
            "heading": "Levels of care compared",
            "anchor": "levels-of-care",
            "body": (
                "Addiction care comes in levels. They range from a weekly visit to a stay "
                "with staff on hand day and night. You start at the level that fits your "
                "needs. Then you move up or down as those needs change. An assessment by a "
                "doctor or counselor decides where you start.\n\n"
                "An IOP sits in the middle. For adults it means at least [[min_hours_adults]] "
                "hours of treatment a week, and for teens at least [[min_hours_teens]].\n\n"
                "Sources: TIP 47; SAMHSA advisory; Medicare.gov."
            ),
            "items": [
                {
                    "title": "Outpatient care",
                    "text": "Counseling or therapy, often once a week. You live at home.",
                },
                {
                    "title": "Intensive outpatient program (IOP)",
                    "text": "Care on several days a week, a few hours at a time. You live at "
                    "home and keep up with daily life.",
                },
                {
                    "title": "Partial hospitalization (day program)",
                    "text": "More hours a week than an IOP. You still go home at night.",
                },
                {
                    "title": "Residential care (live-in)",
                    "text": "You live at the treatment center for a time. Staff are there day and night.",
                },
                {
                    "title": "Hospital care",
                    "text": "For withdrawal or health problems that need doctors and nurses "
                    "around the clock.",
                },
            ],
        },
        {
            "kind": "benefits",
            "heading": "Benefits of an IOP",
            "anchor": "benefits",
            "body": (
                "Studies have compared IOPs with care in a hospital or a live-in program. "
                "They looked at people who did not need medical detox or care day and night. "
                "For most of them, an IOP worked about as well as residential treatment. It "
                "also lets home life go on as normal.\n\n"
                "Because it takes only part of the day and you sleep in your own bed, an "
                "IOP also offers these benefits:\n\n"
                "Sources: McCarty 2014; SAMHSA advisory."
            ),
            "items": [
                {"title": "Lower cost", "text": "it is usually cheaper than inpatient treatment."},
                {
                    "title": "Support from people close to you",
                    "text": "you stay in daily contact with family and friends.",
                },
                {
                    "title": "Room for daily life",
                    "text": "you can keep up with work, school and family duties.",
                },
                {
                    "title": "A community that lasts",
                    "text": "the peer support you build carries on after the program ends.",
                },
                {
                    "title": "More structure than regular outpatient care",
                    "text": "more hours and a firmer schedule than standard outpatient treatment.",
                },
            ],
            "call_box_after": True,
        },
        {
            "kind": "components",
            "heading": "What happens in an IOP",
            "anchor": "components",
            "body": (
                "Each program is different. Many give about [[hours_per_week]] hours a week, "
                "mostly in groups, with some time one-on-one. A usual schedule is "
                "[[visits_per_week]] visits a week, each lasting [[hours_per_visit]] hours. "
                "Most programs also urge you to join a 12-step or other support group. A "
                "good program also helps with practical needs, or links you to people who "
                "can. You can expect some or all of the parts below.\n\n"
                "Sources: SAMHSA advisory; TIP 47."
            ),
        },
        {
            "kind": "therapy",
            "heading": "Individual counseling",
            "anchor": "individual-counseling",
            "body": (
                "In individual sessions you meet one-on-one, in private, with a licensed "
                "professional. It is a time to look at what lies under the addiction. You "
                "can talk through what comes up in treatment, ask questions, and notice "
                "what is going well. In an IOP these sessions are often set up when you "
                "need them."
            ),
        },
        {
            "kind": "therapy",
            "heading": "Group therapy",
            "anchor": "group-therapy",
            "body": (
                "Groups are the heart of most programs. A trained professional leads each "
                "one. The leader keeps the talk on what matters to the people in the room, "
                "so the groups on offer depend on who takes part. Some are for one kind of "
                "member only, for example by gender or sexual orientation, or for survivors "
                "of abuse.\n\n"
                "In a group you learn about addiction. You also give and get support. People "
                "who face the same things offer each other acceptance, comfort and honest "
                "feedback."
            ),
        },
        {
            "kind": "therapy",
            "heading": "Family therapy",
            "anchor": "family-therapy",
            "body": (
                "Some programs include family sessions. They can help. Reviews of research "
                "show that family and couples therapy work well for several kinds of drug "
                "addiction. A program that brings in family and friends can raise your "
                "chances of recovery. Family sessions also teach your relatives about "
                "addiction. Then they can see what you are going through. Like one-on-one "
                "counseling, they are often set up when needed.\n\n"
                "Sources: Carroll and Onken 2005; McCance-Katz."
            ),
        },
        {
            "kind": "therapy",
            "heading": "Holistic therapy",
            "anchor": "holistic-therapy",
            "body": (
                "Some programs also offer complementary therapies. What you can get varies "
                "a lot from one program to the next. These therapies aim to care for the "
                "whole person, not just one habit or symptom. Some people find that they "
                "help them feel calm and take part in treatment. Treat them as extras. They "
                "do not replace counseling or medicine. Common examples:"
            ),
            "items": [
                {"text": "Art therapy"},
                {"text": "Yoga"},
                {"text": "Adventure therapy"},
                {"text": "Acupuncture"},
                {"text": "Equine-assisted therapy (working with horses)"},
            ],
        },
        {
            "kind": "support",
            "heading": "Support groups",
            "anchor": "support-groups",
            "body": (
                "Programs urge you to join a support group, where people in recovery help "
                "each other. That way, help goes on after treatment ends. It also makes the "
                "return to daily life easier. Many IOPs host 12-step meetings on site, so "
                "you can stay on after a counseling session."
            ),
            "items": [
                {"text": "Alcoholics Anonymous (AA)"},
                {"text": "Narcotics Anonymous (NA)"},
                {"text": "Other 12-step meetings, often held at the treatment facility"},
            ],
        },
        {
            "kind": "treatment",
            "heading": "Medicine and proven therapies",
            "anchor": "medicine-and-therapies",
            "body": (
                "Medicines can treat opioid use disorder and alcohol use disorder. For "
                "opioids, the main ones are buprenorphine, methadone and naltrexone. For "
                "alcohol, they are acamprosate, disulfiram and naltrexone. The FDA has "
                "approved them. They work best together with counseling. They do not just "
                "swap one drug for another.\n\n"
                "A good IOP offers these medicines itself or works with a prescriber who "
                "does. Ask about this before you start.\n\n"
                "The counseling in an IOP should use methods with research behind them. "
                "Look for these:\n\n"
                "Sources: SAMHSA treatment options; SAMHSA advisory; Carroll and Onken 2005; "
                "Smedslund 2011; CMS opioid treatment programs."
            ),
            "items": [
                {
                    "title": "Cognitive behavioral therapy (CBT)",
                    "text": "you learn to spot the thoughts and places that lead to use, and "
                    "you practice new ways to cope.",
                },
                {
                    "title": "Motivational interviewing",
                    "text": "a way of talking that helps you sort out mixed feelings about "
                    "change. In studies it cut drug and alcohol use compared with no "
                    "treatment, mostly in the short term.",
                },
                {
                    "title": "Contingency management",
                    "text": "you earn small rewards for goals you meet, such as a clean drug test.",
                },
                {
                    "title": "Drug testing",
                    "text": "regular tests help you and your team see how treatment is going.",
                },
                {
                    "title": "Help with daily needs (case management)",
                    "text": "a staff member helps with needs like housing, work or child care, "
                    "and links you to other services.",
                },
            ],
        },
        {
            "kind": "week",
            "heading": "A typical week",
            "anchor": "typical-week",
            "body": (
                "Schedules differ, so ask each program for its timetable. A common pattern "
                "is [[visits_per_week]] visits a week, each lasting [[hours_per_visit]] hours. "
                "Some programs meet in the morning and some in the evening, so ask which "
                "fits your work.\n\n"
                "Here is one example. You go on Monday, Wednesday and Thursday. Each visit "
                "starts with a group, then a lesson on a skill, such as how to handle "
                "cravings. Once a week you also see your counselor alone. If you take "
                "medicine, you see the prescriber as planned. Family sessions might happen "
                "once or twice a month. On other days you might go to a support meeting.\n\n"
                "Some IOPs meet by video, which is called telehealth. In one large study, "
                "people in video, in-person and mixed programs reported much the same "
                "results three months later. Video works best if you have a private room "
                "and a good internet link. Ask how the program handles drug tests and "
                "medicine from a distance.\n\n"
                "Sources: Gliske 2022; SAMHSA advisory."
            ),
        },
        {
            "kind": "plan",
            "heading": "How long it lasts, and what comes after",
            "anchor": "treatment-plan",
            "body": (
                "At the start, you and the program agree on a treatment plan. It sets clear "
                "goals that you can measure, so you and your counselors can see progress. "
                "As you reach them, the hours you spend in the program each week go down.\n\n"
                "The first weeks are the busiest. Later you step down to fewer hours, and "
                "then to regular outpatient care. Many programs say a full course takes "
                "[[program_months]] months, and that time includes the lighter weeks at the "
                "end. Ask each program how long its most intensive part lasts.\n\n"
                "Before you finish, the program should help you plan aftercare. That can "
                "mean outpatient counseling, a support group or a peer recovery coach. If "
                "things get hard again, you can step back up to more care.\n\n"
                "Sources: TIP 47; SAMHSA advisory."
            ),
        },
        {
            "kind": "cost",
            "heading": "Paying for an IOP",
            "anchor": "cost",
            "body": (
                "An IOP usually costs less than a live-in program. What you pay depends on "
                "your coverage.\n\n"
                "Private insurance: most health plans must cover addiction and mental health "
                "care the same way they cover other medical care. This rule is called "
                "parity. Ask your plan which IOPs are in its network, and if you need its "
                "approval first.\n\n"
                "Medicaid: each state’s Medicaid covers addiction treatment, but how much it "
                "covers differs from state to state. Ask your plan or your state Medicaid "
                "office.\n\n"
                "Medicare: since January 2024, Medicare Part B covers IOP services. They "
                "are meant for people whose care plan calls for at least [[min_hours_adults]] "
                "hours of treatment a week. You can get them at hospitals, community mental "
                "health centers and some clinics. Opioid treatment programs offer them too, "
                "for opioid use "
                "disorder. You pay part of the cost, and the Part B deductible applies.\n\n"
                "No insurance: some programs charge less if your income is low. This is "
                "called a sliding fee. States also pay for some treatment. SAMHSA’s National "
                "Helpline can point you to both.\n\n"
                "Sources: Department of Labor parity; MACPAC; Medicare.gov; CMS opioid treatment "
                "programs; SAMHSA National Helpline."
            ),
        },
        {
            "kind": "choosing",
            "heading": "How to choose a program",
            "anchor": "choosing",
            "body": (
                "Take your time. It is fine to call a few programs and compare them. Look "
                "for these signs of a good program:\n\n"
                "Sources: McCance-Katz; Harvard Health; SAMHSA advisory."
            ),
            "items": [
                {
                    "title": "Licensed and accredited",
                    "text": "the state licenses it, and a group such as the Joint Commission "
                    "or CARF may accredit it. The staff are trained and licensed too.",
                },
                {
                    "title": "A full assessment first",
                    "text": "it learns about your health, your life and your goals before it "
                    "suggests a level of care.",
                },
                {
                    "title": "Medicine on offer",
                    "text": "it provides medicine for opioid or alcohol use disorder, or "
                    "works with someone who does.",
                },
                {
                    "title": "Proven therapies",
                    "text": "such as CBT, motivational interviewing and contingency management.",
                },
                {
                    "title": "Family welcome",
                    "text": "it asks family and friends to take part, if you want that.",
                },
                {
                    "title": "A plan for after",
                    "text": "it helps you set up ongoing care and support before you finish.",
                },
            ],
        },
        {
            "kind": "choosing",
            "heading": "Red flags",
            "anchor": "red-flags",
            "body": (
                "Some people make money from others who need treatment. Some are paid a fee "
                "for each person they send to a program. This is called patient brokering. "
                "Anyone paid to send you somewhere may not have your best interests at "
                "heart.\n\n"
                "You can check a program for free. Search FindTreatment.gov, or call SAMHSA’s "
                "National Helpline. Both are public services. Be careful if someone:\n\n"
                "Sources: Massachusetts Attorney General; SAMHSA National Helpline."
            ),
            "items": [
                {
                    "text": "Offers free travel or housing, or offers to pay your insurance, if "
                    "you go to a certain program."
                },
                {"text": "Pushes you to decide, or to travel, before the call is over."},
                {
                    "text": "Calls themselves a treatment specialist or a helpline, but will not "
                    "say who they work for or who pays them."
                },
                {"text": "Asks about your insurance before telling you about the program."},
                {"text": "Wants to send you far from home without a plan to get you back."},
            ],
        },
        {
            "kind": "questions",
            "heading": "Questions to ask when you call",
            "anchor": "questions-to-ask",
            "body": (
                "Keep this list by the phone. Write down the answers, and ask for the cost "
                "in writing. A good program will answer each one plainly."
            ),
        },
        {
            "kind": "cta",
            "heading": "Talk to someone about an IOP",
            "anchor": "get-help",
            "body": (
                "If an IOP sounds right for you or someone you love, the next step is a "
                "call. Our phone lines below are answered by treatment providers who pay "
                "us, and they may suggest their own programs. For a neutral referral, call "
                "SAMHSA’s National Helpline or search FindTreatment.gov. Both are free."
            ),
        },
    ],
    "citations": [
        {
            "kind": "article",
            "title": "Substance abuse intensive outpatient programs: assessing the evidence",
            "authors": "McCarty D, Braude L, Lyman DR, et al.",
            "journal": "Psychiatric Services",
            "pages": "65(6):718–726",
            "year": 2014,
            "doi": "10.1176/appi.ps.201300249",
            "url": "https://doi.org/10.1176/appi.ps.201300249",
        },
        {
            "kind": "report",
            "title": "Substance Abuse: Clinical Issues in Intensive Outpatient Treatment (TIP 47)",
            "authors": "Center for Substance Abuse Treatment",
            "publisher": "Substance Abuse and Mental Health Services Administration (SAMHSA)",
            "year": 2006,
            "url": "https://www.ncbi.nlm.nih.gov/books/NBK64093/",
        },
        {
            "kind": "report",
            "title": "Clinical Issues in Intensive Outpatient Treatment for Substance Use Disorders "
            "(advisory)",
            "publisher": "Substance Abuse and Mental Health Services Administration (SAMHSA)",
            "year": 2021,
            "url": "https://store.samhsa.gov/",
        },
        {
            "kind": "web_page",
            "title": "Mental health care (intensive outpatient program services)",
            "publisher": "Medicare.gov, Centers for Medicare & Medicaid Services",
            "url": "https://www.medicare.gov/coverage/mental-health-care-intensive-outpatient-program-services",
        },
        {
            "kind": "web_page",
            "title": "Opioid Treatment Programs (OTP)",
            "publisher": "Centers for Medicare & Medicaid Services (CMS)",
            "url": "https://www.cms.gov/medicare/medicare-fee-for-service-payment/opioid-treatment-program",
        },
        {
            "kind": "web_page",
            "title": "Substance use disorder treatment options",
            "publisher": "Substance Abuse and Mental Health Services Administration (SAMHSA)",
            "url": "https://www.samhsa.gov/substance-use/treatment/options",
        },
        {
            "kind": "article",
            "title": "Behavioral therapies for drug abuse",
            "authors": "Carroll KM, Onken LS.",
            "journal": "American Journal of Psychiatry",
            "pages": "162(8):1452–1460",
            "year": 2005,
            "doi": "10.1176/appi.ajp.162.8.1452",
            "url": "https://doi.org/10.1176/appi.ajp.162.8.1452",
        },
        {
            "kind": "article",
            "title": "Motivational interviewing for substance abuse",
            "authors": "Smedslund G, et al.",
            "journal": "Cochrane Database of Systematic Reviews",
            "pages": "CD008063",
            "year": 2011,
            "doi": "10.1002/14651858.CD008063.pub2",
            "url": "https://doi.org/10.1002/14651858.CD008063.pub2",
        },
        {
            "kind": "article",
            "title": "Telehealth services for substance use disorders during the COVID-19 "
            "pandemic: longitudinal assessment of intensive outpatient programming and "
            "data collection practices",
            "authors": "Gliske K, Welsh JW, Braughton JE, Waller LA, Ngo QM.",
            "journal": "JMIR Mental Health",
            "pages": "9(3):e36263",
            "year": 2022,
            "doi": "10.2196/36263",
            "url": "https://doi.org/10.2196/36263",
        },
        {
            "kind": "web_page",
            "title": "Mental health and substance use disorder parity",
            "publisher": "U.S. Department of Labor, Employee Benefits Security Administration",
            "url": "https://www.dol.gov/agencies/ebsa/laws-and-regulations/laws/"
            "mental-health-and-substance-use-disorder-parity",
        },
        {
            "kind": "web_page",
            "title": "Substance use disorder",
            "publisher": "Medicaid and CHIP Payment and Access Commission (MACPAC)",
            "url": "https://www.macpac.gov/topic/substance-use-disorder/",
        },
        {
            "kind": "web_page",
            "title": "SAMHSA’s National Helpline",
            "publisher": "Substance Abuse and Mental Health Services Administration (SAMHSA)",
            "url": "https://www.samhsa.gov/find-help/national-helpline",
        },
        {
            "kind": "web_page",
            "title": "988 Frequently Asked Questions",
            "publisher": "Substance Abuse and Mental Health Services Administration (SAMHSA)",
            "url": "https://www.samhsa.gov/find-help/988/faqs",
        },
        {
            "kind": "web_page",
            "title": "FDA requiring Boxed Warning updated to improve safe use of benzodiazepine drug class",
            "publisher": "U.S. Food and Drug Administration (FDA)",
            "year": 2020,
            "url": "https://www.fda.gov/drugs/drug-safety-and-availability/"
            "fda-requiring-boxed-warning-updated-improve-safe-use-benzodiazepine-drug-class",
        },
        {
            "kind": "web_page",
            "title": "5 ways to find the best treatment for opioid addiction",
            "authors": "McCance-Katz EF (then head of SAMHSA)",
            "publisher": "Future of Personal Health (Mediaplanet)",
            "url": "https://www.futureofpersonalhealth.com/opioid-awareness/"
            "5-ways-to-find-the-best-treatment-for-opioid-addiction/",
        },
        {
            "kind": "web_page",
            "title": "6 keys to finding a high-quality addiction treatment center",
            "authors": "Plante A, Kelly J (Recovery Research Institute)",
            "publisher": "Harvard Health Blog",
            "year": 2018,
            "url": "https://www.health.harvard.edu/blog/"
            "6-keys-to-finding-a-high-quality-addiction-treatment-center-2018030614493",
        },
        {
            "kind": "web_page",
            "title": "Avoiding addiction treatment scams",
            "publisher": "Office of the Massachusetts Attorney General",
            "url": "https://www.mass.gov/info-details/avoiding-addiction-treatment-scams",
        },
    ],
}
