"""How treatment centers are put into words: the finder's filters, the
headings of a center's services, and the labels beside a center's numbers.

Codes are SAMHSA's (loaded into the Service table by `import_service_codes`);
labels are plain language, in the words people search with. The codes stay
in the URL, so a search can be shared. Queries live in `selectors` and
`search`; the wording lives here and in the templates.
"""

from dataclasses import dataclass
from functools import lru_cache

from django.utils.formats import date_format, number_format
from django.utils.functional import Promise
from django.utils.translation import get_language, pgettext_lazy
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy as _lazy

from programs.calls import phones
from programs.centers import confirmed as confirmed_filters
from programs.centers import quality
from programs.centers import service_names as spanish

# --- The finder's filters ----------------------------------------------------

FILTER_GROUPS = [
    (
        _lazy("Type of program"),
        [
            ("OIT", _lazy("Intensive outpatient (IOP)")),
            ("OP", _lazy("Outpatient")),
            ("ODT", _lazy("Day treatment or partial hospitalization")),
            ("RES", _lazy("Residential (live-in)")),
            ("DT", _lazy("Detox")),
            ("HI", _lazy("Hospital inpatient")),
        ],
    ),
    (
        _lazy("Payment accepted"),
        [
            ("MD", _lazy("Medicaid")),
            ("MC", _lazy("Medicare")),
            ("PI", _lazy("Private health insurance")),
            ("MI", _lazy("Military insurance (TRICARE)")),
            ("SF", _lazy("Cash or self-pay")),
            ("SS", _lazy("Sliding fee based on income")),
            ("NP", _lazy("Free of charge")),
        ],
    ),
    (
        _lazy("Medication for opioid use disorder"),
        [
            ("BU", _lazy("Buprenorphine")),
            ("MU", _lazy("Methadone")),
            ("NU", _lazy("Naltrexone")),
        ],
    ),
    # Each stands for any one of several SAMHSA answers, as on the center page.
    (_lazy("Signs of quality"), [(sign.key, sign.filter_label) for sign in quality.FILTER_SIGNS]),
    # What an editor confirmed by calling the center, in the last six months.
    (_lazy("Confirmed with the center"), list(confirmed_filters.FILTERS.items())),
    (
        _lazy("Programs for"),
        [
            ("AD", _lazy("Teenagers")),
            ("TAY", _lazy("Young adults")),
            ("WN", _lazy("Women")),
            ("MN", _lazy("Men")),
            ("PW", _lazy("Pregnant or postpartum women")),
            ("VET", _lazy("Veterans")),
            ("GL", _lazy("LGBTQ+ people")),
            ("SE", _lazy("Older adults")),
        ],
    ),
    (
        _lazy("Language and access"),
        [
            ("SP", _lazy("Spanish")),
            ("AH", _lazy("Sign language")),
            ("TELE", _lazy("Telehealth (sessions by video or phone)")),
        ],
    ),
]

LABELS = {code: label for _group, options in FILTER_GROUPS for code, label in options}

SPANISH_SERVICES = "SP"  # SAMHSA's code for services in Spanish
# On the Spanish site, what most of its visitors look for comes first.
SPANISH_FIRST = (
    pgettext_lazy("finder filter group", "Language"),
    [(SPANISH_SERVICES, _lazy("Spanish-language services"))],
)

FilterGroups = list[tuple[str | Promise, list[tuple[str, str | Promise]]]]


def filter_groups(language: str | None) -> FilterGroups:
    """The finder's filters as the page offers them in `language`: as
    FILTER_GROUPS, except that the Spanish finder offers Spanish-language
    services first, in a group of their own (and not again further down)."""
    if (language or "").split("-")[0] != "es":
        return FILTER_GROUPS
    rest = [
        (label, [option for option in options if option[0] != SPANISH_SERVICES])
        for label, options in FILTER_GROUPS
    ]
    return [SPANISH_FIRST, *rest]


# Shown on result cards, in this order, when a center offers them.
KEY_SERVICES = ["OIT", "OP", "ODT", "RES", "DT", "BU", "MU", "NU", "MD", "MC", "PI", "SS", "TELE", "SP"]

TYPE_CHOICES = [
    ("", pgettext_lazy("type of treatment", "Any")),
    ("sa", _lazy("Substance use")),
    ("mh", _lazy("Mental health")),
    ("both", _lazy("Both (co-occurring)")),
]


# --- A center's services -----------------------------------------------------

# Plain-language headings for SAMHSA's service categories, in page order.
# Categories not named here keep SAMHSA's own name and follow these.
CATEGORY_HEADINGS = {
    "TC": _lazy("Type of care"),
    "SET": _lazy("Where care happens"),
    "PAY": _lazy("Payment accepted"),
    "PYAS": _lazy("Help with paying"),
    "OM": _lazy("Medication for opioid use disorder"),
    "OT": _lazy("Opioid treatment"),
    "SG": _lazy("Programs for specific groups"),
    "AGE": _lazy("Ages accepted"),
    "SL": _lazy("Language services"),
    "TAP": _lazy("Treatment approaches"),
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
            heading = str(
                CATEGORY_HEADINGS.get(category.code) or spanish.category(category.code, category.name)
            )
            group = ServiceGroup(category.code, heading, [], category.code in PAYMENT_CATEGORIES)
            groups[category.code] = group
        label = _labels(get_language()).get(service.code) or spanish.service(service.code, service.name)
        group.services.append(label)
    order = list(CATEGORY_HEADINGS)
    return sorted(
        groups.values(), key=lambda g: (order.index(g.code) if g.code in order else len(order), g.heading)
    )


def miles_text(distance: float | None) -> str:
    """3.24 -> "3.2 mi" (rounded as Python rounds, then in the language's
    number format: `number_format` alone would cut 3.27 to 3.2)."""
    if distance is None:
        return ""
    if distance < 0.05:
        return _("less than 0.1 mi")
    return _("%(miles)s mi") % {"miles": number_format(f"{distance:.1f}", 1)}


def key_services(center) -> list[str]:
    """Plain-language labels of the center's most searched-for services."""
    codes, labels = set(center.service_code_list), _labels(get_language())
    return [labels[code] for code in KEY_SERVICES if code in codes]


@lru_cache(maxsize=8)
def _labels(language: str | None) -> dict[str, str]:
    """LABELS as text in `language`, made once: twenty cards a page ask for them."""
    return {code: str(label) for code, label in LABELS.items()}


# --- A center's phone numbers ------------------------------------------------


@dataclass
class CenterPhone:
    """A center's own number, in the shape the phone component shows."""

    label: str
    number: str
    who_label: str | Promise
    note: str = ""
    accepts_texts: bool = False
    around_the_clock: bool = False
    extension: str = ""  # digits the caller's phone dials once the center answers

    @property
    def display(self):
        shown = phones.display(self.number)
        if not self.extension:
            return shown
        return _("%(number)s ext. %(extension)s") % {"number": shown, "extension": self.extension}


# A center's lines, in the order of `center_phones` (translated only when shown).
LINE_LABELS = (
    _lazy("Main number"),
    _lazy("New patients (intake)"),
    _lazy("New patients (second intake line)"),
    _lazy("Hotline"),
)
ON_PAGE = _lazy("Calls to this number go to this center")
ON_CARD = _lazy("Rings at this center")
SPONSOR = _lazy("Rings at this center, which pays for this listing")


def center_phones(center, *, who_label: str | Promise = ON_PAGE) -> list[CenterPhone]:
    """The center's numbers, each saying that it rings at the center."""
    lines = [
        (LINE_LABELS[0], center.phone, center.phone_ext),
        (LINE_LABELS[1], center.intake_phone, center.intake_phone_ext),
        (LINE_LABELS[2], center.intake2_phone, center.intake2_phone_ext),
        (LINE_LABELS[3], center.hotline, ""),
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
    return _("Not in service when we called on %(date)s") % {"date": date_format(day)}


def phone_lines(center, place: str = "page") -> list[CenterPhone]:
    """The numbers shown for a center on its page, on a result card (the
    first only), or in the sponsored slot (the number the sponsor pays for)."""
    if place == "card":
        return center_phones(center, who_label=ON_CARD)[:1]
    if place == "sponsored" and center.sponsor_phone:
        return [CenterPhone(_("Call %(center)s") % {"center": center.name}, center.sponsor_phone, SPONSOR)]
    return center_phones(center)
