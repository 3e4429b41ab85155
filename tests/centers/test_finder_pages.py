"""The finder page and its JSON twin, as a visitor and a program see them."""

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from tests.support.centers import make_center, make_services, sponsor
from tests.support.geo import brute_force_miles
from tests.support.html import parse

pytestmark = pytest.mark.django_db
FINDER = "/treatment-centers/"
API = "/api/treatment-centers/"


@pytest.fixture
def centers(site_content):
    make_services()
    return [
        make_center(name="Nearest IOP", lat=40.7490, lon=-73.9970, codes=["OIT", "MD"]),
        make_center(
            name="Second IOP", lat=40.7600, lon=-73.9800, codes=["OIT", "PI"], location_is_approximate=True
        ),
        make_center(name="Outpatient Only", lat=40.7300, lon=-74.0000, codes=["OP"]),
        make_center(name="Far Away", lat=41.5, lon=-73.9, codes=["OIT"]),
    ]


def test_a_zip_search_lists_nearest_first_with_distances(centers, client):
    page = parse(client.get(FINDER, {"location": "10001"}).content.decode())
    cards = page.find("ol", class_="results").find_all("li", class_="result-card")
    assert [c.find("h3").text for c in cards] == ["Nearest IOP", "Second IOP", "Outpatient Only"]
    expected = brute_force_miles(40.7484, -73.9967, 40.7600, -73.9800)
    assert f"{expected:.1f} mi away" in cards[1].text
    assert "less than 0.1 mi away" in cards[0].text  # 0.04 miles
    assert "approximate" in cards[1].text and "approximate" not in cards[0].text
    assert "3 centers within 25 miles of 10001 (New York, NY)" in page.find("h2", id="results-heading").text


def test_each_card_has_a_call_link_that_rings_at_the_center(centers, client):
    page = parse(client.get(FINDER, {"location": "10001"}).content.decode())
    card = page.find("li", class_="result-card")
    call = card.find("a", href="tel:+12125550100")
    assert "(212) 555-0100" in call.text
    assert call.parent.find("a", class_="phone__who").text == "Rings at this center"
    assert "Source: Test data, last verified January 2022." in card.text
    assert card.find("a").attrs["href"] == centers[0].get_absolute_url()


def test_filters_narrow_the_results_and_stay_in_the_url(centers, client):
    response = client.get(FINDER, {"location": "10001", "services": ["OIT", "MD"]})
    page = parse(response.content.decode())
    assert [c.find("h3").text for c in page.find_all("li", class_="result-card")] == ["Nearest IOP"]
    checked = {i.attrs["value"] for i in page.find_all("input", type="checkbox") if "checked" in i.attrs}
    assert checked == {"OIT", "MD"}


def test_a_wider_radius_finds_more(centers, client):
    page = parse(client.get(FINDER, {"location": "10001", "radius": "100"}).content.decode())
    assert "Far Away" in page.find("ol", class_="results").text


def test_an_empty_search_suggests_widening_or_dropping_a_filter(centers, client):
    page = parse(
        client.get(FINDER, {"location": "10001", "radius": "5", "services": ["SP"]}).content.decode()
    )
    notice = page.find("div", class_="notice").text
    assert "No centers match this search." in notice
    assert "larger distance than 5 miles" in notice
    assert "Remove a filter" in notice


@pytest.mark.parametrize(
    "location, label",
    [
        ("10001", "10001 (New York, NY)"),
        ("New York, NY", "New York, NY"),
        ("new york, new york", "New York, NY"),
        ("Chicago", "Chicago, IL"),
    ],
)
def test_every_location_form_is_understood(centers, client, location, label):
    response = client.get(FINDER, {"location": location})
    assert response.status_code == 200
    assert label in parse(response.content.decode()).find("h2", id="results-heading").text


def test_a_state_lists_every_center_in_it(centers, client):
    page = parse(client.get(FINDER, {"location": "NY"}).content.decode())
    assert "4 centers in New York" in page.find("h2", id="results-heading").text
    assert "Sorted by city" in page.text


@pytest.mark.parametrize(
    "location, message",
    [
        ("99999", "We could not find the ZIP code 99999"),
        ("123", "A ZIP code has five digits"),
        ("Xyzzyville", "We could not find “Xyzzyville”"),
        ("", "Enter a ZIP code, a city, or a state."),
        ("x" * 500, "Ensure this value has at most 100 characters"),
    ],
)
def test_unknown_places_get_a_helpful_message_not_an_error(site_content, client, location, message):
    response = client.get(FINDER, {"location": location})
    assert response.status_code == 200
    assert message in parse(response.content.decode()).find("p", class_="field-error").text


def test_an_ambiguous_city_offers_the_states_to_choose_from(site_content, client):
    page = parse(client.get(FINDER, {"location": "Springfield", "radius": "10"}).content.decode())
    assert "more than one Springfield" in page.find("p", class_="field-error").text
    links = page.find("div", class_="suggestions").find_all("a")
    assert "Springfield, IL" in [a.text for a in links]
    assert "radius=10" in links[0].attrs["href"]


def test_bad_parameters_get_messages_not_errors(site_content, client):
    response = client.get(FINDER, {"location": "10001", "radius": "7", "services": "NOPE", "page": "x"})
    assert response.status_code == 200
    text = parse(response.content.decode()).text
    assert "Choose a distance from the list." in text
    assert "“NOPE” is not one of the filters." in text


def test_the_sponsored_slot_is_labelled_and_separate(centers, client):
    sponsor(centers[2])
    page = parse(client.get(FINDER, {"location": "10001"}).content.decode())
    slot = page.find("aside", class_="sponsored-slot")
    assert slot.find("h3").text == "Sponsored"
    assert slot.find("a", href=reverse("programs:sponsored_listings"))
    assert [c.find("h3").text for c in slot.find_all("li", class_="result-card result-card--sponsored")] == [
        "Outpatient Only"
    ]
    assert slot.find("a", href="tel:+12125550199")
    regular = [
        c.find("h3").text for c in page.find("ol", class_="results").find_all("li", class_="result-card")
    ]
    assert regular == ["Nearest IOP", "Second IOP", "Outpatient Only"]


def count_queries(client, params):
    """Queries of one uncached search (the page and search caches emptied)."""
    cache.clear()
    with CaptureQueriesContext(connection) as queries:
        assert client.get(FINDER, params).status_code == 200
    return len(queries)


def test_a_results_page_runs_as_many_queries_for_one_result_as_for_twenty(site_content, client):
    make_services()
    sponsor(make_center(codes=["OIT", "MD", "SP", "TELE"]))
    one = count_queries(client, {"location": "10001"})
    for i in range(29):
        sponsor(make_center(lat=40.75 + i * 0.001, codes=["OIT", "MD", "SP", "TELE"]))
    twenty = count_queries(client, {"location": "10001"})
    assert one > 0  # really measured, not served from a cache
    assert twenty == one
    assert one <= 10


def test_the_api_returns_the_documented_shape(centers, client):
    sponsor(centers[0])
    response = client.get(API, {"location": "10001", "services": "OIT"})
    assert response.status_code == 200
    data = response.json()
    assert (data["count"], data["page"], data["num_pages"]) == (2, 1, 1)
    assert data["origin"] == {
        "label": "10001 (New York, NY)",
        "latitude": 40.7484,
        "longitude": -73.9967,
        "whole_state": False,
    }
    first = data["results"][0]
    assert set(first) >= {
        "name",
        "program_name",
        "slug",
        "url",
        "address",
        "phone",
        "latitude",
        "longitude",
        "location_is_approximate",
        "distance_miles",
        "services",
        "sponsored",
        "demo",
    }
    assert first["name"] == "Nearest IOP"
    assert first["url"] == "http://testserver" + centers[0].get_absolute_url()
    assert first["address"] == {
        "street1": centers[0].street1,
        "street2": "",
        "city": "New York",
        "state": "NY",
        "zip": "10001",
    }
    assert first["distance_miles"] == round(first["distance_miles"], 2) and first["distance_miles"] < 0.2
    assert first["services"] == ["MD", "OIT"]
    assert first["sponsored"] is True and first["demo"] is False
    assert [s["name"] for s in data["sponsored_listings"]] == ["Nearest IOP"]


def test_api_errors_are_json_with_a_400(site_content, client):
    response = client.get(API, {"location": "Springfield"})
    assert response.status_code == 400
    data = response.json()
    assert "more than one Springfield" in data["error"]
    assert "Springfield, IL" in data["suggestions"]
    assert client.get(API).json()["error"] == "Enter a ZIP code, a city, or a state."


def test_a_link_with_a_filter_but_no_place_opens_a_fresh_search(site_content, client):
    page = parse(client.get(FINDER, {"services": "OIT"}).content.decode())
    assert page.find("p", class_="field-error") is None
    checked = [i.attrs["value"] for i in page.find_all("input", type="checkbox") if "checked" in i.attrs]
    assert checked == ["OIT"]
