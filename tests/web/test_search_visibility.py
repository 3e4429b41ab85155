"""What search engines read: sitemap, robots.txt, canonical and Open Graph
tags, unique titles and descriptions, and JSON-LD structured data."""

import datetime
import json
import xml.etree.ElementTree as ET

import pytest
from django.utils import timezone

from programs.models import TreatmentCenter
from tests.support.centers import make_center, make_services
from tests.support.html import parse

pytestmark = pytest.mark.django_db
NS = {"sm": "http://www.sitemaps.org/schemas/sitemap/0.9"}


@pytest.fixture
def center(site_content):
    make_services()
    return make_center(
        name="Harbor <Light> & Co",
        city="Albany",
        zip="12207",
        lat=42.65,
        lon=-73.75,
        street1="1 State St",
        codes=["OIT", "MD"],
    )


def sitemap_locations(client):
    index = ET.fromstring(client.get("/sitemap.xml").content)
    sections = [loc.text.removeprefix("http://testserver") for loc in index.findall("sm:sitemap/sm:loc", NS)]
    entries = {}
    for section in sections:
        root = ET.fromstring(client.get(section).content)
        for url in root.findall("sm:url", NS):
            lastmod = url.find("sm:lastmod", NS)
            entries[url.find("sm:loc", NS).text] = lastmod.text if lastmod is not None else None
    return entries


def test_the_sitemap_lists_articles_pages_places_and_centers_with_dates(center, site_content, client):
    entries = sitemap_locations(client)
    base = "http://testserver"
    for path in [
        site_content.get_absolute_url(),
        "/",
        "/where-do-calls-go/",
        "/sponsored-listings/",
        "/privacy/",
        "/treatment-centers/",
        "/treatment-centers/ny/",
        "/treatment-centers/ny/albany/",
        center.get_absolute_url(),
    ]:
        assert base + path in entries, path
    assert entries[base + center.get_absolute_url()] == timezone.localdate(center.updated_at).isoformat()
    assert (
        entries[base + site_content.get_absolute_url()]
        == timezone.localdate(site_content.updated_at).isoformat()
    )
    assert not any("/call-me/" in url or "/api/" in url or "/admin/" in url for url in entries)


def test_closed_centers_and_drafts_are_not_in_the_sitemap(center, site_content, client):
    TreatmentCenter.objects.filter(pk=center.pk).update(status="closed")
    site_content.status = "draft"
    site_content.save()
    entries = sitemap_locations(client)
    assert not any(center.slug in url or site_content.slug in url for url in entries)


def test_robots_txt_points_at_the_sitemap_and_keeps_private_paths_out(client):
    response = client.get("/robots.txt")
    assert response["Content-Type"] == "text/plain"
    lines = response.content.decode().splitlines()
    assert {"Disallow: /admin/", "Disallow: /api/"} <= set(lines)
    assert "Sitemap: http://testserver/sitemap.xml" in lines


def test_robots_txt_lets_crawlers_read_the_noindex_of_the_call_me_pages(client):
    lines = client.get("/robots.txt").content.decode().splitlines()
    assert not any(line.startswith("Disallow: /call-me") for line in lines)


@pytest.mark.parametrize("url", ["/call-me/", "/call-me/thanks/?time=asap"])
def test_the_call_me_pages_ask_search_engines_not_to_list_them(site_content, client, url):
    response = client.get(url)
    robots = parse(response.content.decode()).find("meta", name="robots")
    assert robots is not None and robots.attrs["content"] == "noindex"
    assert response["X-Robots-Tag"] == "noindex"


def test_a_refused_call_me_request_is_not_listed_either(site_content, client):
    response = client.post("/call-me/", {"phone": "12"})
    assert response.status_code == 400 and response["X-Robots-Tag"] == "noindex"


def test_pages_meant_for_search_results_do_not_say_noindex(site_content, client):
    for url in ["/", site_content.get_absolute_url(), "/about/", "/privacy/"]:
        response = client.get(url)
        assert parse(response.content.decode()).find("meta", name="robots") is None, url
        assert "X-Robots-Tag" not in response, url


def test_the_404_page_has_a_description_and_is_not_listed(client):
    response = client.get("/no-such-page/")
    assert response.status_code == 404
    page = parse(response.content.decode())
    assert page.find("meta", name="description").attrs["content"].strip()
    assert page.find("meta", name="robots").attrs["content"] == "noindex"


def public_pages(site_content, center):
    return [
        "/",
        site_content.get_absolute_url(),
        "/where-do-calls-go/",
        "/sponsored-listings/",
        "/privacy/",
        "/about/",
        "/call-me/",
        "/treatment-centers/",
        "/treatment-centers/?location=10001",
        "/treatment-centers/ny/",
        "/treatment-centers/ny/albany/",
        center.get_absolute_url(),
    ]


def test_titles_and_descriptions_are_present_and_unique(site_content, center, client):
    titles, descriptions = [], []
    for url in public_pages(site_content, center):
        page = parse(client.get(url).content.decode())
        titles.append(page.find("title").text)
        descriptions.append(page.find("meta", name="description").attrs["content"])
        assert descriptions[-1].strip(), url
    assert len(set(titles)) == len(titles), titles
    assert len(set(descriptions)) == len(descriptions), descriptions


def test_canonical_and_open_graph_tags_name_the_page_without_its_query(site_content, center, client):
    page = parse(client.get("/treatment-centers/?location=10001&utm_source=x").content.decode())
    assert page.find("link", rel="canonical").attrs["href"] == "http://testserver/treatment-centers/"
    article = parse(client.get(site_content.get_absolute_url()).content.decode())
    og = {m.attrs["property"]: m.attrs["content"] for m in article.find_all("meta") if "property" in m.attrs}
    assert og["og:type"] == "article"
    assert og["og:title"] == article.find("title").text
    assert og["og:url"] == "http://testserver" + site_content.get_absolute_url()
    assert og["og:description"] == site_content.meta_description


def structured(client, url):
    page = parse(client.get(url).content.decode())
    return [json.loads(s.raw_text) for s in page.find_all("script", type="application/ld+json")]


def by_type(blocks, kind):
    return next(block for block in blocks if block["@type"] == kind)


def test_the_article_is_a_medical_web_page_with_its_review_and_citations(site_content, client):
    site_content.medical_reviewer = "Pat Example, MD"
    site_content.last_reviewed = datetime.date(2026, 10, 1)
    site_content.save()
    page = by_type(structured(client, site_content.get_absolute_url()), "MedicalWebPage")
    assert page["name"] == site_content.title
    assert page["lastReviewed"] == "2026-10-01"
    assert page["reviewedBy"] == {"@type": "Person", "name": "Pat Example, MD"}
    assert page["citation"][0]["url"] == "https://doi.org/10.1176/appi.ps.201300249"


def test_no_review_is_claimed_in_structured_data_before_one_happens(site_content, client):
    page = by_type(structured(client, site_content.get_absolute_url()), "MedicalWebPage")
    assert "reviewedBy" not in page and "lastReviewed" not in page


def test_a_center_is_a_medical_clinic_and_its_name_is_escaped_safely(center, client):
    html = client.get(center.get_absolute_url()).content.decode()
    assert "Harbor <Light>" not in html.split("<body>")[0].split("ld+json")[-1]  # no raw markup in the script
    clinic = by_type(structured(client, center.get_absolute_url()), "MedicalClinic")
    assert clinic["name"] == "Harbor <Light> & Co"
    assert clinic["address"]["postalCode"] == "12207" and clinic["address"]["addressRegion"] == "NY"
    assert clinic["geo"] == {"@type": "GeoCoordinates", "latitude": 42.65, "longitude": -73.75}
    assert clinic["telephone"] == "+12125550100"


def test_every_page_below_home_has_a_breadcrumb_trail(site_content, center, client):
    for url in public_pages(site_content, center)[1:]:
        trail = by_type(structured(client, url), "BreadcrumbList")["itemListElement"]
        assert trail[0]["name"] == "Home" and trail[0]["item"] == "http://testserver/", url
        assert trail[-1]["item"] == "http://testserver" + url.split("?")[0], url
        assert [item["position"] for item in trail] == list(range(1, len(trail) + 1)), url
    center_trail = by_type(structured(client, center.get_absolute_url()), "BreadcrumbList")["itemListElement"]
    assert [item["name"] for item in center_trail] == [
        "Home",
        "Treatment centers",
        "New York",
        "Albany, NY",
        "Harbor <Light> & Co",
    ]
    assert not any(block["@type"] == "BreadcrumbList" for block in structured(client, "/"))
