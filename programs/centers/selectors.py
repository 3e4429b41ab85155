"""Reads for the center pages and the browse pages. Every public read of
centers starts from `TreatmentCenter.objects.listed()`."""

from dataclasses import dataclass

from django.db.models import Count, QuerySet
from django.shortcuts import get_object_or_404
from django.utils.text import slugify

from programs.centers.search import PAGE_SIZE
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
    return get_object_or_404(TreatmentCenter.objects.all(), slug=slug)


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
    centers = listed_centers().filter(state=state, city__in=list(counts)).order_by("name", "pk")
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
