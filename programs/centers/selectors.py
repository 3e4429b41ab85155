"""Reads for the center pages and the browse pages. Every public read of
centers starts from `TreatmentCenter.objects.listed()`."""

from dataclasses import dataclass

from django.db.models import Count, QuerySet
from django.shortcuts import get_object_or_404
from django.utils.text import slugify

from programs.centers.us_states import state_name
from programs.models import Service, TreatmentCenter


def listed_centers() -> QuerySet[TreatmentCenter]:
    return TreatmentCenter.objects.listed()


def listed_center(slug: str) -> TreatmentCenter:
    """The listed center with this slug, or Http404."""
    return get_object_or_404(listed_centers(), slug=slug)


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
    name: str
    slug: str
    centers: list[TreatmentCenter]


def city_listing(state: str, city_slug: str) -> CityListing | None:
    names = {
        city
        for city in listed_centers().filter(state=state).values_list("city", flat=True).distinct()
        if slugify(city) == city_slug
    }
    if not names:
        return None
    centers = list(listed_centers().filter(state=state, city__in=names).order_by("name", "pk"))
    counts: dict[str, int] = {}
    for center in centers:
        counts[center.city] = counts.get(center.city, 0) + 1
    name = _best_spelling([(count, city) for city, count in counts.items()])
    return CityListing(name=name, slug=city_slug, centers=centers)
