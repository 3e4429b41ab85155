"""A closed center's page answers 410 Gone with when and how it closed and
the nearest open centers that offer what it offered; the closed center
leaves every list: the sitemap, the browse pages, the finder and its API."""

import datetime
import xml.etree.ElementTree as ET
from urllib.parse import urlsplit

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from programs.centers import selectors
from programs.centers.presentation import miles_text
from programs.models import TreatmentCenter
from tests.support.centers import make_center, make_services
from tests.support.geo import brute_force_miles
from tests.support.html import parse

pytestmark = pytest.mark.django_db
HERE = (40.7484, -73.9967)  # ZIP 10001, where the closed center was
CLOSED_NUMBERS = ("+12125550111", "+12125550112", "+12125550113")
SA, MH, BOTH = "SA", "MH", "BOTH"  # TreatmentCenter.FacilityType
HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6"}
SITEMAP_NS = {"sm": "http://www.sitemaps.org/schemas/sitemap/0.9"}


def near(north, east=0.0, **fields):
    """A center `north` and `east` degrees from HERE (0.1° north is about 7 miles)."""
    return make_center(lat=HERE[0] + north, lon=HERE[1] + east, **fields)


def close(center, *, by="call", on=datetime.date(2025, 3, 3)):
    TreatmentCenter.objects.filter(pk=center.pk).update(status="closed", closed_on=on, closed_by=by)
    center.refresh_from_db()
    return center


@pytest.fixture
def closed(site_content):
    """A closed substance use IOP, with open and closed centers around it."""
    make_services()
    center = near(
        0,
        name="Harbor Light Recovery",
        codes=["OIT", "MD"],
        phone=CLOSED_NUMBERS[0],
        intake_phone=CLOSED_NUMBERS[1],
        hotline=CLOSED_NUMBERS[2],
    )
    near(0.01, name="Nearer, mental health only", facility_type=MH, codes=["OIT"])
    near(0.015, name="Nearer, demonstration", codes=["OIT"], is_demo=True)
    near(0.02, name="Nearer, no IOP", codes=["OP", "MD"])
    close(near(0.03, name="Nearer, closed too", codes=["OIT"]), by="import")
    for north, east in [(0.05, 0.02), (0.1, -0.1), (0.2, 0.1), (0.3, 0), (0.4, -0.2), (0.6, 0)]:
        near(north, east, name=f"Open IOP {north}", codes=["OIT", "PI"])
    near(0.25, -0.05, name="Open IOP for both", facility_type=BOTH, codes=["OIT"])
    near(0.8, name="Open IOP 55 miles away", codes=["OIT"])
    return close(center)


def brute_force_alternatives(closed_center, *, radius=50, limit=5):
    """The nearest open, real centers of a substance use kind offering IOP,
    measured one by one over every center."""
    found = sorted(
        (brute_force_miles(closed_center.latitude, closed_center.longitude, c.latitude, c.longitude), c.pk)
        for c in TreatmentCenter.objects.all()
        if c.status == "open"
        and not c.is_demo
        and c.facility_type in {SA, BOTH}
        and "OIT" in c.service_code_list
    )
    return [(miles, pk) for miles, pk in found if miles <= radius][:limit]


def page_of(client, center, status=410):
    response = client.get(center.get_absolute_url())
    assert response.status_code == status
    return parse(response.content.decode())


def cards(page):
    section = page.by_id("alternatives-heading").parent
    return section.find_all("li", class_="result-card")


def test_a_closed_centers_page_answers_410_with_its_name_city_and_closure(closed, client):
    page = page_of(client, closed)
    assert page.find("h1").text == "Harbor Light Recovery"
    assert "This center in New York, NY has closed." in page.by_id("closure").text
    assert page.find("meta", name="robots").attrs["content"] == "noindex"
    headings = [element.tag for element in page.find("main").iter() if element.tag in HEADINGS]
    assert headings == ["h1", "h2"] + ["h3"] * 5  # the name, "Open centers near it", one per center
    assert page.find("main").find("nav").attrs["aria-label"] == "Breadcrumb"


@pytest.mark.parametrize(
    ("cause", "sentence"),
    [
        ("import", "It is no longer in SAMHSA's national directory of treatment centers, "
         "so we marked it closed on March 3, 2025."),
        ("call", "When we called it on March 3, 2025, we learned it has closed."),
        ("editor", "An editor marked it closed on March 3, 2025."),
        ("", "We marked it closed on March 3, 2025."),  # closed before causes were kept
    ],
)  # fmt: skip
def test_the_page_says_how_we_learned_it_closed_and_when(closed, client, cause, sentence):
    close(closed, by=cause)
    closure = page_of(client, closed).by_id("closure")
    assert closure.text == f"This center in New York, NY has closed. {sentence}"
    assert closure.find("time").attrs["datetime"] == "2025-03-03"


def test_a_center_closed_without_a_date_or_a_cause_still_says_it_has_closed(closed, client):
    close(closed, by="", on=None)
    closure = page_of(client, closed).by_id("closure")
    assert closure.text == "This center in New York, NY has closed."


def test_no_number_of_the_closed_center_is_shown(closed, client):
    response = client.get(closed.get_absolute_url())
    page = parse(response.content.decode())
    links = [a for a in page.find_all("a") if a.attrs.get("href", "").startswith("tel:")]
    assert links, "the alternatives and the helplines keep their numbers"
    assert not {a.attrs["href"].removeprefix("tel:") for a in links} & set(CLOSED_NUMBERS)
    assert all("Harbor Light Recovery" not in a.text for a in links)
    assert not any(f"555-{number[-4:]}" in response.content.decode() for number in CLOSED_NUMBERS)


def test_the_alternatives_are_the_nearest_open_centers_with_its_main_services(closed, client):
    assert len(brute_force_alternatives(closed, limit=99)) == 7  # the two farthest are left out
    expected = brute_force_alternatives(closed)
    shown = cards(page_of(client, closed))
    by_pk = TreatmentCenter.objects.in_bulk([pk for _, pk in expected])
    assert [card.find("a").attrs["href"] for card in shown] == [
        by_pk[pk].get_absolute_url() for _, pk in expected
    ]
    for card, (miles, _) in zip(shown, expected, strict=True):
        assert f"{miles_text(miles)} away" in card.text
        who = card.find("a", class_="phone__who")
        assert who.text == "Rings at this center"
    names = " ".join(card.text for card in shown)
    assert "Nearer" not in names and "Open IOP for both" in names


def test_the_selector_measures_what_an_independent_computation_measures(closed):
    found = selectors.open_alternatives(closed)
    expected = brute_force_alternatives(closed)
    assert [result.center.pk for result in found] == [pk for _, pk in expected]
    for result, (miles, _) in zip(found, expected, strict=True):
        assert result.distance_miles == pytest.approx(miles, abs=1e-9)


@pytest.mark.parametrize(
    ("kind", "codes", "types", "services"),
    [
        (SA, ["OIT", "MD"], (SA, BOTH), ("OIT",)),
        (MH, ["OP"], (MH, BOTH), ()),
        (BOTH, ["OIT"], (BOTH,), ("OIT",)),
        ("HRSA", ["OP"], ("HRSA",), ()),
    ],
)
def test_main_services_are_the_kind_of_treatment_and_iop_when_offered(db, kind, codes, types, services):
    make_services()
    wanted = selectors.main_services(make_center(facility_type=kind, codes=codes))
    assert (wanted.facility_types, wanted.service_codes) == (types, services)


def test_a_demonstration_center_gets_only_demonstration_alternatives(closed, client):
    demo = close(near(0.001, name="Closed demonstration", codes=["OIT"], is_demo=True))
    shown = cards(page_of(client, demo))
    assert [card.find("a").text for card in shown] == ["Nearer, demonstration"]


def test_with_no_match_within_50_miles_the_page_says_so_and_links_to_the_finder(site_content, client):
    make_services()
    center = close(near(0, name="Lonely IOP", facility_type=BOTH, codes=["OIT"], zip="10001"))
    near(0.01, name="Substance use only", codes=["OIT"])
    near(0.8, name="Too far", facility_type=BOTH, codes=["OIT"])
    page = page_of(client, center)
    section = page.by_id("alternatives-heading").parent
    assert not cards(page)
    assert "We know of no open center within 50 miles of it" in section.text
    link = next(a for a in section.find_all("a") if "ZIP code 10001" in a.text)
    assert link.attrs["href"] == "/treatment-centers/?location=10001&radius=100&services=OIT&type=both"
    assert client.get(link.attrs["href"]).status_code == 200


def test_the_410_is_cached_and_served_again_as_410(closed, client, django_assert_num_queries):
    first = client.get(closed.get_absolute_url())
    with django_assert_num_queries(0):
        second = client.get(closed.get_absolute_url())
    assert (first.status_code, second.status_code) == (410, 410)
    assert second.content == first.content
    assert second["Cache-Control"] == first["Cache-Control"]
    assert second["Cache-Control"].startswith("public,")


def test_the_page_runs_as_many_queries_for_one_alternative_as_for_five(closed, client):
    few = close(near(2, name="Closed, 140 miles north", codes=["OIT"]))
    near(2.05, name="Its only alternative", codes=["OIT"])
    client.get(reverse("programs:home"))  # the header and footer are cached from now on

    def uncached(center):
        with CaptureQueriesContext(connection) as captured:
            page = page_of(client, center)
        return len(captured), len(cards(page))

    (queries_for_one, one), (queries_for_five, five) = uncached(few), uncached(closed)
    assert (one, five) == (1, 5)
    assert queries_for_one == queries_for_five == 3  # the center, the candidates, the chosen ones


def test_the_report_page_of_a_closed_center_is_not_found(closed, client):
    url = reverse("programs:center_report", args=["ny", closed.city_slug, closed.slug])
    assert client.get(url).status_code == 404
    assert client.post(url, {"reason": "closed"}).status_code == 404


def test_a_closed_center_leaves_the_sitemap(closed, client):
    response = client.get("/sitemap-centers.xml")
    assert response.status_code == 200
    locations = ET.fromstring(response.content).findall("sm:*/sm:loc", SITEMAP_NS)
    paths = {urlsplit(loc.text).path for loc in locations}
    assert closed.get_absolute_url() not in paths and "/es" + closed.get_absolute_url() not in paths
    listed = {center.get_absolute_url() for center in TreatmentCenter.objects.listed()}
    assert paths == listed | {"/es" + path for path in listed}  # each page in English and Spanish


def test_a_closed_center_leaves_its_city_and_state_pages(closed, client, get_page):
    listed = TreatmentCenter.objects.listed().filter(city="New York").count()
    city = get_page(reverse("programs:city", args=["ny", "new-york"]))
    links = [card.find("a").attrs["href"] for card in city.find_all("li", class_="result-card")]
    assert closed.get_absolute_url() not in links and len(links) == listed
    assert city.find("h1").parent.find("p").text.startswith(f"{listed} centers")
    state = get_page(reverse("programs:state", args=["ny"]))
    assert f"New York ({listed})" in [li.text for li in state.find("ul", class_="browse-list").find_all("li")]


def test_the_finder_and_its_api_never_return_a_closed_center(closed, client):
    closed_ones = TreatmentCenter.objects.filter(status="closed")
    gone = {center.slug for center in closed_ones}
    assert len(gone) == 2
    query = {"location": "10001", "radius": "50", "services": "OIT"}
    api = client.get(reverse("machine:finder_api"), query).json()
    slugs = {result["slug"] for result in api["results"] + api["sponsored_listings"]}
    assert len(slugs) == api["count"] == 9  # every open IOP within 50 miles
    assert not slugs & gone
    page = parse(client.get(reverse("programs:finder"), query).content.decode())
    names = page.find("ol", class_="results").find_all("h3", class_="result-card__name")
    links = {h3.find("a").attrs["href"] for h3 in names}
    assert len(links) == 9
    assert not links & {center.get_absolute_url() for center in closed_ones}
