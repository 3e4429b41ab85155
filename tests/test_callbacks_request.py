"""“Have us call you”: a visitor asks for a call, consents to exactly what the
page says, and learns what happens next. Without JavaScript."""

import pytest
from django.test import Client
from django.urls import reverse

from programs.models import CallbackRequest, RoutingPartner
from tests.html import fetched_urls, form_data, parse

pytestmark = pytest.mark.django_db

URL = "/call-me/"
TYPED = "(202) 555-0143"
STORED = "+12025550143"


def the_form(page):
    return next(f for f in page.find_all("form") if f.attrs.get("action") == URL)


def filled_in(client, **changes):
    """The form as the page shows it, filled in and ticked as a visitor would."""
    page = parse(client.get(URL).content.decode())
    data = form_data(the_form(page))
    data.update({"phone": TYPED, "consent": "on", **changes})
    return data


def submit(client, **changes):
    return client.post(URL, filled_in(client, **changes))


def field_error(response, input_id):
    """The message shown inside the field's own block, next to the input."""
    page = parse(response.content.decode())
    block = page.by_id(input_id).parent
    error = block.find("p", class_="field-error")
    return error.text if error else None


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
        STORED, "Sam", "morning", "new")
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
    for typed, address in [("202.555.0143", "10.0.0.1"), ("+1 202 555 0143", "10.0.0.2"),
                           ("1-202-555-0143", "10.0.0.3")]:
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


@pytest.mark.parametrize("token", ["", "I agree to anything:1abc:forged", "garbage"])
def test_a_changed_or_missing_consent_statement_is_refused(site_content, client, token):
    response = submit(client, consent_token=token)
    assert response.status_code == 400
    assert field_error(response, "consent-label") == (
        "Please read the statement again and tick the box if you agree.")
    page = parse(response.content.decode())
    assert "checked" not in page.find("input", name="consent").attrs
    assert not CallbackRequest.objects.exists()


def test_without_consent_nothing_is_stored_and_the_box_says_why(site_content, client):
    data = filled_in(client)
    del data["consent"]
    response = client.post(URL, data)
    assert response.status_code == 400
    assert "Tick the box to agree to the call" in field_error(response, "consent-label")
    assert not CallbackRequest.objects.exists()


@pytest.mark.parametrize(("typed", "message"), [
    ("", "Enter the phone number we should call."),
    ("1-800-FLOWERS", "Use digits only"),
    ("202 555 CALL", "Use digits only"),
    ("555-0143", "That number is too short."),
    ("(202) 555-014", "That number is too short."),
    ("202 555 01431", "That number has too many digits."),
    ("+44 20 7946 0958", "We can only call U.S. phone numbers."),
    ("+1 416 555 0123", "We can only call U.S. phone numbers."),  # Canada shares +1
    ("(900) 555-0143", "premium-rate number"),
    ("(123) 456-7890", "That number does not exist."),
    ("(555) 555-5555", "That number does not exist."),
])
def test_a_number_we_cannot_call_gets_a_message_next_to_the_field(site_content, client, typed, message):
    response = submit(client, phone=typed)
    assert response.status_code == 400
    assert message in field_error(response, "id_phone")
    page = parse(response.content.decode())
    phone = page.by_id("id_phone")
    assert phone.attrs["value"] == typed  # what was typed is kept, to correct it
    assert phone.attrs["aria-invalid"] == "true"
    assert "phone-error" in phone.attrs["aria-describedby"]
    assert not CallbackRequest.objects.exists()


def test_numbers_in_us_territories_are_accepted(site_content, client):
    assert submit(client, phone="(787) 555-0143").status_code == 302  # Puerto Rico
    assert CallbackRequest.objects.get().phone == "+17875550143"


@pytest.mark.parametrize(("name", "message"), [
    ("Sam 2025550143", "no numbers"),
    ("S" * 41, "Please keep it short"),
])
def test_the_name_field_takes_a_short_name_only(site_content, client, name, message):
    response = submit(client, name=name)
    assert response.status_code == 400
    assert message in field_error(response, "id_name")
    assert not CallbackRequest.objects.exists()


def test_the_name_is_optional(site_content, client):
    assert submit(client, name="").status_code == 302
    assert CallbackRequest.objects.get().name == ""


def test_a_request_with_the_hidden_field_filled_is_not_stored(site_content, client):
    response = submit(client, website="http://spam.example")
    assert response.status_code == 400
    assert not CallbackRequest.objects.exists()


def test_a_request_without_a_csrf_token_is_refused(site_content):
    client = Client(enforce_csrf_checks=True)
    data = filled_in(client)
    del data["csrfmiddlewaretoken"]
    assert client.post(URL, data).status_code == 403
    assert not CallbackRequest.objects.exists()


def test_a_request_with_the_csrf_token_passes_csrf_checks(site_content):
    client = Client(enforce_csrf_checks=True)
    assert submit(client).status_code == 302


def assert_too_many(response):
    assert response.status_code == 429
    page = parse(response.content.decode())
    main = page.find("main")
    hrefs = {a.attrs["href"] for a in main.find_all("a")}
    assert {"tel:+18558264464", "tel:+18777460480", "tel:988"} <= hrefs  # direct and free lines
    assert len(page.find_all("h1")) == 1


def test_requests_are_limited_per_address(site_content, client):
    for last_digit in range(5):
        assert submit(client, phone=f"(202) 555-014{last_digit}").status_code == 302
    assert_too_many(submit(client, phone="(202) 555-0149"))
    assert CallbackRequest.objects.count() == 5
    assert submit(Client(REMOTE_ADDR="10.9.8.7"), phone="(202) 555-0149").status_code == 302


def test_failed_attempts_count_towards_the_address_limit(site_content, client):
    for _ in range(5):
        assert submit(client, phone="not a number").status_code == 400
    assert_too_many(submit(client))
    assert not CallbackRequest.objects.exists()


def test_requests_are_limited_per_phone_number_across_addresses(site_content):
    for address in ("10.0.0.1", "10.0.0.2", "10.0.0.3"):
        assert submit(Client(REMOTE_ADDR=address)).status_code == 302
    fourth = Client(REMOTE_ADDR="10.0.0.4")
    assert_too_many(submit(fourth, phone="202-555-0143"))  # the same number, typed differently
    assert CallbackRequest.objects.count() == 3
    assert submit(fourth, phone="(202) 555-0144").status_code == 302


def test_without_a_primary_partner_the_page_offers_the_numbers_instead(site_content, client):
    RoutingPartner.objects.filter(role="primary").update(role="additional")
    response = client.get(URL)
    assert response.status_code == 503
    page = parse(response.content.decode())
    assert not page.find("input", name="phone")
    assert page.find("main").find("a", href="tel:+18558264464")


def test_the_have_us_call_you_line_links_to_the_form(site_content, client):
    for url in ["/", site_content.get_absolute_url(), "/where-do-calls-go/"]:
        page = parse(client.get(url).content.decode())
        line = page.find("a", href="tel:+18777460480").parent
        assert line.find("a", class_="phone__callback").attrs["href"] == URL, url
        other = page.find("a", href="tel:+18558264464").parent
        assert other.find("a", class_="phone__callback") is None, url


def test_a_center_page_line_has_no_call_back_link(site_content, client):
    from tests.centers_factory import make_center, make_services

    make_services()
    center = make_center(codes=["OIT"])
    page = parse(client.get(center.get_absolute_url()).content.decode())
    assert page.find("main").find("a", class_="phone__callback") is None


def test_every_page_footer_links_to_the_privacy_notice(site_content, client):
    submit(client)
    for url in ["/", site_content.get_absolute_url(), "/where-do-calls-go/", "/treatment-centers/",
                URL, "/call-me/thanks/", "/privacy/"]:
        page = parse(client.get(url).content.decode())
        footer = page.find("footer", class_="site-footer")
        assert footer.find("a", href="/privacy/"), url


def test_the_callback_pages_have_one_h1_and_load_nothing_from_other_hosts(site_content, client):
    for url in [URL, "/call-me/thanks/", "/call-me/thanks/?time=<b>", "/privacy/"]:
        response = client.get(url)
        assert response.status_code == 200, url
        page = parse(response.content.decode())
        assert len(page.find_all("h1")) == 1, url
        for fetched in fetched_urls(page):
            assert fetched.startswith("/"), (url, fetched)


def test_the_privacy_notice_says_what_why_who_and_how_long(site_content, client):
    page = parse(client.get("/privacy/").content.decode())
    assert page.find("h1").text == "Privacy: what we collect and why"
    callback = page.by_id("callback-heading").parent.text
    for words in ["your phone number", "Why:", "call handlers who return the calls, at Niznik",
                  "30 days", "never contains your number or your name",
                  "not a condition of buying anything"]:
        assert words in callback, words
    assert "editors" in page.by_id("reports-heading").parent.text
    never = page.by_id("never-heading").parent.text
    assert "Sell or rent anything" in never and "analytics" in never
    assert page.find("main").find("a", href=URL)


def test_the_retention_period_shown_follows_the_setting(site_content, client, settings):
    settings.CALLBACK_RETENTION_DAYS = 14
    for url in [URL, "/privacy/"]:
        text = parse(client.get(url).content.decode()).find("main").text
        assert "14 days" in text and "30 days" not in text, url
