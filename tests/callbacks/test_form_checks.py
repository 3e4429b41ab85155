"""What the “Have us call you” form checks before it stores anything:
consent to the statement shown, a number we can call, a short name, no bots,
no forged posts, and not too many requests."""

import pytest
from django.test import Client

from programs.models import CallbackRequest
from tests.support.callbacks import URL, filled_in, submit
from tests.support.html import parse

pytestmark = pytest.mark.django_db


def field_error(response, input_id):
    """The message shown inside the field's own block, next to the input."""
    page = parse(response.content.decode())
    block = page.by_id(input_id).parent
    error = block.find("p", class_="field-error")
    return error.text if error else None


@pytest.mark.parametrize("token", ["", "I agree to anything:1abc:forged", "garbage"])
def test_a_changed_or_missing_consent_statement_is_refused(site_content, client, token):
    response = submit(client, consent_token=token)
    assert response.status_code == 400
    assert field_error(response, "consent-label") == (
        "Please read the statement again and tick the box if you agree."
    )
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


@pytest.mark.parametrize(
    ("typed", "message"),
    [
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
    ],
)
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


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("Sam 2025550143", "no numbers"),
        ("S" * 41, "Please keep it short"),
    ],
)
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
