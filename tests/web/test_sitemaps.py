"""The sitemap: every location on settings.SITE_URL whatever the Host header,
served from the cache until content changes, and split into files of at
most the protocol's 50,000 URLs."""

import xml.etree.ElementTree as ET

import pytest
from django.utils import timezone

from programs.centers.search import PAGE_SIZE
from programs.centers.sitemaps import CenterSitemap
from programs.machine_urls import SITEMAPS
from tests.support.centers import make_center, make_services

pytestmark = pytest.mark.django_db
NS = {"sm": "http://www.sitemaps.org/schemas/sitemap/0.9"}
SITE = "https://iop.example.org"
HOSTILE = {"HTTP_HOST": "localhost:6666"}


@pytest.fixture(autouse=True)
def site_url(settings):
    settings.SITE_URL = SITE
    settings.SPANISH_SITE = False  # the English-only sitemap; both languages: test_sitemap_languages.py


@pytest.fixture
def centers(site_content):
    make_services()
    return [make_center(city="Albany", zip="12207") for _ in range(5)]


def locations(response):
    assert response.status_code == 200
    root = ET.fromstring(response.content)
    return [loc.text for loc in root.findall("sm:*/sm:loc", NS)]


def test_a_hostile_host_header_never_reaches_a_location(centers, client):
    for url in ["/sitemap.xml", "/sitemap-centers.xml", "/sitemap.xml", "/sitemap-centers.xml"]:
        response = client.get(url, **HOSTILE)
        found = locations(response)
        assert found and all(loc.startswith(SITE + "/") for loc in found), (url, found)
        assert b"6666" not in response.content
    sections = locations(client.get("/sitemap.xml"))
    assert SITE + "/sitemap-centers.xml" in sections
    for section in sections:
        path = section.removeprefix(SITE)
        assert all(loc.startswith(SITE + "/") for loc in locations(client.get(path, **HOSTILE))), path
    assert SITE + centers[0].get_absolute_url() in locations(client.get("/sitemap-centers.xml"))


@pytest.mark.parametrize("url", ["/sitemap.xml", "/sitemap-centers.xml", "/sitemap-centers.xml?p=1"])
def test_a_second_request_runs_no_query_and_gets_the_same_bytes(
    centers, client, django_assert_num_queries, url
):
    first = client.get(url)
    assert first.status_code == 200
    with django_assert_num_queries(0):
        second = client.get(url)
    assert second.status_code == 200
    assert second.content == first.content
    for response in (first, second):
        assert response["Content-Type"] == "application/xml"
        assert response["Cache-Control"] == "public, max-age=3600"


def test_a_new_center_shows_on_the_next_request(centers, client):
    before = locations(client.get("/sitemap-centers.xml"))
    added = make_center(city="Albany", zip="12207", name="Opened Today")
    after = locations(client.get("/sitemap-centers.xml"))
    assert SITE + added.get_absolute_url() not in before
    assert SITE + added.get_absolute_url() in after


def test_an_article_turned_draft_leaves_the_next_sitemap(site_content, client):
    url = SITE + site_content.get_absolute_url()
    assert url in locations(client.get("/sitemap-articles.xml"))
    site_content.status = "draft"
    site_content.save()
    assert url not in locations(client.get("/sitemap-articles.xml"))


def test_the_index_lists_every_page_and_each_page_holds_at_most_the_limit(centers, client, monkeypatch):
    monkeypatch.setattr(CenterSitemap, "limit", 2)
    index = locations(client.get("/sitemap.xml"))
    pages = [loc for loc in index if loc.startswith(SITE + "/sitemap-centers.xml")]
    assert pages == [
        SITE + "/sitemap-centers.xml",
        SITE + "/sitemap-centers.xml?p=2",
        SITE + "/sitemap-centers.xml?p=3",
    ]
    listed = []
    for page in pages:
        found = locations(client.get(page.removeprefix(SITE)))
        assert 1 <= len(found) <= 2, page
        listed += found
    assert sorted(listed) == sorted(SITE + center.get_absolute_url() for center in centers)
    assert locations(client.get("/sitemap-centers.xml?p=1")) == locations(client.get("/sitemap-centers.xml"))


@pytest.mark.parametrize("page", ["4", "0", "-1", "abc", "1.5", "99999999999999999999", ""])
def test_a_page_that_does_not_exist_is_a_404(centers, client, monkeypatch, page):
    monkeypatch.setattr(CenterSitemap, "limit", 2)
    assert client.get("/sitemap-centers.xml", {"p": page}).status_code == 404


def test_an_unknown_section_is_a_404(client, db):
    assert client.get("/sitemap-nothing.xml").status_code == 404


def test_every_sitemap_file_holds_up_to_the_protocols_50000_urls():
    assert {name: sitemap.limit for name, sitemap in SITEMAPS.items()} == dict.fromkeys(SITEMAPS, 50_000)


def test_every_page_of_a_city_is_listed_with_the_citys_date(site_content, client):
    make_services()
    albany = [make_center(city="Albany", zip="12207") for _ in range(2 * PAGE_SIZE + 1)]
    albany.append(make_center(city="ALBANY", zip="12207"))  # another spelling, the same city
    troy = make_center(city="Troy", zip="12180")
    root = ET.fromstring(client.get("/sitemap-cities.xml").content)
    dates = {
        url.find("sm:loc", NS).text: url.find("sm:lastmod", NS).text for url in root.findall("sm:url", NS)
    }
    city = SITE + "/treatment-centers/ny/albany/"
    assert list(dates) == [city, city + "?page=2", city + "?page=3", SITE + "/treatment-centers/ny/troy/"]
    latest = timezone.localdate(max(center.updated_at for center in albany)).isoformat()
    assert {dates[city], dates[city + "?page=2"], dates[city + "?page=3"]} == {latest}
    assert dates[SITE + "/treatment-centers/ny/troy/"] == timezone.localdate(troy.updated_at).isoformat()
    for location in dates:
        assert client.get(location.removeprefix(SITE)).status_code == 200, location
    assert client.get("/treatment-centers/ny/albany/?page=4").status_code == 404
