"""Requests a hostile client might send get the right 4xx, never a 500."""

import pytest
from django.test import Client
from django.urls import reverse

from programs.models import ListingReport
from tests.support.centers import make_center

pytestmark = pytest.mark.django_db


def test_an_unknown_host_header_is_a_400(site_content):
    response = Client(HTTP_HOST="evil.example", raise_request_exception=False).get("/")
    assert response.status_code == 400


@pytest.mark.parametrize(
    "url",
    [
        "/",
        "/treatment/intensive-outpatient-programs/",
        "/treatment-centers/",
        "/where-do-calls-go/",
        "/api/treatment-centers/?location=10001",
    ],
)
def test_methods_a_page_does_not_take_are_405(site_content, client, url):
    assert client.delete(url).status_code == 405
    assert client.put(url).status_code == 405


def test_an_oversized_body_is_refused_and_nothing_is_stored(site_content, client, settings):
    center = make_center()
    settings.DATA_UPLOAD_MAX_MEMORY_SIZE = 1000
    client.raise_request_exception = False
    url = reverse("programs:center_report", args=["ny", center.city_slug, center.slug])
    response = client.post(url, {"details": "x" * 5000, "reason": "closed"})
    assert response.status_code == 400
    assert not ListingReport.objects.exists()


def test_a_form_post_without_its_csrf_token_is_a_403(site_content):
    client = Client(enforce_csrf_checks=True)
    assert client.post("/admin/login/", {"username": "a", "password": "b"}).status_code == 403
