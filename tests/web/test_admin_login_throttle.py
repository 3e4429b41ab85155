"""Password guessing at the admin sign-in is slowed down, and nobody else's
failures can keep the real user from signing in."""

import pytest
from django.contrib.auth.models import User
from django.test import Client

from programs.web import login_throttle

pytestmark = pytest.mark.django_db
LOGIN = "/admin/login/"
RIGHT = "the-right-password-123"


@pytest.fixture
def editor():
    return User.objects.create_user("editor", password=RIGHT, is_staff=True)


@pytest.fixture(autouse=True)
def pauses(monkeypatch):
    """The delays asked for, in seconds, instead of waiting them out."""
    asked = []
    monkeypatch.setattr(login_throttle, "sleep", asked.append)
    return asked


def attempt(client, username, password="wrong-password"):
    return client.post(LOGIN, {"username": username, "password": password, "next": "/admin/"})


def from_address(n):
    return Client(REMOTE_ADDR=f"198.51.100.{n}")


def test_repeated_failures_for_one_user_from_one_address_pause_that_pair(editor, settings):
    client = Client()
    for _ in range(settings.LOGIN_FAILURES_PER_USER_AND_ADDRESS):
        assert attempt(client, "editor").status_code == 200  # the form again, with its error
    refused = attempt(client, "editor", RIGHT)
    assert refused.status_code == 429
    assert "Too many failed sign-in attempts" in refused.content.decode()
    assert "_auth_user_id" not in client.session


def test_the_pause_also_covers_other_spellings_of_the_name(editor, settings):
    client = Client()
    for _ in range(settings.LOGIN_FAILURES_PER_USER_AND_ADDRESS):
        attempt(client, "Editor")
    assert attempt(client, " EDITOR ").status_code == 429


def test_failures_from_other_addresses_do_not_keep_the_user_out(editor, settings):
    attackers = settings.LOGIN_FAILURES_PER_USERNAME * 3 // settings.LOGIN_FAILURES_PER_USER_AND_ADDRESS + 1
    for n in range(attackers):
        client = from_address(n)
        for _ in range(settings.LOGIN_FAILURES_PER_USER_AND_ADDRESS):
            attempt(client, "editor")
        assert attempt(client, "editor", RIGHT).status_code == 429
    own_address = Client(REMOTE_ADDR="192.0.2.44")
    response = attempt(own_address, "editor", RIGHT)
    assert response.status_code == 302 and response["Location"] == "/admin/"


def test_a_user_name_failing_from_many_addresses_is_answered_slowly(editor, settings, pauses):
    for n in range(settings.LOGIN_FAILURES_PER_USERNAME):
        attempt(from_address(n), "editor")
    assert pauses == []
    assert attempt(from_address(200), "editor").status_code == 200
    assert pauses == [settings.LOGIN_FAILURE_DELAY_SECONDS]
    assert 0 < settings.LOGIN_FAILURE_DELAY_SECONDS <= 1
    # The right password is not made to wait.
    assert attempt(from_address(201), "editor", RIGHT).status_code == 302
    assert pauses == [settings.LOGIN_FAILURE_DELAY_SECONDS]


def test_an_address_rotating_a_spoofed_forwarded_for_is_still_paused(editor, settings):
    settings.RATE_LIMIT_CLIENT_HEADER = "HTTP_X_FORWARDED_FOR"
    settings.RATE_LIMIT_TRUSTED_PROXIES = 1
    client = Client(REMOTE_ADDR="10.0.0.1")

    def spoofed(n, password="wrong-password"):
        return client.post(
            LOGIN,
            {"username": f"guess-{n}", "password": password, "next": "/admin/"},
            HTTP_X_FORWARDED_FOR=f"203.0.113.{n}, 198.51.100.7",
        )

    for n in range(settings.LOGIN_FAILURES_PER_ADDRESS):
        spoofed(n)
    assert spoofed(99).status_code == 429


def test_one_address_guessing_many_names_is_paused(editor, settings):
    client = Client()
    for n in range(settings.LOGIN_FAILURES_PER_ADDRESS):
        attempt(client, f"guess-{n}")
    assert attempt(client, "editor", "the-right-password-123").status_code == 429
    other_address = Client(REMOTE_ADDR="192.0.2.44")
    assert attempt(other_address, "editor", "the-right-password-123").status_code == 302


def test_a_right_password_before_the_limit_signs_in(editor):
    client = Client()
    attempt(client, "editor")
    response = attempt(client, "editor", "the-right-password-123")
    assert response.status_code == 302 and response["Location"] == "/admin/"


def test_the_admin_path_can_be_moved(settings):
    import importlib

    from django.urls import clear_url_caches

    import iop_site.urls

    settings.ADMIN_URL = "staff-only-7f3a/"
    clear_url_caches()
    importlib.reload(iop_site.urls)
    try:
        client = Client()
        assert client.get("/staff-only-7f3a/login/").status_code == 200
        assert client.get("/admin/login/").status_code == 404
    finally:
        settings.ADMIN_URL = "admin/"
        clear_url_caches()
        importlib.reload(iop_site.urls)
