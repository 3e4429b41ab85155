"""Reads for the center pages and the browse pages. Every public read of
centers starts from `TreatmentCenter.objects.listed()`."""

from dataclasses import dataclass

from django.db.models import Count
from django.utils.text import slugify

from programs import phones
from programs.finder_filters import LABELS
from programs.models import TreatmentCenter
from programs.us_states import state_name

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
PAYMENT_CATEGORIES = {"PAY", "PYAS"}


def listed_centers():
    return TreatmentCenter.objects.listed()


@dataclass
class Place:
    name: str
    slug: str
    count: int
    url: str = ""


def states_with_counts():
    rows = listed_centers().values("state").annotate(count=Count("id")).order_by("state")
    return [Place(state_name(row["state"]), row["state"].lower(), row["count"]) for row in rows]


def cities_with_counts(state):
    """Cities of `state` with their number of listed centers. Spellings that
    differ only in case ("SAINT LOUIS", "Saint Louis") are one city, named by
    its most common spelling (mixed case preferred on a tie)."""
    rows = listed_centers().filter(state=state).values("city").annotate(count=Count("id"))
    spellings = {}
    for row in rows:
        spellings.setdefault(slugify(row["city"]), []).append((row["count"], row["city"]))
    places = [
        Place(_best_spelling(variants), slug, sum(count for count, _ in variants))
        for slug, variants in spellings.items()
    ]
    return sorted(places, key=lambda place: place.name.lower())


def _best_spelling(variants):
    return max(variants, key=lambda v: (v[0], not v[1].isupper(), v[1]))[1]


@dataclass
class CityListing:
    name: str
    slug: str
    centers: list


def city_listing(state, city_slug):
    names = {
        city
        for city in listed_centers().filter(state=state).values_list("city", flat=True).distinct()
        if slugify(city) == city_slug
    }
    if not names:
        return None
    centers = list(listed_centers().filter(state=state, city__in=names).order_by("name", "pk"))
    counts = {}
    for center in centers:
        counts[center.city] = counts.get(center.city, 0) + 1
    name = _best_spelling([(count, city) for city, count in counts.items()])
    return CityListing(name=name, slug=city_slug, centers=centers)


@dataclass
class ServiceGroup:
    code: str
    heading: str
    services: list
    is_payment: bool


def service_groups(center):
    """The center's services grouped by category, in plain language where we
    have it, payment first after the setting."""
    groups = {}
    for service in center.services.select_related("category").order_by("name"):
        category = service.category
        group = groups.setdefault(category.code, ServiceGroup(
            category.code, CATEGORY_HEADINGS.get(category.code, category.name), [],
            category.code in PAYMENT_CATEGORIES,
        ))
        group.services.append(LABELS.get(service.code, service.name))
    order = list(CATEGORY_HEADINGS)
    return sorted(groups.values(), key=lambda g: (order.index(g.code) if g.code in order else len(order), g.heading))


def current_sponsors():
    return list(TreatmentCenter.objects.sponsored_now().order_by("name"))


@dataclass
class CenterPhone:
    """A center's own number, in the shape the phone component shows."""

    label: str
    number: str
    who_label: str
    note: str = ""
    accepts_texts: bool = False
    around_the_clock: bool = False

    @property
    def display(self):
        return phones.display(self.number)


def center_phones(center, *, who_label="Calls to this number go to this center"):
    """The center's numbers, each saying that it rings at the center."""
    lines = [
        ("Main number", center.phone),
        ("New patients (intake)", center.intake_phone),
        ("Hotline", center.hotline),
    ]
    seen, result = set(), []
    for label, number in lines:
        if number and number not in seen:
            seen.add(number)
            result.append(CenterPhone(f"{label}, {center.name}", number, who_label))
    return result
