"""The filters the finder offers, in the words people search with.

Codes are SAMHSA's (loaded into the Service table by `import_service_codes`);
a filter whose code the database does not know is not offered. Labels are
plain language; the codes stay in the URL, so a search can be shared.
"""

FILTER_GROUPS = [
    ("Type of program", [
        ("OIT", "Intensive outpatient (IOP)"),
        ("OP", "Outpatient"),
        ("ODT", "Day treatment or partial hospitalization"),
        ("RES", "Residential (live-in)"),
        ("DT", "Detox"),
        ("HI", "Hospital inpatient"),
    ]),
    ("Payment accepted", [
        ("MD", "Medicaid"),
        ("MC", "Medicare"),
        ("PI", "Private health insurance"),
        ("MI", "Military insurance (TRICARE)"),
        ("SF", "Cash or self-pay"),
        ("SS", "Sliding fee based on income"),
        ("NP", "Free of charge"),
    ]),
    ("Medication for opioid use disorder", [
        ("BU", "Buprenorphine"),
        ("MU", "Methadone"),
        ("NU", "Naltrexone"),
    ]),
    ("Programs for", [
        ("AD", "Teenagers"),
        ("TAY", "Young adults"),
        ("WN", "Women"),
        ("MN", "Men"),
        ("PW", "Pregnant or postpartum women"),
        ("VET", "Veterans"),
        ("GL", "LGBTQ+ people"),
        ("SE", "Older adults"),
    ]),
    ("Language and access", [
        ("SP", "Spanish"),
        ("AH", "Sign language"),
        ("TELE", "Telehealth (sessions by video or phone)"),
    ]),
]

LABELS = {code: label for _, options in FILTER_GROUPS for code, label in options}

# Shown on result cards, in this order, when a center offers them.
KEY_SERVICES = ["OIT", "OP", "ODT", "RES", "DT", "BU", "MU", "NU", "MD", "MC", "PI", "SS", "TELE", "SP"]

RADIUS_CHOICES = [5, 10, 25, 50, 100]
DEFAULT_RADIUS = 25
PAGE_SIZE = 20
MAX_SPONSORED = 2

TYPE_CHOICES = [
    ("", "Any"),
    ("sa", "Substance use"),
    ("mh", "Mental health"),
    ("both", "Both (co-occurring)"),
]
