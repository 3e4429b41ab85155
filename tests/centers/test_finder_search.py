"""`search_centers`: nearest first, exact distances, filters, pages, sponsors."""

import datetime
import random

import pytest
from django.utils import timezone

from programs.centers import places
from programs.centers.search import search_centers
from programs.models import TreatmentCenter
from tests.support.centers import make_center, make_services, sponsor
from tests.support.geo import brute_force_miles

pytestmark = pytest.mark.django_db

NYC = places.resolve("10001")


@pytest.fixture
def scattered_centers():
    """80 centers scattered up to ~60 miles around Midtown Manhattan."""
    make_services()
    rng = random.Random(20261127)
    return [
        make_center(
            lat=NYC.latitude + rng.uniform(-0.9, 0.9),
            lon=NYC.longitude + rng.uniform(-1.1, 1.1),
            codes=rng.sample(["OIT", "OP", "MD", "PI", "SS", "SP"], k=3),
        )
        for _ in range(80)
    ]


def everything(radius, **filters):
    first = search_centers(origin=NYC, radius_miles=radius, page=1, page_size=1000, **filters)
    return first.results


def test_results_and_distances_equal_a_brute_force_search(scattered_centers):
    for radius in (5, 10, 25, 50):
        expected = sorted(
            (brute_force_miles(NYC.latitude, NYC.longitude, c.latitude, c.longitude), c.name)
            for c in scattered_centers
        )
        expected = [(d, name) for d, name in expected if d <= radius]
        got = [(r.distance_miles, r.center.name) for r in everything(radius)]
        assert [name for _, name in got] == [name for _, name in expected], radius
        for (d_got, _), (d_expected, _) in zip(got, expected, strict=True):
            assert d_got == pytest.approx(d_expected, abs=1e-6)


def test_a_center_must_offer_every_chosen_service(scattered_centers):
    results = everything(50, service_codes=["OIT", "MD"])
    assert results
    for result in results:
        assert {"OIT", "MD"} <= set(result.center.service_code_list)
    in_range = [
        c
        for c in scattered_centers
        if brute_force_miles(NYC.latitude, NYC.longitude, c.latitude, c.longitude) <= 50
        and {"OIT", "MD"} <= set(c.service_code_list)
    ]
    assert len(results) == len(in_range)


def test_facility_type_filters(db):
    sa = make_center(facility_type="SA")
    mh = make_center(facility_type="MH")
    both = make_center(facility_type="BOTH")

    def names(kind):
        return {r.center.name for r in everything(25, facility_type=kind)}

    assert names("sa") == {sa.name, both.name}
    assert names("mh") == {mh.name, both.name}
    assert names("both") == {both.name}
    assert names("") == {sa.name, mh.name, both.name}


def test_closed_centers_are_never_found(db):
    make_center(status=TreatmentCenter.Status.CLOSED)
    assert everything(25) == []


def test_pages_hold_twenty_and_a_page_past_the_end_shows_the_last(db):
    for i in range(45):
        make_center(lat=NYC.latitude + i * 0.001)
    first = search_centers(origin=NYC, radius_miles=25, page=1)
    assert (first.count, first.num_pages, len(first.results)) == (45, 3, 20)
    last = search_centers(origin=NYC, radius_miles=25, page=99)
    assert (last.page, len(last.results)) == (3, 5)
    distances = [r.distance_miles for r in first.results + last.results]
    assert distances == sorted(distances)


def test_a_whole_state_search_lists_the_state_by_city(db):
    make_center(city="Albany", lat=42.65, lon=-73.75)
    make_center(city="Buffalo", lat=42.89, lon=-78.88)
    make_center(city="Newark", state="NJ", lat=40.73, lon=-74.17, zip="07102")
    search = search_centers(origin=places.resolve("New York"), radius_miles=25)
    assert [r.center.city for r in search.results] == ["Albany", "Buffalo"]
    assert all(r.distance_miles is None for r in search.results)


def test_sponsored_centers_never_change_the_order_of_results(scattered_centers):
    before = [(r.center.pk, r.distance_miles) for r in everything(25)]
    for center in scattered_centers[::7]:
        sponsor(center)
    after = [(r.center.pk, r.distance_miles) for r in everything(25)]
    assert after == before


def test_the_sponsored_slot_holds_at_most_two_within_the_radius(db):
    near = [sponsor(make_center(lat=NYC.latitude + d, lon=NYC.longitude)) for d in (0.01, 0.02, 0.03)]
    far = sponsor(make_center(lat=NYC.latitude + 2, lon=NYC.longitude))  # ~138 miles away
    search = search_centers(origin=NYC, radius_miles=25)
    assert [r.center for r in search.sponsored] == near[:2]
    assert far not in [r.center for r in search.sponsored]


def test_an_expired_sponsorship_is_not_shown(db):
    center = make_center()
    today = timezone.localdate()
    center.sponsored_from = today - datetime.timedelta(days=10)
    center.sponsored_until = today - datetime.timedelta(days=1)
    center.save()
    assert search_centers(origin=NYC, radius_miles=25).sponsored == []


def test_the_sponsored_slot_respects_the_filters(db):
    make_services()
    sponsor(make_center(codes=["OP"]))
    assert search_centers(origin=NYC, radius_miles=25, service_codes=["OIT"]).sponsored == []
