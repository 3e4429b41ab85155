"""The guide's pages at their Spanish addresses show the Spanish text; a page
whose Spanish is missing says so and links to the English page, rather than
pass English off as Spanish."""

import pytest

from programs.content import seed_es
from programs.models import Disclosure, Page, PageSection, Section
from programs.web import page_cache
from tests.support.html import parse

pytestmark = pytest.mark.django_db


def spanish_page(client, path):
    response = client.get(path)
    assert response.status_code == 200
    page = parse(response.content.decode())
    assert page.find("html").attrs["lang"] == "es"
    return page


def test_the_spanish_guide_shows_its_spanish_text(client, site_content):
    page = spanish_page(client, "/es" + site_content.get_absolute_url())
    assert page.find("h1").text == seed_es.ARTICLE["title"]
    assert seed_es.ARTICLE["sections"]["cost"]["heading"] in [h2.text for h2 in page.find_all("h2")]
    english = parse(client.get(site_content.get_absolute_url()).content.decode())
    assert english.find("h1").text == site_content.title_en


@pytest.mark.parametrize("key", ["about", "privacy"])
def test_the_spanish_site_pages_show_their_spanish_text(client, site_content, key):
    page = spanish_page(client, f"/es/{key}/")
    assert page.find("h1").text == seed_es.PAGES[key]["title"]


def test_where_calls_go_in_spanish_shows_the_spanish_disclosure(client, site_content):
    page = spanish_page(client, "/es/where-do-calls-go/")
    assert page.find("h1").text == seed_es.DISCLOSURES["routing_detail"]["title"]


def assert_untranslated(client, path, english_path):
    page = spanish_page(client, path)
    assert page.find("meta", name="robots").attrs["content"] == "noindex"
    assert page.find("a", href=english_path, hreflang="en")
    return page


def test_a_guide_with_a_section_missing_its_spanish_links_to_the_english_one(client, site_content):
    Section.objects.filter(anchor="cost").update(body_es="")
    page_cache.bump()  # a bulk update sends no signal
    url = site_content.get_absolute_url()
    page = assert_untranslated(client, "/es" + url, url)
    assert site_content.title_en not in page.text  # no English passed off as Spanish
    assert client.get(url).status_code == 200


def test_a_site_page_missing_its_spanish_links_to_the_english_one(client, site_content):
    PageSection.objects.filter(page__key="about").update(heading_es="")
    page_cache.bump()
    assert_untranslated(client, "/es/about/", "/about/")
    assert spanish_page(client, "/es/privacy/").find("h1").text == seed_es.PAGES["privacy"]["title"]


def test_where_calls_go_without_its_spanish_disclosure_links_to_the_english_one(client, site_content):
    Disclosure.objects.filter(key="routing_detail").update(body_es="")
    page_cache.bump()
    assert_untranslated(client, "/es/where-do-calls-go/", "/where-do-calls-go/")


def test_the_privacy_notice_without_its_row_still_answers_in_both_languages(client, site_content):
    Page.objects.filter(key="privacy").delete()
    page_cache.bump()
    assert spanish_page(client, "/es/privacy/").find("h1").text == seed_es.PAGES["privacy"]["title"]
    english = parse(client.get("/privacy/").content.decode())
    assert english.find("h1").text == "Privacy: what we collect and why"


def test_dates_on_spanish_pages_are_written_the_spanish_way(client, site_content):
    spanish = spanish_page(client, "/es" + site_content.get_absolute_url()).text
    english = parse(client.get(site_content.get_absolute_url()).content.decode()).text
    assert "1 de diciembre de 2026" in spanish and "December 1, 2026" not in spanish
    assert "December 1, 2026" in english


def test_editors_see_each_text_in_english_and_in_spanish(client, site_content, admin_user):
    client.force_login(admin_user)
    page = parse(client.get(f"/admin/programs/article/{site_content.pk}/change/").content.decode())
    assert page.find("input", name="title_en").attrs["value"] == site_content.title_en
    assert page.find("input", name="title_es").attrs["value"] == seed_es.ARTICLE["title"]
    assert page.find("textarea", name="sections-0-body_es")
