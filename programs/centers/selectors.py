"""Reads for the center pages and the browse pages. Every public read of
centers starts from `TreatmentCenter.objects.listed()`."""

from dataclasses import dataclass

from django.db.models import Count, QuerySet
from django.shortcuts import get_object_or_404
from django.utils.text import slugify

from programs.centers import quality
from programs.centers.search import FACILITY_TYPES, PAGE_SIZE, Result, within
from programs.centers.us_states import state_name
from programs.models import Service, TreatmentCenter


def listed_centers() -> QuerySet[TreatmentCenter]:
    return TreatmentCenter.objects.listed()


def listed_center(slug: str) -> TreatmentCenter:
    """The listed center with this slug, or Http404."""
    return get_object_or_404(listed_centers(), slug=slug)


def center_with_page(slug: str) -> TreatmentCenter:
    """The center with this slug, open or closed (a closed center's page says
    it has closed), or Http404."""
    return get_object_or_404(TreatmentCenter.objects.select_related("confirmation"), slug=slug)


def center_services(center: TreatmentCenter) -> QuerySet[Service]:
    """The center's services with their categories, by name."""
    return center.services.select_related("category").order_by("name")


def current_sponsors() -> list[TreatmentCenter]:
    return list(TreatmentCenter.objects.sponsored_now().order_by("name"))


@dataclass
class Place:
    name: str
    slug: str
    count: int
    url: str = ""


def states_with_counts() -> list[Place]:
    rows = listed_centers().values("state").annotate(count=Count("id")).order_by("state")
    return [Place(state_name(row["state"]), row["state"].lower(), row["count"]) for row in rows]


def cities_with_counts(state: str) -> list[Place]:
    """Cities of `state` with their number of listed centers. Spellings that
    differ only in case ("SAINT LOUIS", "Saint Louis") are one city, named by
    its most common spelling (mixed case preferred on a tie)."""
    rows = listed_centers().filter(state=state).values("city").annotate(count=Count("id"))
    spellings: dict[str, list[tuple[int, str]]] = {}
    for row in rows:
        spellings.setdefault(slugify(row["city"]), []).append((row["count"], row["city"]))
    places = [
        Place(_best_spelling(variants), slug, sum(count for count, _ in variants))
        for slug, variants in spellings.items()
    ]
    return sorted(places, key=lambda place: place.name.lower())


def _best_spelling(variants: list[tuple[int, str]]) -> str:
    return max(variants, key=lambda v: (v[0], not v[1].isupper(), v[1]))[1]


@dataclass
class CityListing:
    """One page of a city's listed centers, by name."""

    name: str
    slug: str
    centers: list[TreatmentCenter]
    count: int  # on every page
    page: int = 1
    num_pages: int = 1


def city_listing(
    state: str, city_slug: str, *, page: int = 1, page_size: int = PAGE_SIZE
) -> CityListing | None:
    """Page `page` of the city's listed centers, by name, in two queries
    whatever the city's size. None when no listed center is in that city or
    the page is past the last. Spellings are one city, as in `cities_with_counts`."""
    rows = listed_centers().filter(state=state).values("city").annotate(count=Count("id"))
    counts = {row["city"]: row["count"] for row in rows if slugify(row["city"]) == city_slug}
    total = sum(counts.values())
    if not counts or not 1 <= page <= page_count(total, page_size):
        return None
    start = (page - 1) * page_size
    centers = (
        listed_centers()
        .filter(state=state, city__in=list(counts))
        .select_related("confirmation")
        .order_by("name", "pk")
    )
    return CityListing(
        name=_best_spelling([(count, city) for city, count in counts.items()]),
        slug=city_slug,
        centers=list(centers[start : start + page_size]),
        count=total,
        page=page,
        num_pages=page_count(total, page_size),
    )


def page_count(count: int, page_size: int = PAGE_SIZE) -> int:
    """How many pages `count` items fill: at least one."""
    return max(1, -(-count // page_size))


# --- Open centers in place of a closed one ------------------------------------

ALTERNATIVES_RADIUS_MILES = 50
MAX_ALTERNATIVES = 5
INTENSIVE_OUTPATIENT = "OIT"  # SAMHSA's code; what this site is about
# A center's kind of treatment -> the finder's `type` filter it falls under.
FINDER_TYPES: dict[str, str] = {
    TreatmentCenter.FacilityType.SUBSTANCE_USE: "sa",
    TreatmentCenter.FacilityType.MENTAL_HEALTH: "mh",
    TreatmentCenter.FacilityType.BOTH: "both",
}


@dataclass(frozen=True)
class MainServices:
    """What a center in place of a closed one must offer, also as the finder's parameters."""

    finder_type: str  # the finder's `type` ("sa", "mh", "both"); "" for another kind
    facility_types: tuple[str, ...]  # any one of these
    service_codes: tuple[str, ...]  # every one of these


def main_services(center: TreatmentCenter) -> MainServices:
    """A closed center's main services: its kind of treatment, read as the
    finder's type filter reads it (a substance use center is matched by
    substance use or combined centers, a combined one by combined ones only,
    another kind by its own kind), and intensive outpatient treatment when it
    offered that."""
    finder_type = FINDER_TYPES.get(center.facility_type, "")
    types = FACILITY_TYPES[finder_type] if finder_type else [center.facility_type]
    codes = (INTENSIVE_OUTPATIENT,) if INTENSIVE_OUTPATIENT in center.service_code_list else ()
    return MainServices(finder_type, tuple(types), codes)


def open_alternatives(
    center: TreatmentCenter, *, radius_miles: int = ALTERNATIVES_RADIUS_MILES, limit: int = MAX_ALTERNATIVES
) -> list[Result]:
    """Up to `limit` listed centers within `radius_miles` of `center` that
    match its main services, nearest first, with their distances. Real
    centers for a real one, demonstration listings for a demonstration one:
    never mixed. Two queries at most, whatever the number found."""
    wanted = main_services(center)
    candidates = listed_centers().filter(facility_type__in=wanted.facility_types, is_demo=center.is_demo)
    for code in wanted.service_codes:
        candidates = candidates.filter(quality.any_answer([code]))
    nearest = within(candidates, center.latitude, center.longitude, radius_miles)[:limit]
    by_pk = TreatmentCenter.objects.in_bulk([pk for _, pk in nearest])
    return [Result(by_pk[pk], miles) for miles, pk in nearest]
