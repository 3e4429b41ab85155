"""A finder page is cached by what the search means, so it must show only
what the search means: never the first visitor's raw words, tracking
parameters or repeated filters to the next visitor with the same search."""

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from programs.centers.forms import MAX_FILTERS
from programs.centers.presentation import LABELS
from programs.centers.search import PAGE_SIZE
from programs.web import page_cache
from tests.support.centers import make_center, make_services
from tests.support.html import parse

pytestmark = pytest.mark.django_db
FINDER = "/treatment-centers/"
LEAKY = {
    "location": "10001-2345",
    "fbclid": "abc123leak",
    "utm_source": "leakysource",
    "email": "someone@example.org",
}
TRACES = ["10001-2345", "2345", "abc123leak", "leakysource", "someone", "fbclid", "utm_source", "email="]


@pytest.fixture
def centers(site_content):
    make_services()
    # More than one page of results, so the page has pagination links. Named
    # here, not by make_center's running serial: a serial that had reached
    # 2345 in a long run put "test-center-2345" on the page, a false "trace".
    return [
        make_center(
            lat=40.75 + i * 0.001,
            lon=-73.99,
            codes=["OIT", "SP", "MD"],
            name=f"Finder center {i}",
            slug=f"finder-center-{i}",
            street1=f"{i} Elm Street",
            source_key=f"finder:{i}",
        )
        for i in range(PAGE_SIZE + 3)
    ]


def visitor():
    return Client()


def test_the_next_visitor_sees_none_of_the_first_visitors_input(centers):
    first = visitor().get(FINDER, LEAKY)
    assert first.status_code == 200
    second = visitor().get(FINDER, {"location": "10001"}).content.decode()
    assert "Next page" in second
    for trace in TRACES:
        assert trace not in second, trace


def test_a_search_page_shows_the_place_as_understood_and_clean_page_links(centers):
    page = parse(visitor().get(FINDER, LEAKY).content.decode())
    assert page.find("input", name="location").attrs["value"] == "10001"
    next_link = page.find("a", rel="next").attrs["href"]
    assert next_link == "?location=10001&radius=25&page=2"


def test_a_filter_repeated_fifty_times_counts_once_for_everyone(centers):
    first = visitor().get(FINDER, [("location", "10001")] + [("services", "SP")] * 50)
    assert first.status_code == 200
    for response in (first, visitor().get(FINDER, {"location": "10001", "services": "SP"})):
        summary = parse(response.content.decode()).find("summary").text
        assert "1 chosen" in summary, summary
        assert "50" not in summary


def test_a_repeated_filter_costs_what_one_filter_costs(centers):
    def sql_of(params):
        page_cache.bump()  # a new content generation: nothing cached
        with CaptureQueriesContext(connection) as queries:
            assert visitor().get(FINDER, params).status_code == 200
        return [q["sql"] for q in queries.captured_queries]

    once = sql_of({"location": "10001", "services": "MD"})
    repeated = sql_of([("location", "10001")] + [("services", "MD")] * 331)
    assert once == repeated


def test_more_filters_than_the_limit_are_refused_with_a_message(centers):
    codes = list(LABELS)[: MAX_FILTERS + 1]
    response = visitor().get(FINDER, [("location", "10001")] + [("services", code) for code in codes])
    assert response.status_code == 200
    page = parse(response.content.decode())
    assert f"Choose at most {MAX_FILTERS} filters." in page.text
    assert page.find("section", class_="results-section") is None


def test_the_limit_itself_is_allowed(centers):
    codes = list(LABELS)[:MAX_FILTERS]
    response = visitor().get(FINDER, [("location", "10001")] + [("services", code) for code in codes])
    page = parse(response.content.decode())
    assert page.find("section", class_="results-section") is not None
    assert f"{MAX_FILTERS} chosen" in page.find("summary").text


def test_an_unknown_filter_code_is_refused_by_name_and_searches_nothing(centers):
    response = visitor().get(FINDER, {"location": "10001", "services": ["OIT", "ZZZ"]})
    page = parse(response.content.decode())
    assert "“ZZZ” is not one of the filters." in page.text
    assert page.find("section", class_="results-section") is None


def test_the_api_also_counts_a_repeated_filter_once(centers):
    one = visitor().get("/api/treatment-centers/", {"location": "10001", "services": "MD"}).json()
    many = visitor().get("/api/treatment-centers/", [("location", "10001")] + [("services", "MD")] * 40)
    assert many.status_code == 200
    assert many.json() == one


def test_suggestion_links_carry_only_the_finders_own_parameters(site_content):
    page = parse(visitor().get(FINDER, {"location": "Chicgo", "utm_source": "leakysource"}).content.decode())
    links = [a.attrs["href"] for a in page.by_id("location-suggestions").find_all("a")]
    assert links
    assert all("leakysource" not in link for link in links), links


def test_the_second_page_links_back_to_the_first_by_its_canonical_address(centers):
    page = parse(visitor().get(FINDER, {**LEAKY, "page": "2"}).content.decode())
    assert page.find("a", rel="prev").attrs["href"] == "?location=10001&radius=25"
    assert page.find("a", rel="next") is None
    assert "Page 2 of 2" in page.find("nav", class_="pagination").text
