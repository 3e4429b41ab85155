"""With the Spanish site on, the sitemap lists every page in both languages,
each entry naming its alternates and x-default, as search engines expect."""

import xml.etree.ElementTree as ET

import pytest

from tests.support.centers import make_center, make_services

pytestmark = pytest.mark.django_db
NS = {"sm": "http://www.sitemaps.org/schemas/sitemap/0.9", "xhtml": "http://www.w3.org/1999/xhtml"}
SITE = "https://iop.example.org"


@pytest.fixture(autouse=True)
def spanish_site(settings):
    settings.SITE_URL = SITE
    settings.SPANISH_SITE = True


def entries(client, section):
    root = ET.fromstring(client.get(f"/sitemap-{section}.xml").content)
    found = {}
    for url in root.findall("sm:url", NS):
        links = {link.get("hreflang"): link.get("href") for link in url.findall("xhtml:link", NS)}
        found[url.find("sm:loc", NS).text] = links
    return found


def test_each_center_is_listed_in_both_languages_with_its_alternates(site_content, client):
    make_services()
    center = make_center(city="Albany", state="NY", zip="12207")
    english = SITE + center.get_absolute_url()
    spanish = SITE + "/es" + center.get_absolute_url()
    alternates = {"en": english, "es": spanish, "x-default": english}
    assert entries(client, "centers") == {english: alternates, spanish: alternates}


def test_the_article_and_pages_are_listed_in_both_languages(site_content, client):
    locations = set(entries(client, "articles")) | set(entries(client, "pages"))
    assert SITE + "/treatment/intensive-outpatient-programs/" in locations
    assert SITE + "/es/treatment/intensive-outpatient-programs/" in locations
    assert {SITE + "/privacy/", SITE + "/es/privacy/", SITE + "/about/", SITE + "/es/about/"} <= locations
