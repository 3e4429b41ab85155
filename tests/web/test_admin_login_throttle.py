"""Password guessing at the admin sign-in is slowed down."""

import pytest
from django.contrib.auth.models import User
from django.test import Client

pytestmark = pytest.mark.django_db
LOGIN = "/admin/login/"


@pytest.fixture
def editor():
    return User.objects.create_user("editor", password="the-right-password-123", is_staff=True)


def attempt(client, username, password="wrong-password"):
    return client.post(LOGIN, {"username": username, "password": password, "next": "/admin/"})


def test_five_failures_for_one_user_name_pause_its_sign_in(editor, settings):
    client = Client()
    for _ in range(settings.LOGIN_FAILURES_PER_USERNAME):
        assert attempt(client, "editor").status_code == 200  # the form again, with its error
    refused = attempt(client, "editor", "the-right-password-123")
    assert refused.status_code == 429
    assert "Too many failed sign-in attempts" in refused.content.decode()
    assert "_auth_user_id" not in client.session


def test_the_pause_also_covers_other_spellings_of_the_name(editor, settings):
    client = Client()
    for _ in range(settings.LOGIN_FAILURES_PER_USERNAME):
        attempt(client, "Editor")
    assert attempt(client, " EDITOR ").status_code == 429


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
