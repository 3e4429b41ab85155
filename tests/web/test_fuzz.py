"""Property-based tests: arbitrary and hostile text in every GET parameter of
the public pages and the API, and in every field of the public forms, never
causes a 500, is never echoed unescaped, and a rejected form stores nothing."""

import itertools
import json

import pytest
from django.core.cache import cache
from django.test import Client
from django.urls import reverse
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from programs.models import ListingReport
from tests.support.centers import make_center, make_services

pytestmark = pytest.mark.django_db

PAYLOADS = [
    "<script>alert(1)</script>",
    '"><img src=x onerror=alert(1)>',
    "' OR 1=1 --",
    "10001'; DROP TABLE programs_treatmentcenter; --",
    "\x00",
    "10001\x00",
    "%00%0d%0a",
    "../../../../etc/passwd",
    "{{ 7*7 }}{% debug %}",
    "😀" * 50,
    "ZIP\u202e10001",
    "x" * 5000,
    "",
    " ",
]
hostile = st.one_of(st.sampled_from(PAYLOADS), st.text(max_size=200), st.text(min_size=300, max_size=3000))
FUZZ = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
MARKUP = set("<>\"'")
_visitors = itertools.count(1)


def assert_safe(response, *values):
    assert response.status_code < 500, response.status_code
    body = response.content.decode()
    for value in values:
        if MARKUP & set(value) and len(value) > 2:
            assert value not in body, "reflected unescaped"


def new_visitor():
    """A client address no earlier example used, and no attempts counted
    against any address or phone number, so that the rate limits (tested on
    their own elsewhere) answer no example and the form itself is fuzzed."""
    cache.clear()
    n = next(_visitors)
    return f"10.{n >> 16 & 255}.{n >> 8 & 255}.{n & 255}"


@pytest.fixture
def site(site_content):
    make_services()
    make_center(codes=["OIT", "MD"])
    return Client(raise_request_exception=False)


@FUZZ
@given(location=hostile, radius=hostile, services=st.lists(hostile, max_size=3), kind=hostile, page=hostile)
def test_finder_parameters(site, location, radius, services, kind, page):
    params = {"location": location, "radius": radius, "services": services, "type": kind, "page": page}
    for url in ("/treatment-centers/", "/api/treatment-centers/"):
        response = site.get(url, params)
        assert_safe(response, location, radius, kind, page, *services)
        if url.startswith("/api/"):
            json.loads(response.content)  # always valid JSON


@FUZZ
@given(name=st.sampled_from(["q", "location", "page", "utm_source", "x" * 50]), value=hostile)
def test_any_parameter_on_any_public_page(site, site_content, name, value):
    for url in (
        "/",
        site_content.get_absolute_url(),
        "/where-do-calls-go/",
        "/sponsored-listings/",
        "/treatment-centers/ny/",
        "/treatment-centers/ny/new-york/",
    ):
        assert_safe(site.get(url, {name: value}), value)


@FUZZ
@given(segment=hostile)
def test_arbitrary_paths(site, segment):
    for url in (
        f"/treatment/{segment}/",
        f"/treatment-centers/{segment}/",
        f"/treatment-centers/ny/{segment}/x/",
    ):
        assert_safe(site.get(url), segment)


@FUZZ
@given(
    reason=st.one_of(st.sampled_from(["closed", "wrong_phone"]), hostile),
    details=hostile,
    honeypot=st.one_of(st.just(""), hostile),
)
@example(reason="closed", details="They moved to Main Street.", honeypot="")  # the path that stores
def test_report_form_fields(site, reason, details, honeypot):
    address = new_visitor()
    center = make_center()
    before = ListingReport.objects.count()
    url = reverse("programs:center_report", args=["ny", center.city_slug, center.slug])
    response = site.post(
        url, {"reason": reason, "details": details, "website": honeypot}, REMOTE_ADDR=address
    )
    assert response.status_code != 429, "rate limited: the form was not fuzzed"
    assert_safe(response, reason, details)
    if response.status_code == 302:
        report = ListingReport.objects.latest("pk")
        assert report.reason in ListingReport.Reason.values and honeypot.strip() == ""
        assert ListingReport.objects.count() == before + 1
    else:
        assert ListingReport.objects.count() == before


@FUZZ
@given(
    phone=st.one_of(st.sampled_from(["(202) 555-0143", "+1 202 555 0143"]), hostile),
    name=hostile,
    best_time=st.one_of(st.sampled_from(["asap", "morning"]), hostile),
    consent=st.sampled_from(["", "on"]),
    token=st.one_of(st.just(None), hostile),
    honeypot=st.one_of(st.just(""), hostile),
)
@example(phone="(202) 555-0143", name="Ana", best_time="asap", consent="on", token=None, honeypot="")
def test_callback_form_fields(site, phone, name, best_time, consent, token, honeypot):
    from programs.models import CallbackRequest
    from tests.support.html import parse

    address = new_visitor()
    page = parse(site.get("/call-me/").content.decode())
    real_token = page.find("input", name="consent_token").attrs["value"]
    before = CallbackRequest.objects.count()
    response = site.post(
        "/call-me/",
        {
            "phone": phone,
            "name": name,
            "best_time": best_time,
            "consent": consent,
            "consent_token": real_token if token is None else token,
            "website": honeypot,
        },
        REMOTE_ADDR=address,
    )
    assert response.status_code != 429, "rate limited: the form was not fuzzed"
    assert_safe(response, phone, name, best_time)
    if response.status_code == 302:
        stored = CallbackRequest.objects.latest("pk")
        assert stored.phone.startswith("+1") and consent == "on" and not honeypot.strip()
        assert CallbackRequest.objects.count() == before + 1
    else:
        assert CallbackRequest.objects.count() == before
