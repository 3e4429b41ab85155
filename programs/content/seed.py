"""The site's starting content, loaded by `manage.py load_site_content`.

Facts and figures come from the source article on intensive outpatient
programs (see ../shared/seeds/); the wording is the project's own. After the
first load this is only a starting point: editors own the content in the
admin, and loading again never overwrites what they changed.

Body text is plain: a blank line starts a paragraph, [[key]] inserts a key
figure (or, in disclosures, [[primary_partner]]).
"""

PARTNERS = [
    {"name": "Niznik Behavioral Health", "role": "primary", "paid": True, "order": 1},
    {"name": "Legacy Healing Center", "role": "additional", "paid": True, "order": 2},
]

# Questions a visitor may ask a program before choosing it (the article and
# every center page show them; editors manage them in the admin).
CALL_QUESTIONS: list[dict] = []

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
            "Our other numbers are answered first by [[primary_partner]], and some calls "
            "are returned by our other partners. Every call is private and confidential."
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
            "answered mainly by [[primary_partner]], our primary call-routing partner. "
            "Some calls may also be forwarded to, and returned by, one of the additional "
            "partners listed below. Partners marked as paid pay for the calls they "
            "receive.\n\n"
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
        "that come with it, through several hours of counselling a week while you keep "
        "living at home. Who it suits, how much time it takes, and what happens in it."
    ),
    "meta_description": (
        "What an intensive outpatient program (IOP) for addiction involves: who it "
        "suits, the weekly hours, how long it lasts, its benefits and its parts."
    ),
    "figures": [
        {
            "key": "hours_per_week",
            "low": 10,
            "high": 12,
            "unit": "hours a week",
            "label": "of group and individual counselling",
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
            "label": "the usual length of a program",
        },
    ],
    "sections": [
        {
            "kind": "overview",
            "heading": "What is an intensive outpatient program?",
            "anchor": "what-is-an-iop",
            "body": (
                "An intensive outpatient program, or IOP, is a structured course of "
                "treatment for addiction and for co-occurring disorders (a substance use "
                "problem and a mental health condition at the same time) that you attend "
                "without staying overnight.\n\n"
                "You go to the program several times a week for a few hours at a time. "
                "The sessions mix counselling, education about preventing relapse, and "
                "recovery support groups such as 12-step meetings. In between, you go "
                "home, to work, or to school."
            ),
        },
        {
            "kind": "audience",
            "heading": "Who an IOP suits",
            "anchor": "who-it-suits",
            "body": "Clinicians most often suggest an IOP for:",
            "items": [
                {
                    "text": "People with a mild to moderate substance use disorder who do not "
                    "need detox under medical supervision."
                },
                {"text": "People who have finished inpatient rehab and want a step-down level of care."},
                {
                    "text": "People who cannot step away from a job, a family or other daily "
                    "responsibilities for a residential stay."
                },
            ],
        },
        {
            "kind": "plan",
            "heading": "The treatment plan and how long it lasts",
            "anchor": "treatment-plan",
            "body": (
                "At the start, the program agrees a treatment plan with you that sets "
                "clear, measurable milestones, so that you and your counsellors can see "
                "progress. As you reach them, the number of hours you spend in the "
                "program each week goes down.\n\n"
                "Most programs last [[program_months]] months."
            ),
        },
        {
            "kind": "benefits",
            "heading": "Benefits of an IOP",
            "anchor": "benefits",
            "body": (
                "For people with a moderate addiction, intensive outpatient programs have "
                "been found to work about as well as residential treatment, while letting "
                "life at home carry on as normal. Because treatment takes only part of "
                "the day and you sleep in your own bed, an IOP also offers:"
            ),
            "items": [
                {"title": "Lower cost", "text": "it is usually cheaper than inpatient treatment."},
                {
                    "title": "Support from people close to you",
                    "text": "you stay in daily contact with family and friends.",
                },
                {
                    "title": "Room for daily life",
                    "text": "you can keep up with work, school and family responsibilities.",
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
                "Programs differ from one facility to the next, but most add up to about "
                "[[hours_per_week]] hours of group and individual counselling each week, "
                "and encourage you to join a 12-step program as well. A usual schedule is "
                "[[visits_per_week]] visits a week, each lasting [[hours_per_visit]] hours. "
                "You can expect some or all of the following."
            ),
        },
        {
            "kind": "therapy",
            "heading": "Individual counselling",
            "anchor": "individual-counselling",
            "body": (
                "In individual sessions you meet one-on-one and in confidence with a "
                "licensed professional. It is time to look for what lies underneath the "
                "addiction, make sense of what comes up in treatment, ask questions, and "
                "notice what is going well. In an IOP these sessions are usually arranged "
                "when you need them."
            ),
        },
        {
            "kind": "therapy",
            "heading": "Group therapy",
            "anchor": "group-therapy",
            "body": (
                "Groups are the heart of most programs. A professional leads each one and "
                "steers the conversation towards what matters to the people in the room, "
                "so the groups on offer depend on who is taking part. Some are for one kind "
                "of participant only, for example by gender or sexual orientation, or for "
                "survivors of abuse.\n\n"
                "In a group you learn about addiction, and you also give and receive "
                "support: people facing the same things offer each other acceptance, "
                "comfort and honest feedback."
            ),
        },
        {
            "kind": "therapy",
            "heading": "Family therapy",
            "anchor": "family-therapy",
            "body": (
                "Some programs include family therapy. Research shows that bringing family "
                "members into treatment makes lasting sobriety noticeably more likely. It "
                "also teaches them about addiction, so they understand what their relative "
                "is going through. Like individual counselling, it is usually arranged when "
                "needed."
            ),
        },
        {
            "kind": "therapy",
            "heading": "Holistic therapy",
            "anchor": "holistic-therapy",
            "body": (
                "What is on offer varies widely, but most facilities provide at least one "
                "complementary therapy. These approaches look after the whole person rather "
                "than a single behaviour or symptom, and by helping people feel calmer and "
                "more engaged during treatment they can make long-term recovery more likely. "
                "Common examples:"
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
                "Programs encourage you to join a mutual-support group, so that help goes "
                "on after treatment ends and the return to everyday life is easier. Many "
                "IOPs host 12-step meetings on site, which makes it simple to stay on after "
                "a counselling session."
            ),
            "items": [
                {"text": "Alcoholics Anonymous (AA)"},
                {"text": "Narcotics Anonymous (NA)"},
                {"text": "Other 12-step meetings, often held at the treatment facility"},
            ],
        },
        {
            "kind": "cta",
            "heading": "Talk to someone about an IOP",
            "anchor": "get-help",
            "body": (
                "Whether you are thinking about treatment for the first time or want to "
                "protect a recovery you have already started, an IOP may fit around your "
                "life. A treatment specialist can help you find a program that suits you, "
                "or you can ask for a call back."
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
    ],
}
