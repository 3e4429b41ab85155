"""Pages that are the same for everyone are served from the cache, and an
editor's change shows on the very next request."""

import pytest
from django.contrib.auth.models import User
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from programs.centers.importers.report import ImportReport
from programs.centers.importers.upsert import CenterRecord, upsert_centers
from programs.models import Section, TreatmentCenter
from tests.support.admin import submit
from tests.support.centers import make_center, make_services
from tests.support.html import parse

pytestmark = pytest.mark.django_db(transaction=True)  # on_commit hooks must run


def queries(client, url):
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200
    return len(captured), response.content.decode()


def test_a_second_visit_to_the_article_runs_no_query(site_content, client):
    url = site_content.get_absolute_url()
    first, html = queries(client, url)
    second, cached = queries(client, url)
    assert first > 0 and second == 0
    assert cached == html


def test_an_editors_save_in_the_admin_shows_on_the_next_request(site_content, client):
    url = site_content.get_absolute_url()
    client.get(url)
    editor = User.objects.create_superuser("boss", password="a-long-test-password")
    admin = type(client)()
    admin.force_login(editor)
    section = Section.objects.get(anchor="group-therapy")
    response = submit(
        admin,
        reverse("admin:programs_section_change", args=[section.pk]),
        {"heading_en": "Therapy in groups"},
    )
    assert response.status_code == 302
    assert "Therapy in groups" in client.get(url).content.decode()


def test_a_changed_helpline_reaches_pages_cached_before(site_content, client):
    from programs.models import HelplineNumber

    client.get("/")
    line = HelplineNumber.objects.get(number="+18558264464")
    line.number = "+12025550143"
    line.save()
    html = client.get("/").content.decode()
    assert "tel:+12025550143" in html and "tel:+18558264464" not in html


def test_the_finder_reuses_the_cached_header_and_footer(site_content, client):
    make_services()
    make_center()
    client.get("/treatment-centers/?location=10001")
    count, _ = queries(client, "/treatment-centers/?location=10001")
    assert count <= 3  # the search itself; no helpline or disclosure query


def test_a_bulk_import_marks_cached_center_pages_stale(site_content, client):
    make_services()
    center = make_center(name="Before Import")

    def heading():
        return parse(client.get(center.get_absolute_url()).content.decode()).find("h1").text

    assert heading() == "Before Import"
    record = CenterRecord(key=center.source_key, fields={"name": "After Import"}, codes={"OIT"})
    upsert_centers([record], report=ImportReport())
    assert TreatmentCenter.objects.get(pk=center.pk).name == "After Import"
    assert heading() == "After Import"


def test_pages_with_a_query_string_are_not_served_from_the_page_cache(site_content, client):
    url = site_content.get_absolute_url()
    client.get(url)
    count, _ = queries(client, url + "?utm_source=newsletter")
    assert count > 0


def test_the_finder_remembers_resolved_places_and_misspellings(site_content, monkeypatch):
    from programs.centers import places

    calls = []
    real = places.resolve
    monkeypatch.setattr(places, "resolve", lambda text: calls.append(text) or real(text))
    assert places.resolve_cached("10001") == places.resolve_cached(" 10001 ")
    with pytest.raises(places.LocationError) as first:
        places.resolve_cached("Albuquerqe")
    with pytest.raises(places.LocationError) as second:
        places.resolve_cached("albuquerqe")
    assert first.value.suggestions == second.value.suggestions == ["Albuquerque, NM"]
    assert calls == ["10001", "Albuquerqe"]


def test_a_cached_center_page_is_the_same_for_everyone_and_the_report_form_works(site_content):
    from django.test import Client

    from programs.models import ListingReport

    make_services()
    center = make_center()
    url = center.get_absolute_url()
    first, second = Client(enforce_csrf_checks=True), Client(enforce_csrf_checks=True)
    cached = first.get(url).content  # fills the cache
    with CaptureQueriesContext(connection) as captured:
        response = second.get(url)
    assert len(captured) == 0  # served from the cache
    assert response.content == cached and not response.cookies
    report = reverse("programs:center_report", args=["ny", center.city_slug, center.slug])
    form = second.get(report)
    token = parse(form.content.decode()).find("input", name="csrfmiddlewaretoken").attrs["value"]
    response = second.post(report, {"reason": "closed", "csrfmiddlewaretoken": token})
    assert response.status_code == 302
    assert ListingReport.objects.filter(center=center).count() == 1


def test_the_same_search_twice_is_served_from_the_cache(site_content, client):
    make_services()
    make_center()
    url = "/treatment-centers/?location=10001&services=OIT"
    first = client.get(url).content
    count, html = queries(client, url)
    assert count == 0 and html.encode() == first
