"""How treatment centers are put into words: the finder's filters, the
headings of a center's services, and the labels beside a center's numbers.

Codes are SAMHSA's (loaded into the Service table by `import_service_codes`);
labels are plain language, in the words people search with. The codes stay
in the URL, so a search can be shared. Queries live in `selectors` and
`search`; the wording lives here and in the templates.
"""

from dataclasses import dataclass

from programs.calls import phones
from programs.centers import confirmed as confirmed_filters
from programs.centers import quality

# --- The finder's filters ----------------------------------------------------

FILTER_GROUPS = [
    (
        "Type of program",
        [
            ("OIT", "Intensive outpatient (IOP)"),
            ("OP", "Outpatient"),
            ("ODT", "Day treatment or partial hospitalization"),
            ("RES", "Residential (live-in)"),
            ("DT", "Detox"),
            ("HI", "Hospital inpatient"),
        ],
    ),
    (
        "Payment accepted",
        [
            ("MD", "Medicaid"),
            ("MC", "Medicare"),
            ("PI", "Private health insurance"),
            ("MI", "Military insurance (TRICARE)"),
            ("SF", "Cash or self-pay"),
            ("SS", "Sliding fee based on income"),
            ("NP", "Free of charge"),
        ],
    ),
    (
        "Medication for opioid use disorder",
        [
            ("BU", "Buprenorphine"),
            ("MU", "Methadone"),
            ("NU", "Naltrexone"),
        ],
    ),
    # Each stands for any one of several SAMHSA answers, as on the center page.
    ("Signs of quality", [(sign.key, sign.filter_label) for sign in quality.FILTER_SIGNS]),
    # What an editor confirmed by calling the center, in the last six months.
    ("Confirmed with the center", list(confirmed_filters.FILTERS.items())),
    (
        "Programs for",
        [
            ("AD", "Teenagers"),
            ("TAY", "Young adults"),
            ("WN", "Women"),
            ("MN", "Men"),
            ("PW", "Pregnant or postpartum women"),
            ("VET", "Veterans"),
            ("GL", "LGBTQ+ people"),
            ("SE", "Older adults"),
        ],
    ),
    (
        "Language and access",
        [
            ("SP", "Spanish"),
            ("AH", "Sign language"),
            ("TELE", "Telehealth (sessions by video or phone)"),
        ],
    ),
]

LABELS = {code: label for _, options in FILTER_GROUPS for code, label in options}

# Shown on result cards, in this order, when a center offers them.
KEY_SERVICES = ["OIT", "OP", "ODT", "RES", "DT", "BU", "MU", "NU", "MD", "MC", "PI", "SS", "TELE", "SP"]

TYPE_CHOICES = [
    ("", "Any"),
    ("sa", "Substance use"),
    ("mh", "Mental health"),
    ("both", "Both (co-occurring)"),
]


# --- A center's services -----------------------------------------------------

# Plain-language headings for SAMHSA's service categories, in page order.
# Categories not named here keep SAMHSA's own name and follow these.
CATEGORY_HEADINGS = {
    "TC": "Type of care",
    "SET": "Where care happens",
    "PAY": "Payment accepted",
    "PYAS": "Help with paying",
    "OM": "Medication for opioid use disorder",
    "OT": "Opioid treatment",
    "SG": "Programs for specific groups",
    "AGE": "Ages accepted",
    "SL": "Language services",
    "TAP": "Treatment approaches",
}
PAYMENT_CATEGORIES = frozenset({"PAY", "PYAS"})


@dataclass
class ServiceGroup:
    code: str
    heading: str
    services: list[str]
    is_payment: bool


def service_groups(services) -> list[ServiceGroup]:
    """`services` (with their categories) grouped by category under plain
    headings, in the order of CATEGORY_HEADINGS, then by SAMHSA's name."""
    groups: dict[str, ServiceGroup] = {}
    for service in services:
        category = service.category
        group = groups.get(category.code)
        if group is None:
            heading = CATEGORY_HEADINGS.get(category.code, category.name)
            group = ServiceGroup(category.code, heading, [], category.code in PAYMENT_CATEGORIES)
            groups[category.code] = group
        group.services.append(LABELS.get(service.code, service.name))
    order = list(CATEGORY_HEADINGS)
    return sorted(
        groups.values(), key=lambda g: (order.index(g.code) if g.code in order else len(order), g.heading)
    )


def miles_text(distance: float | None) -> str:
    """3.24 -> "3.2 mi"."""
    if distance is None:
        return ""
    return "less than 0.1 mi" if distance < 0.05 else f"{distance:.1f} mi"


def key_services(center) -> list[str]:
    """Plain-language labels of the center's most searched-for services."""
    codes = set(center.service_code_list)
    return [LABELS[code] for code in KEY_SERVICES if code in codes]


# --- A center's phone numbers ------------------------------------------------


@dataclass
class CenterPhone:
    """A center's own number, in the shape the phone component shows."""

    label: str
    number: str
    who_label: str
    note: str = ""
    accepts_texts: bool = False
    around_the_clock: bool = False
    extension: str = ""  # digits the caller's phone dials once the center answers

    @property
    def display(self):
        shown = phones.display(self.number)
        return f"{shown} ext. {self.extension}" if self.extension else shown


ON_PAGE = "Calls to this number go to this center"
ON_CARD = "Rings at this center"
SPONSOR = "Rings at this center, which pays for this listing"


def center_phones(center, *, who_label: str = ON_PAGE) -> list[CenterPhone]:
    """The center's numbers, each saying that it rings at the center."""
    lines = [
        ("Main number", center.phone, center.phone_ext),
        ("New patients (intake)", center.intake_phone, center.intake_phone_ext),
        ("New patients (second intake line)", center.intake2_phone, center.intake2_phone_ext),
        ("Hotline", center.hotline, ""),
    ]
    seen, result, dead = set(), [], []
    for label, number, extension in lines:
        if number and (number, extension) not in seen:
            seen.add((number, extension))
            line = CenterPhone(f"{label}, {center.name}", number, who_label, extension=extension)
            if number == center.disconnected_number and center.disconnected_on:
                line.note = disconnected_note(center.disconnected_on)
                dead.append(line)
            else:
                result.append(line)
    return result + dead  # a number found disconnected comes last, saying so


def disconnected_note(day) -> str:
    return f"Not in service when we called on {day:%B} {day.day}, {day.year}"


def phone_lines(center, place: str = "page") -> list[CenterPhone]:
    """The numbers shown for a center on its page, on a result card (the
    first only), or in the sponsored slot (the number the sponsor pays for)."""
    if place == "card":
        return center_phones(center, who_label=ON_CARD)[:1]
    if place == "sponsored" and center.sponsor_phone:
        return [CenterPhone(f"Call {center.name}", center.sponsor_phone, SPONSOR)]
    return center_phones(center)
