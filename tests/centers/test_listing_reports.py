"""Reporting a listing as wrong, on its own page: the center page itself
stays the same for everyone (no form, no CSRF token, no cookie)."""

import pytest
from django.test import Client
from django.urls import reverse

from programs.models import ListingReport
from tests.support.centers import make_center, make_services
from tests.support.html import parse

pytestmark = pytest.mark.django_db


@pytest.fixture
def center(site_content):
    make_services()
    return make_center(name="Harbor Light Recovery", city="Saint Louis", state="MO", zip="63101")


def test_the_center_page_links_to_the_report_page_and_has_no_form_to_type_in(center, client):
    """A cached page: no CSRF token, and the only form is the one-click
    "I couldn't reach them" button (tests/centers/test_confirmed_access.py)."""
    response = client.get(center.get_absolute_url())
    page = parse(response.content.decode())
    (form,) = page.find_all("form", method="post")
    assert form.attrs["action"].endswith("/unreachable/")
    assert not form.find_all("input") and not form.find_all("textarea")
    assert "csrfmiddlewaretoken" not in response.content.decode()
    link = page.by_id("report").find("a")
    assert link.attrs["href"] == report_url(center)
    assert link.text.lower() == "report incorrect information"


def test_the_report_page_names_the_center_and_has_the_form(center, client):
    response = client.get(report_url(center))
    assert response.status_code == 200
    page = parse(response.content.decode())
    assert "Harbor Light Recovery" in page.find("h1").text
    form = page.find("form", method="post")
    assert form.attrs["action"] == report_url(center)
    assert form.find("input", name="csrfmiddlewaretoken")
    assert page.find("a", href=center.get_absolute_url())
    assert page.find("meta", name="robots").attrs["content"] == "noindex"


def test_the_report_page_of_an_unknown_center_is_404(center, client):
    url = reverse("programs:center_report", args=["mo", "saint-louis", "nope"])
    assert client.get(url).status_code == 404


def report_url(center):
    return reverse("programs:center_report", args=["mo", center.city_slug, center.slug])


def test_a_report_is_stored_for_editors(center, client):
    response = client.post(
        report_url(center), {"reason": "wrong_phone", "details": "Number is (314) 555-0123"}
    )
    assert response.status_code == 302
    assert response["Location"] == report_url(center) + "?sent=1"
    report = ListingReport.objects.get()
    assert (report.center, report.reason, report.status) == (center, "wrong_phone", "new")
    page = parse(client.get(response["Location"]).content.decode())
    assert "An editor will check this listing." in page.find("main").text
    assert page.find("form", method="post") is None
    assert page.find("a", href=center.get_absolute_url())


def test_a_report_without_a_reason_keeps_what_was_typed(center, client):
    response = client.post(report_url(center), {"details": "Something is off"})
    assert response.status_code == 400
    page = parse(response.content.decode())
    assert "This field is required." in page.find("form").text
    assert page.find("textarea").raw_text.strip() == "Something is off"
    assert not ListingReport.objects.exists()


def test_a_report_with_the_hidden_field_filled_is_not_stored(center, client):
    client.post(report_url(center), {"reason": "closed", "website": "http://spam.example"})
    assert not ListingReport.objects.exists()


def test_a_report_without_a_csrf_token_is_refused(center):
    client = Client(enforce_csrf_checks=True)
    assert client.post(report_url(center), {"reason": "closed"}).status_code == 403
    assert not ListingReport.objects.exists()


def test_reports_are_rate_limited_per_address(center, client):
    for _ in range(5):
        assert client.post(report_url(center), {"reason": "closed"}).status_code == 302
    response = client.post(report_url(center), {"reason": "closed"})
    assert response.status_code == 429
    assert "tel:+18558264464" in response.content.decode()
    assert ListingReport.objects.count() == 5
    other = Client(REMOTE_ADDR="10.9.8.7")
    assert other.post(report_url(center), {"reason": "closed"}).status_code == 302


def test_the_report_form_does_not_offer_the_one_click_reason(center, client):
    page = parse(client.get(report_url(center)).content.decode())
    reasons = [radio.attrs["value"] for radio in page.find_all("input", name="reason")]
    assert "unreachable" not in reasons and "wrong_phone" in reasons
    assert client.post(report_url(center), {"reason": "unreachable", "details": ""}).status_code == 400
    assert not ListingReport.objects.exists()
