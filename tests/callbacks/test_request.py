"""“Have us call you”: a visitor asks for a call, consents to exactly what the
page says, and learns what happens next. Without JavaScript."""

import pytest
from django.test import Client
from django.urls import reverse

from programs.models import CallbackRequest, RoutingPartner
from tests.support.callbacks import TYPED, URL, submit, the_form
from tests.support.html import form_data, parse

pytestmark = pytest.mark.django_db

STORED = "+12025550143"


def test_the_page_asks_for_a_number_a_time_and_consent(site_content, client):
    page = parse(client.get(URL).content.decode())
    assert page.find("h1").text == "Have us call you"
    form = the_form(page)
    assert form.attrs["method"] == "post"
    assert form.find("input", name="csrfmiddlewaretoken")
    phone = form.find("input", name="phone")
    assert (phone.attrs["type"], phone.attrs["autocomplete"]) == ("tel", "tel")
    times = [label.text for label in form.find("fieldset").find_all("label")]
    assert times == ["As soon as possible", "Morning", "Afternoon", "Evening"]
    executable = [s for s in page.find_all("script") if s.attrs.get("type") != "application/ld+json"]
    assert executable == []  # works without JavaScript (JSON-LD is data, not script)


def test_the_consent_box_names_the_caller_the_subject_and_the_privacy_notice(site_content, client):
    page = parse(client.get(URL).content.decode())
    label = page.by_id("consent-label")
    assert label.find("input", type="checkbox", name="consent")
    assert "Niznik Behavioral Health, our paid partner, may call me" in label.text
    assert "about treatment options" in label.text
    assert "not a condition of buying anything" in label.text
    assert label.find("a", href=reverse("programs:privacy")).text == "privacy notice"


def test_a_request_is_stored_and_the_visitor_is_told_what_happens_next(site_content, client):
    response = submit(client, name="Sam", best_time=["morning"])
    assert response.status_code == 302
    assert response["Location"] == "/call-me/thanks/?time=morning"
    request = CallbackRequest.objects.get()
    assert (request.phone, request.name, request.best_time, request.status) == (
        STORED,
        "Sam",
        "morning",
        "new",
    )
    assert request.consented_at is not None and request.handled_by is None

    page = parse(client.get(response["Location"]).content.decode())
    steps = page.by_id("next-heading").parent
    assert "call handlers at Niznik Behavioral Health" in steps.text
    assert "They will call you in the morning, your time." in steps.text
    assert steps.find("a", href="tel:+18777460480")  # the call-back line, from the database
    assert page.find("main").find("a", href="tel:+18558264464")  # call now instead
    public = page.by_id("help-now-heading").parent
    assert {"tel:988", "tel:+18006624357", "tel:911"} <= {a.attrs["href"] for a in public.find_all("a")}


def test_the_confirmation_never_carries_the_number(site_content, client):
    response = submit(client)
    assert "555" not in response["Location"] and "0143" not in response["Location"]
    html = client.get(response["Location"]).content.decode()
    assert "0143" not in html


def test_a_number_typed_any_usual_way_is_stored_as_e164(site_content, client):
    for typed, address in [
        ("202.555.0143", "10.0.0.1"),
        ("+1 202 555 0143", "10.0.0.2"),
        ("1-202-555-0143", "10.0.0.3"),
    ]:
        assert submit(Client(REMOTE_ADDR=address), phone=typed).status_code == 302
    assert set(CallbackRequest.objects.values_list("phone", flat=True)) == {STORED}


def test_the_stored_consent_text_is_the_label_the_page_showed(site_content, client):
    page = parse(client.get(URL).content.decode())
    shown = page.by_id("consent-label").text
    data = form_data(the_form(page)) | {"phone": TYPED, "consent": "on"}
    assert client.post(URL, data).status_code == 302
    assert CallbackRequest.objects.get().consent_text == shown


def test_a_partner_renamed_while_the_page_was_open_does_not_change_what_is_stored(site_content, client):
    page = parse(client.get(URL).content.decode())
    shown = page.by_id("consent-label").text
    RoutingPartner.objects.filter(role="primary").update(name="Renamed Partner")
    data = form_data(the_form(page)) | {"phone": TYPED, "consent": "on"}
    assert client.post(URL, data).status_code == 302
    stored = CallbackRequest.objects.get().consent_text
    assert stored == shown and "Niznik Behavioral Health" in stored
    assert "Renamed Partner" in parse(client.get(URL).content.decode()).by_id("consent-label").text
