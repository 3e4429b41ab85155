"""Every absolute URL comes from settings.SITE_URL, never from the request's
Host header: Django checks the host name against ALLOWED_HOSTS but not the
port, so `Host: localhost:6666` passes, and whatever a page builds from it
is cached for everyone."""

import json

import pytest
from django.core import mail

from tests.support.callbacks import submit
from tests.support.centers import make_center, make_services
from tests.support.html import parse

SITE = "https://iop.example.org"
HOSTILE = {"HTTP_HOST": "localhost:6666"}


@pytest.fixture(autouse=True)
def site_url(settings):
    settings.SITE_URL = SITE


@pytest.fixture
def center(site_content):
    make_services()
    return make_center(name="Harbor Light Recovery", codes=("OIT", "MD"))


def absolute_urls(html):
    """The canonical link, og:url and every URL of ours in the page's JSON-LD
    (citations link to other sites)."""
    page = parse(html)
    found = [page.find("link", rel="canonical").attrs["href"]]
    found += [m.attrs["content"] for m in page.find_all("meta") if m.attrs.get("property") == "og:url"]

    def walk(value):
        if isinstance(value, dict):
            for key, item in value.items():
                if key == "citation":
                    continue
                if key in ("url", "item") and isinstance(item, str):
                    found.append(item)
                walk(item)
        elif isinstance(value, list):
            for item in value:
                walk(item)

    for script in page.find_all("script", type="application/ld+json"):
        walk(json.loads(script.raw_text))
    return found


def pages(site_content, center):
    return ["/privacy/", site_content.get_absolute_url(), center.get_absolute_url(), "/where-do-calls-go/"]


def test_a_hostile_host_header_never_reaches_a_page_or_its_cached_copy(site_content, center, client):
    for url in pages(site_content, center):
        for _ in range(3):
            assert client.get(url, **HOSTILE).status_code == 200, url
        for headers in (HOSTILE, {}):  # the cached copy, and a fresh visitor
            html = client.get(url, **headers).content.decode()
            assert "6666" not in html, url
            urls = absolute_urls(html)
            assert len(urls) >= 2, url
            assert all(u.startswith(SITE + "/") for u in urls), (url, urls)


def test_the_canonical_link_is_the_page_on_the_site_url(site_content, client):
    html = client.get("/privacy/", **HOSTILE).content.decode()
    assert parse(html).find("link", rel="canonical").attrs["href"] == SITE + "/privacy/"


def test_robots_txt_names_the_sitemap_on_the_site_url(client):
    body = client.get("/robots.txt", **HOSTILE).content.decode()
    assert f"Sitemap: {SITE}/sitemap.xml" in body.splitlines()
    assert "6666" not in body


def test_the_api_gives_center_urls_on_the_site_url(center, client):
    response = client.get("/api/treatment-centers/", {"location": "10001"}, **HOSTILE)
    assert response.status_code == 200
    urls = [r["url"] for r in response.json()["results"]]
    assert urls == [SITE + center.get_absolute_url()]


def test_the_call_handlers_email_links_to_the_admin_on_the_site_url(site_content, client, settings):
    settings.CALLBACK_NOTIFY_EMAIL = "handlers@example.org"
    data_client = client
    data_client.defaults.update(HOSTILE)
    assert submit(data_client).status_code == 302
    [email] = mail.outbox
    assert f"{SITE}/admin/programs/callbackrequest/" in email.body
    assert "6666" not in email.body
