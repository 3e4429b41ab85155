"""Two languages, chosen by the address alone: English at the site's
addresses, Spanish at the same addresses under /es/. Never by a cookie or
the browser's Accept-Language, so a cached page is right for everyone."""

import pytest
from django.urls import reverse
from django.utils import translation

from programs.web.language import language_of, path_in
from tests.support.html import parse

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("path", "language"),
    [("/", "en"), ("/es/", "es"), ("/es", "es"), ("/es/treatment-centers/", "es"), ("/escape/", "en")],
)
def test_the_language_is_the_addresses(path, language):
    assert language_of(path) == language


@pytest.mark.parametrize(
    ("path", "english", "spanish"),
    [
        ("/", "/", "/es/"),
        ("/es/", "/", "/es/"),
        ("/treatment-centers/ny/", "/treatment-centers/ny/", "/es/treatment-centers/ny/"),
        ("/es/privacy/", "/privacy/", "/es/privacy/"),
    ],
)
def test_each_page_has_an_address_in_each_language(path, english, spanish):
    assert (path_in("en", path), path_in("es", path)) == (english, spanish)


def test_reversing_a_page_in_spanish_gives_its_spanish_address():
    with translation.override("es"):
        assert reverse("programs:finder") == "/es/treatment-centers/"
        assert reverse("machine:finder_api") == "/api/treatment-centers/"  # one address for machines


def test_the_spanish_home_page_is_in_spanish_and_the_english_one_in_english(client, site_content):
    spanish = client.get("/es/")
    assert spanish.status_code == 200
    assert parse(spanish.content.decode()).find("html").attrs["lang"] == "es"
    assert spanish["Content-Language"] == "es"
    english = client.get("/")
    assert parse(english.content.decode()).find("html").attrs["lang"] == "en"
    assert english["Content-Language"] == "en"


def test_the_browser_language_changes_nothing_and_nothing_is_stored(client, site_content):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE="es-MX,es;q=0.9")
    assert response.status_code == 200
    assert parse(response.content.decode()).find("html").attrs["lang"] == "en"
    assert "Accept-Language" not in response.get("Vary", "")
    assert not response.cookies
    assert "Accept-Language" not in client.get("/es/").get("Vary", "")


def test_the_spanish_prefix_without_its_slash_redirects(client, site_content):
    response = client.get("/es")
    assert response.status_code == 301
    assert response["Location"] == "/es/"


@pytest.mark.parametrize(
    "path", ["/es/healthz", "/es/robots.txt", "/es/sitemap.xml", "/es/api/treatment-centers/"]
)
def test_addresses_for_machines_have_no_spanish_copy(client, path):
    assert client.get(path).status_code == 404


@pytest.mark.parametrize(("path", "other"), [("/privacy/", "/es/privacy/"), ("/es/privacy/", "/privacy/")])
def test_every_page_has_alternates_and_links_to_itself_in_the_other_language(
    client, site_content, path, other
):
    page = parse(client.get(path).content.decode())
    alternates = {
        link.attrs["hreflang"]: link.attrs["href"] for link in page.find_all("link", rel="alternate")
    }
    assert alternates == {
        "en": "http://testserver/privacy/",
        "es": "http://testserver/es/privacy/",
        "x-default": "http://testserver/privacy/",
    }
    link = page.find("a", **{"class": "language-link"})
    assert link.attrs["href"] == other
    assert link.attrs["lang"] == link.attrs["hreflang"] == ("es" if other.startswith("/es/") else "en")


def test_until_the_spanish_site_is_published_it_is_not_there(client, site_content, settings):
    settings.SPANISH_SITE = False
    assert client.get("/es/").status_code == 404
    page = parse(client.get("/privacy/").content.decode())
    assert not page.find_all("link", rel="alternate")
    assert page.find("a", **{"class": "language-link"}) is None
