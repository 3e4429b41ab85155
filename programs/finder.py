"""The treatment-center search: a plain function, tested directly.

The database narrows candidates with a bounding box on the indexed
coordinates; exact great-circle distances are then computed for that handful
of rows, and the page of results is fetched by primary key. The number of
queries is the same for 1 result or 20.
"""

import math
from dataclasses import dataclass

from programs import geo
from programs.finder_filters import MAX_SPONSORED, PAGE_SIZE
from programs.models import TreatmentCenter

FACILITY_TYPES = {
    "sa": [TreatmentCenter.FacilityType.SUBSTANCE_USE, TreatmentCenter.FacilityType.BOTH],
    "mh": [TreatmentCenter.FacilityType.MENTAL_HEALTH, TreatmentCenter.FacilityType.BOTH],
    "both": [TreatmentCenter.FacilityType.BOTH],
}


@dataclass
class Result:
    center: TreatmentCenter
    distance_miles: float | None  # None for a whole-state listing


@dataclass
class SearchPage:
    origin: object
    radius_miles: int
    results: list
    count: int
    page: int
    num_pages: int
    sponsored: list

    @property
    def has_previous(self):
        return self.page > 1

    @property
    def has_next(self):
        return self.page < self.num_pages


def matching_centers(*, service_codes=(), facility_type=""):
    """Listed centers offering every one of `service_codes`, of the given type."""
    centers = TreatmentCenter.objects.listed()
    for code in service_codes:
        centers = centers.filter(service_codes__contains=f" {code} ")
    if facility_type:
        centers = centers.filter(facility_type__in=FACILITY_TYPES[facility_type])
    return centers


def search_centers(*, origin, radius_miles, service_codes=(), facility_type="", page=1,
                   page_size=PAGE_SIZE):
    """One page of centers nearest `origin` first, plus the sponsored slot."""
    centers = matching_centers(service_codes=service_codes, facility_type=facility_type)
    ranked = _ranked(centers, origin, radius_miles)
    num_pages = max(1, math.ceil(len(ranked) / page_size))
    page = min(max(1, page), num_pages)
    on_page = ranked[(page - 1) * page_size : page * page_size]
    by_pk = TreatmentCenter.objects.in_bulk([pk for _, _, pk in on_page])
    results = [Result(by_pk[pk], distance) for distance, _, pk in on_page]
    return SearchPage(
        origin=origin,
        radius_miles=radius_miles,
        results=results,
        count=len(ranked),
        page=page,
        num_pages=num_pages,
        sponsored=_sponsored(centers, origin, radius_miles),
    )


def _ranked(centers, origin, radius_miles):
    """(distance, tie-break, pk) of every center in range, nearest first.

    A whole-state listing has no distance: it is sorted by city and name."""
    if origin.whole_state:
        rows = centers.filter(state=origin.state).order_by().values_list("city", "name", "pk")
        return sorted((None, (city, name), pk) for city, name, pk in rows)
    min_lat, max_lat, min_lon, max_lon = geo.bounding_box(
        origin.latitude, origin.longitude, radius_miles
    )
    rows = centers.filter(
        latitude__range=(min_lat, max_lat), longitude__range=(min_lon, max_lon)
    ).order_by().values_list("latitude", "longitude", "pk")
    distances = geo.distances_from(origin.latitude, origin.longitude, rows)
    ranked = [(miles, pk, pk) for miles, pk in distances if miles <= radius_miles]
    ranked.sort()
    return ranked


def _sponsored(centers, origin, radius_miles):
    """At most MAX_SPONSORED sponsored centers in the searched area, nearest
    first. Shown in their own labelled slot; they never move regular results."""
    ranked = _ranked(centers.sponsored_now(), origin, radius_miles)[:MAX_SPONSORED]
    by_pk = TreatmentCenter.objects.in_bulk([pk for _, _, pk in ranked])
    return [Result(by_pk[pk], distance) for distance, _, pk in ranked]
