"""What a proxy or browser may keep: pages that are the same for everyone say
`public` (with a lifetime for browsers and for shared caches) and carry no
cookie; forms, the admin and anything personal say `private, no-store`."""

import pytest
from django.test import Client

from tests.support.centers import make_center, make_services

pytestmark = pytest.mark.django_db


@pytest.fixture
def center(site_content):
    make_services()
    return make_center(name="Harbor Light Recovery", codes=("OIT", "MD"))


def public_urls(site_content, center):
    return [
        "/",
        site_content.get_absolute_url(),
        "/where-do-calls-go/",
        "/sponsored-listings/",
        "/privacy/",
        "/treatment-centers/",
        "/treatment-centers/?location=10001",
        "/treatment-centers/ny/",
        f"/treatment-centers/ny/{center.city_slug}/",
        center.get_absolute_url(),
    ]


def directives(response):
    return {part.strip().split("=")[0]: part.strip() for part in response.get("Cache-Control", "").split(",")}


def test_pages_the_same_for_everyone_may_be_kept_by_any_cache(site_content, center):
    for url in public_urls(site_content, center):
        for attempt in ("first", "cached"):
            response = Client().get(url)
            assert response.status_code == 200, url
            found = directives(response)
            assert "public" in found, (url, attempt, response.get("Cache-Control"))
            assert {"max-age", "s-maxage", "stale-while-revalidate"} <= found.keys(), (url, attempt)
            assert "private" not in found and "no-store" not in found, url
            assert not response.cookies, (url, attempt)
            assert "cookie" not in response.get("Vary", "").lower(), (url, attempt, response.get("Vary"))


def private_urls(center):
    report = center.get_absolute_url() + "report/"
    return [
        "/call-me/",
        "/call-me/thanks/?time=morning",
        report,
        "/admin/login/",
        "/treatment-centers/?location=Chicgo",  # an answer with the visitor's own words
        "/treatment-centers/?location=202-555-0143",
    ]


def test_forms_the_admin_and_personal_answers_are_never_stored(center):
    for url in private_urls(center):
        response = Client().get(url)
        found = directives(response)
        assert "private" in found and "no-store" in found, (url, response.get("Cache-Control"))
        assert "public" not in found, url


def test_a_form_post_answer_is_never_stored(center):
    response = Client().post(center.get_absolute_url() + "report/", {"details": "wrong"})
    assert response.status_code == 400
    found = directives(response)
    assert "private" in found and "no-store" in found


def test_static_files_keep_their_own_long_lifetime(client):
    response = client.get("/static/css/site.css")
    response.close()
    assert response.status_code == 200
    assert "no-store" not in response.get("Cache-Control", "")
