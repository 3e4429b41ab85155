"""The starting text of the site's own pages (About, Privacy), loaded by
`manage.py load_site_content` when a page does not exist yet; editors own it
afterwards. The privacy notice is also shown from here if its row is missing.

Plain words for a reader at grade 6 to 8; a blank line starts a paragraph;
[[tokens]] are listed in `Page.TOKENS`."""

ABOUT = {
    "key": "about",
    "title": "About this site",
    "meta_description": (
        "Who publishes this site, how it is paid for, how our articles are written "
        "and checked, and how we fix mistakes."
    ),
    "intro": (
        "[[site_name]] explains intensive outpatient programs (IOP) in plain words and "
        "helps you find treatment centers near you. This page tells you who runs the "
        "site, who pays for it, and how we check what we write."
    ),
    "sections": [
        {
            "heading": "Who publishes this site",
            "body": (
                "This site is published by the [[site_name]] team.\n\n"
                "To reach us, email [[contact_email]]. Please do not send details about "
                "your health by email.\n\n"
                "We are not a treatment center, and nothing on this site is medical "
                "advice. For advice about your own health, talk to a doctor or a counselor."
            ),
        },
        {
            "heading": "How this site is paid for",
            "body": (
                "The site is free to use. It is paid for in two ways.\n\n"
                "Paid call partners. Our general phone numbers are answered by "
                "[[primary_partner]], and some calls are returned by our other partners. "
                "These partners are treatment providers. They pay us for the calls they "
                "get, and they may suggest their own programs when you talk to them. You "
                "are free to choose any program, theirs or not. Every phone number on the "
                "site says who answers it.\n\n"
                "Sponsored listings. Some treatment centers pay to have their listing "
                "shown in a separate spot. These listings are always labeled "
                "“Sponsored”. They never change the order of search results: other "
                "results are listed by distance alone."
            ),
        },
        {
            "heading": "Our partners do not decide what we say",
            "body": (
                "Paid partners and sponsors never write, edit or reorder anything on this "
                "site. Our own editors decide what our articles say. Paying us cannot move "
                "a center up in the search results.\n\n"
                "Most treatment center listings come from public data published by SAMHSA, "
                "a U.S. government agency. Each listing says where its information came "
                "from and when it was last checked."
            ),
        },
        {
            "heading": "How we write and check our articles",
            "body": (
                "Our writers use trusted sources, such as research studies and guides from "
                "government health agencies. Each article lists its sources at the end, so "
                "you can read them yourself.\n\n"
                "A medical reviewer is a doctor or another licensed health worker who "
                "checks that an article is correct. An article names a reviewer only after "
                "a real review has happened, and it gives the date of that review. If an "
                "article has not been reviewed yet, it does not say that it has.\n\n"
                "We plan to have each article checked again at least once a year."
            ),
        },
        {
            "heading": "Corrections",
            "body": (
                "We want every fact on this site to be right. If you find a mistake in an "
                "article, email [[contact_email]] and tell us what is wrong. If a "
                "treatment center's listing is wrong, use the “Report incorrect "
                "information” link on its page.\n\n"
                "When we fix a mistake that changes what an article says, we note the "
                "change and its date under the article's title.\n\n"
                "[[last_correction]]"
            ),
        },
    ],
}

# Also added to an existing privacy page by migration 0017.
UPDATE_SECTION = {
    "heading": "When a center updates its listing",
    "body": (
        "Staff of a treatment center can use “Update this listing” on the center's page.\n\n"
        "What we keep: what they tell us about the center, and their name, their role at "
        "the center and a work email or phone number.\n\n"
        "Why: an editor calls the number we list for the center to confirm the update "
        "before anything is published, and may need to ask the sender a question. We "
        "never publish the sender's details.\n\n"
        "Who sees it: our editors.\n\n"
        "How long: [[update_retention_days]] days from the day it was sent. Then it is "
        "deleted automatically. The record of the editor's call stays, without the "
        "sender's details."
    ),
}

PRIVACY = {
    "key": "privacy",
    "title": "Privacy: what we collect and why",
    "meta_description": (
        "What this site collects (very little), why, who sees it, and how long it is "
        "kept. Nothing is sold, and nothing tracks you."
    ),
    "intro": (
        "[[site_name]] collects very little about you. This page says what we keep, "
        "why we keep it, who can see it, and for how long."
    ),
    "sections": [
        {
            "heading": "The short version",
            "body": (
                "You can read every page, and search for treatment centers, without telling "
                "us who you are.\n\n"
                "We collect personal information in one place only: when you ask us to call "
                "you back. We also keep the reports visitors send when a listing is wrong.\n\n"
                "We never sell what you tell us, and we do not share it for advertising.\n\n"
                "No page on this site runs analytics, advertising or tracking code, ours or "
                "anyone else's. Our pages load nothing from other companies."
            ),
        },
        {
            "heading": "When you ask us to call you",
            "body": (
                "What we keep: your phone number, your first name or initials if you give "
                "them, the time of day you chose, and the exact words you agreed to, with "
                "the time you agreed.\n\n"
                "Why: so that someone can call you back about treatment options, as you "
                "asked, and so that we can show what you agreed to.\n\n"
                "Who sees it: only the call handlers who return the calls, at "
                "[[primary_partner]], and the few people who run this site's systems. Our "
                "content editors cannot see it. When a new request comes in, the call "
                "handlers may get an email saying that one is waiting. That email never "
                "contains your number or your name.\n\n"
                "How long: [[retention_days]] days from the day you sent it. Then it is "
                "deleted automatically, whether or not the call has happened.\n\n"
                "What we do not keep: your internet address. To stop misuse, we count "
                "requests from each connection and for each phone number for up to "
                "[[ratelimit_hours]] hours. We count them with a scrambled code, never "
                "with the address or the number itself. We keep phone numbers out of our "
                "technical logs.\n\n"
                "Agreeing to the call is not a condition of buying anything. If you no "
                "longer want the call, tell the caller."
            ),
        },
        {
            "heading": "When you tell us a listing is wrong",
            "body": (
                "What we keep: which listing, what is wrong, and the details you type. We "
                "do not ask for your name, number or email, and we ask you not to write "
                "them.\n\n"
                "Why: so that an editor can check the listing and fix it.\n\n"
                "Who sees it: our editors.\n\n"
                "How long: we keep reports as a record of how listings were checked. They "
                "are not linked to you.\n\n"
                "The “I couldn't reach them” button on a center's page keeps only which "
                "listing and when. It asks nothing about you."
            ),
        },
        UPDATE_SECTION,
        {
            "heading": "What we never do",
            "body": (
                "We never sell or rent anything you tell us.\n\n"
                "We never run analytics, advertising, social media buttons or any other "
                "tracking on our pages.\n\n"
                "We never load fonts, maps, videos or scripts from other companies. Links "
                "to other websites are plain links: nothing is sent to them until you "
                "click.\n\n"
                "We never use cookies to follow you. The only cookie a visitor gets is a "
                "security code that protects our forms from forgery. It says nothing about "
                "you."
            ),
        },
        {
            "heading": "When you phone a number on this site",
            "body": (
                "The call goes to whoever answers that number, as written beside it. They "
                "handle what you tell them on the call."
            ),
        },
        {
            "heading": "Questions",
            "body": "Do you have a question about what we keep? Write to us at [[contact_email]].",
        },
    ],
}

PAGES: list[dict] = [ABOUT, PRIVACY]
