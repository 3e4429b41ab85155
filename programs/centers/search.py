"""The treatment-center search: a plain function, tested directly.

The database narrows candidates with a bounding box on the indexed
coordinates; exact great-circle distances are then computed for that handful
of rows, and the page of results is fetched by primary key. The number of
queries is the same for 1 result or 20.
"""

import math
from collections.abc import Iterable
from dataclasses import dataclass

from django.db.models import QuerySet

from programs.centers import confirmed, geo, quality
from programs.centers.places import Origin
from programs.models import TreatmentCenter
from programs.models.centers import TreatmentCenterQuerySet

RADIUS_CHOICES = [5, 10, 25, 50, 100]
DEFAULT_RADIUS = 25
PAGE_SIZE = 20
MAX_SPONSORED = 2

FACILITY_TYPES = {
    "sa": [TreatmentCenter.FacilityType.SUBSTANCE_USE, TreatmentCenter.FacilityType.BOTH],
    "mh": [TreatmentCenter.FacilityType.MENTAL_HEALTH, TreatmentCenter.FacilityType.BOTH],
    "both": [TreatmentCenter.FacilityType.BOTH],
}

# (distance in miles or None, tie-break, primary key), nearest first.
Ranked = list[tuple[float | None, object, int]]


@dataclass
class Result:
    center: TreatmentCenter
    distance_miles: float | None  # None for a whole-state listing


@dataclass
class SearchPage:
    origin: Origin
    radius_miles: int
    results: list[Result]
    count: int
    page: int
    num_pages: int
    sponsored: list[Result]

    @property
    def has_previous(self) -> bool:
        return self.page > 1

    @property
    def has_next(self) -> bool:
        return self.page < self.num_pages


def matching_centers(
    *, service_codes: Iterable[str] = (), facility_type: str = ""
) -> TreatmentCenterQuerySet:
    """Listed centers offering every one of `service_codes`, of the given type.
    A sign of quality's code (e.g. "ACCRED") matches any one of its SAMHSA codes;
    a confirmed-facts code (e.g. "ACCEPTING") what an editor's call confirmed."""
    centers = TreatmentCenter.objects.listed()
    for code in service_codes:
        if code in confirmed.FILTERS:
            centers = centers.filter(confirmed.condition(code))
        else:
            centers = centers.filter(quality.any_answer(quality.real_codes(code)))
    if facility_type:
        centers = centers.filter(facility_type__in=FACILITY_TYPES[facility_type])
    return centers


def search_centers(
    *,
    origin: Origin,
    radius_miles: int,
    service_codes: Iterable[str] = (),
    facility_type: str = "",
    page: int = 1,
    page_size: int = PAGE_SIZE,
) -> SearchPage:
    """One page of centers nearest `origin` first, plus the sponsored slot."""
    centers = matching_centers(service_codes=service_codes, facility_type=facility_type)
    ranked = _ranked(centers, origin, radius_miles)
    num_pages = max(1, math.ceil(len(ranked) / page_size))
    page = min(max(1, page), num_pages)
    on_page = ranked[(page - 1) * page_size : page * page_size]
    return SearchPage(
        origin=origin,
        radius_miles=radius_miles,
        results=_results(on_page),
        count=len(ranked),
        page=page,
        num_pages=num_pages,
        sponsored=_results(_ranked(centers.sponsored_now(), origin, radius_miles)[:MAX_SPONSORED]),
    )


def _results(ranked: Ranked) -> list[Result]:
    by_pk = TreatmentCenter.objects.select_related("confirmation").in_bulk([pk for _, _, pk in ranked])
    return [Result(by_pk[pk], distance) for distance, _, pk in ranked]


def _ranked(centers: TreatmentCenterQuerySet, origin: Origin, radius_miles: int) -> Ranked:
    """Every center in range, nearest first. A whole-state listing has no
    distance: it is sorted by city and name.

    Sponsored centers are ranked the same way, in their own labelled slot:
    they never move regular results."""
    if origin.whole_state:
        names = centers.filter(state=origin.state).order_by().values_list("city", "name", "pk")
        return sorted(((None, (city, name), pk) for city, name, pk in names), key=lambda row: row[1:])
    in_range = within(centers, origin.latitude, origin.longitude, radius_miles)
    return [(miles, pk, pk) for miles, pk in in_range]


def within(
    centers: QuerySet[TreatmentCenter], latitude: float, longitude: float, radius_miles: float
) -> list[tuple[float, int]]:
    """(miles, primary key) of every one of `centers` within `radius_miles`
    of the point, nearest first: the indexed bounding box narrows them in the
    database, exact great-circle distances decide."""
    min_lat, max_lat, min_lon, max_lon = geo.bounding_box(latitude, longitude, radius_miles)
    rows = (
        centers.filter(latitude__range=(min_lat, max_lat), longitude__range=(min_lon, max_lon))
        .order_by()
        .values_list("latitude", "longitude", "pk")
    )
    distances = geo.distances_from(latitude, longitude, rows)
    return sorted((miles, pk) for miles, pk in distances if miles <= radius_miles)
