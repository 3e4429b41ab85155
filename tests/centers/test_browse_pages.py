"""City and state pages that grow with the data: a city's centers come a
page at a time, each page with one address of its own, cached for everyone,
linked to its neighbours, and with headings that never skip a level."""

import random

import pytest
from django.core.cache import cache
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from programs.centers import selectors
from programs.centers.search import PAGE_SIZE
from programs.web import page_cache
from tests.support.centers import make_center, make_services
from tests.support.html import parse

pytestmark = pytest.mark.django_db
SITE = "https://iop.example.org"
CHICAGO = "/treatment-centers/il/chicago/"
ALBANY = "/treatment-centers/ny/albany/"
TOTAL = 2 * PAGE_SIZE + 3  # three pages, the last one short


@pytest.fixture(autouse=True)
def site_url(settings):
    settings.SITE_URL = SITE


@pytest.fixture
def chicago(site_content):
    make_services()
    names = [f"Center {n:02d}" for n in range(TOTAL)]
    random.Random(11).shuffle(names)
    for name in names:
        make_center(name=name, city="Chicago", state="IL", zip="60601", lat=41.88, lon=-87.63)
    return sorted(names)


@pytest.fixture
def albany(site_content):
    make_services()
    return [make_center(name=f"Albany {n}", city="Albany", zip="12207") for n in range(3)]


def card_names(page):
    return [card.find("h3").text for card in page.find_all("li", class_="result-card")]


def get(client, url):
    response = client.get(url)
    assert response.status_code == 200, (url, response.status_code)
    return parse(response.content.decode())


def test_a_city_page_lists_its_centers_a_page_at_a_time_by_name(chicago, client):
    pages = [get(client, url) for url in (CHICAGO, CHICAGO + "?page=2", CHICAGO + "?page=3")]
    assert [card_names(page) for page in pages] == [
        chicago[:PAGE_SIZE],
        chicago[PAGE_SIZE : 2 * PAGE_SIZE],
        chicago[2 * PAGE_SIZE :],
    ]
    for number, page in enumerate(pages, start=1):
        assert f"{TOTAL} centers, by name. Page {number} of 3." in page.find("main").text


def test_page_one_has_a_single_address(chicago, client):
    for query in ("?page=1", "?page=1&utm_source=mail"):
        response = client.get(CHICAGO + query)
        assert response.status_code == 301, query
        assert response["Location"] == CHICAGO


@pytest.mark.parametrize(
    "query",
    [
        "page=4",
        "page=0",
        "page=-1",
        "page=abc",
        "page=",
        "page=1.5",
        "page=02",
        "page=+2",
        "page=%202",
        "page=2%20",
        "page=%EF%BC%92",  # a full-width 2
        "page=99999999999999999999",
        "page=2&page=3",
        "page=%3Cscript%3E",
    ],
)
def test_a_page_number_that_is_not_a_page_is_404(chicago, query):
    response = Client(raise_request_exception=False).get(f"{CHICAGO}?{query}")
    assert response.status_code == 404, query
    assert b"<script>" not in response.content


def test_a_one_page_city_has_no_page_2(albany, client):
    assert client.get(ALBANY + "?page=2").status_code == 404
    page = get(client, ALBANY)
    assert page.find("nav", class_="pagination") is None
    assert page.find("link", rel="next") is None and page.find("link", rel="prev") is None
    assert "Page 1" not in page.find("main").text
    assert "page" not in page.find("title").text.lower()


def test_other_parameters_change_neither_the_page_nor_its_cache_entry(chicago, client):
    second = client.get(CHICAGO + "?page=2").content
    with CaptureQueriesContext(connection) as queries:
        tagged = client.get(CHICAGO + "?page=2&utm_source=%3Cb%3Ehello%3C/b%3E&q=zzz")
    assert len(queries) == 0  # served from page 2's entry
    assert tagged.content == second
    first = client.get(CHICAGO).content
    assert client.get(CHICAGO + "?utm_source=x&q=%3Cb%3E").content == first
    fresh = client.get(CHICAGO + "?q=%3Cb%3Ehello%3C/b%3E&page=3")  # page 3 is rendered for this request
    assert fresh.status_code == 200
    assert b"hello" not in fresh.content and b"%3Cb" not in fresh.content


def test_each_page_is_cached_on_its_own(chicago, client):
    pages = {url: client.get(url).content for url in (CHICAGO, CHICAGO + "?page=2", CHICAGO + "?page=3")}
    assert len(set(pages.values())) == 3
    for url, content in pages.items():
        with CaptureQueriesContext(connection) as queries:
            again = client.get(url)
        assert len(queries) == 0, url
        assert again.content == content, url


def test_pages_link_to_their_neighbours(chicago, client):
    first, second, last = (get(client, u) for u in (CHICAGO, CHICAGO + "?page=2", CHICAGO + "?page=3"))

    def links(page, tag):
        found = {}
        for rel in ("prev", "next"):
            element = page.find(tag, rel=rel)
            found[rel] = element.attrs["href"] if element else None
        return found

    nav = second.find("nav", class_="pagination")
    assert nav.attrs["aria-label"] == "Result pages"
    assert "Page 2 of 3" in nav.text
    assert links(first, "a") == {"prev": None, "next": CHICAGO + "?page=2"}
    assert links(second, "a") == {"prev": CHICAGO, "next": CHICAGO + "?page=3"}
    assert links(last, "a") == {"prev": CHICAGO + "?page=2", "next": None}
    assert links(second, "link") == {"prev": SITE + CHICAGO, "next": SITE + CHICAGO + "?page=3"}
    assert links(first, "link") == {"prev": None, "next": SITE + CHICAGO + "?page=2"}


def test_every_page_is_its_own_canonical_page(chicago, client):
    for query in ("", "?page=2", "?page=3"):
        page = get(client, CHICAGO + query + ("&" if query else "?") + "utm_source=x")
        assert page.find("link", rel="canonical").attrs["href"] == SITE + CHICAGO + query
        assert page.find("meta", property="og:url").attrs["content"] == SITE + CHICAGO + query


def test_titles_and_descriptions_say_which_page(chicago, client):
    pages = [get(client, url) for url in (CHICAGO, CHICAGO + "?page=2", CHICAGO + "?page=3")]
    titles = [page.find("title").text for page in pages]
    descriptions = [page.find("meta", name="description").attrs["content"] for page in pages]
    assert len(set(titles)) == 3 and len(set(descriptions)) == 3
    assert "page 2 of 3" in titles[1] and "page 3 of 3" in titles[2]
    assert "page 2 of 3" in descriptions[1] and f"{TOTAL} " in descriptions[1]
    assert "page" not in titles[0].lower()


def heading_levels(page):
    return [int(element.tag[1]) for element in page.iter() if element.tag in {"h1", "h2", "h3", "h4", "h5"}]


@pytest.mark.parametrize("url", [CHICAGO, CHICAGO + "?page=3", ALBANY, "/treatment-centers/il/"])
def test_headings_never_skip_a_level(chicago, albany, client, url):
    levels = heading_levels(get(client, url))
    assert levels[0] == 1 and levels.count(1) == 1, levels
    assert all(after <= before + 1 for before, after in zip(levels, levels[1:], strict=False)), levels


def test_the_cards_sit_under_a_second_level_heading(chicago, client):
    page = get(client, CHICAGO + "?page=2")
    section = page.find("li", class_="result-card").parent.parent
    heading = section.find("h2")
    assert heading is not None and "Chicago, IL" in heading.text
    assert section.attrs["aria-labelledby"] == heading.attrs["id"]


def test_a_city_page_reads_the_directory_in_two_queries_whatever_its_size(chicago, albany):
    for state, city, page in [("NY", "albany", 1), ("IL", "chicago", 1), ("IL", "chicago", 3)]:
        with CaptureQueriesContext(connection) as queries:
            listing = selectors.city_listing(state, city, page=page)
        assert listing is not None
        assert len(queries) == 2, (city, page)
    assert selectors.city_listing("IL", "chicago", page=4) is None


def test_three_pages_of_centers_cost_no_more_queries_than_three_centers(
    chicago, albany, client, django_assert_max_num_queries
):
    def cold(url):
        cache.clear()
        page_cache.forget_local()
        return client.get(url)

    with CaptureQueriesContext(connection) as small:
        assert cold(ALBANY).status_code == 200
    for url in (CHICAGO, CHICAGO + "?page=2", CHICAGO + "?page=3"):
        with django_assert_max_num_queries(len(small)):
            assert cold(url).status_code == 200


def directives(response):
    return {part.strip().split("=")[0] for part in response.get("Cache-Control", "").split(",")}


def test_a_later_page_may_be_kept_by_any_cache(chicago):
    for attempt in ("first", "cached", "with another parameter"):
        query = "?page=2&utm_source=x" if attempt.startswith("with") else "?page=2"
        response = Client().get(CHICAGO + query)
        assert response.status_code == 200, attempt
        assert response["Cache-Control"] == page_cache.PUBLIC_CACHE_CONTROL, attempt
        assert {"public", "max-age", "s-maxage", "stale-while-revalidate"} <= directives(response)
        assert not response.cookies, attempt
        assert "cookie" not in response.get("Vary", "").lower(), attempt


def test_the_state_page_stays_one_list_of_city_links(chicago, albany, client):
    page = get(client, "/treatment-centers/il/")
    assert [li.text for li in page.find("ul", class_="browse-list").find_all("li")] == [f"Chicago ({TOTAL})"]
    assert page.find("nav", class_="pagination") is None
