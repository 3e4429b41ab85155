"""Failure that still helps: error pages need neither database nor cache,
and a database outage is a 503 that recovers by itself."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.db import OperationalError
from django.test import Client

from tests.support.html import parse

ROOT = Path(__file__).resolve().parents[2]
HELPLINE = 'href="tel:+18558264464"'
PUBLIC_LINES = ['href="tel:988"', 'href="tel:+18006624357"', 'href="tel:911"']

# Run in a fresh interpreter, so the site really starts against a database
# it cannot reach. Prints one JSON object per request.
OUTAGE_SCRIPT = r"""
import json, os, sys
import django
django.setup()
from django.core.management import call_command
from django.test import Client

client = Client(raise_request_exception=False)

def probe(label):
    for url in ["/", "/treatment/intensive-outpatient-programs/", "/treatment-centers/?location=10001",
                "/healthz", "/readyz"]:
        response = client.get(url)
        print(json.dumps({"phase": label, "url": url, "status": response.status_code,
                          "retry_after": response.get("Retry-After"),
                          "body": response.content.decode()}))

probe("down")
if sys.argv[1] == "recover":
    os.makedirs(os.path.dirname(os.environ["DATABASE_URL"].removeprefix("sqlite:///")))
    call_command("migrate", verbosity=0)
    call_command("load_site_content", verbosity=0)
    probe("up")
"""


def run_site(database_url, mode):
    env = {k: v for k, v in os.environ.items() if not k.startswith("DJANGO_")}
    env.update(
        DJANGO_SETTINGS_MODULE="iop_site.settings",
        DJANGO_SECRET_KEY="x" * 50,
        DJANGO_ALLOWED_HOSTS="testserver",
        DJANGO_SSL_REDIRECT="false",
        DJANGO_STATIC_STORAGE="plain",
        DJANGO_LOG_LEVEL="CRITICAL",
        DATABASE_URL=database_url,
    )
    result = subprocess.run(
        [sys.executable, "-c", OUTAGE_SCRIPT, mode],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    return [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]


def check_outage(responses):
    for response in responses:
        if response["url"] == "/healthz":
            assert response["status"] == 200
        elif response["url"] == "/readyz":
            assert response["status"] == 503
            assert json.loads(response["body"])["database"] == "unavailable"
        else:
            assert response["status"] == 503, response["url"]
            assert response["retry_after"] == "30"
            assert "briefly unavailable" in response["body"]
            assert HELPLINE in response["body"]
            for line in PUBLIC_LINES:
                assert line in response["body"]
            assert "Traceback" not in response["body"]


def test_with_the_database_unreachable_pages_answer_503_and_recover_without_a_restart(tmp_path):
    missing = tmp_path / "not-yet" / "db.sqlite3"
    responses = run_site(f"sqlite:///{missing}", "recover")
    check_outage([r for r in responses if r["phase"] == "down"])
    back = [r for r in responses if r["phase"] == "up"]
    assert [r["status"] for r in back] == [200, 200, 200, 200, 200]


def test_an_unreachable_postgresql_server_is_a_503_too():
    # Port 9 (discard) on loopback: nothing listens, so the connection is refused.
    check_outage(run_site("postgres://postgres@127.0.0.1:9/iop_site", "down"))


@pytest.mark.django_db
def test_any_page_failing_on_the_database_gets_the_503_page(site_content, monkeypatch):
    def unreachable(*args, **kwargs):
        raise OperationalError("connection refused")

    monkeypatch.setattr("programs.content.selectors.published_article", unreachable)
    response = Client(raise_request_exception=False).get(site_content.get_absolute_url())
    assert response.status_code == 503
    assert response["Retry-After"] == "30"


@pytest.mark.django_db
def test_an_ordinary_bug_is_a_500_page_that_still_shows_the_helplines(site_content, monkeypatch):
    def bug(*args, **kwargs):
        raise ZeroDivisionError

    monkeypatch.setattr("programs.content.selectors.published_article", bug)
    response = Client(raise_request_exception=False).get(site_content.get_absolute_url())
    assert response.status_code == 500
    html = response.content.decode()
    assert "Something went wrong on our side" in html and HELPLINE in html


@pytest.mark.django_db
def test_the_404_page_runs_no_query_and_shows_the_helplines(client, django_assert_num_queries):
    with django_assert_num_queries(0):
        response = client.get("/no-such-page/")
    assert response.status_code == 404
    page = parse(response.content.decode())
    assert page.find("h1").text == "We could not find that page"
    assert page.find("a", href="tel:+18558264464")


@pytest.mark.django_db
def test_the_fallback_helplines_match_the_seeded_database(site_content):
    from django.conf import settings

    from programs.calls.checks import fallback_matches_database
    from programs.calls.selectors import fallback_helplines

    assert fallback_helplines() == settings.HELPLINE_FALLBACK
    assert fallback_matches_database() == []


@pytest.mark.django_db
def test_a_spanish_address_gets_its_503_in_spanish_with_the_database_down(site_content, monkeypatch):
    def unreachable(*args, **kwargs):
        raise OperationalError("connection refused")

    monkeypatch.setattr("programs.content.selectors.published_article", unreachable)
    response = Client(raise_request_exception=False).get("/es" + site_content.get_absolute_url())
    assert response.status_code == 503
    page = parse(response.content.decode())
    assert page.find("html").attrs["lang"] == "es"
    assert "briefly unavailable" not in page.text  # the English sentence, translated
    assert "Línea 988 de Prevención del Suicidio y Crisis" in page.text  # the fallback file's Spanish words
    assert page.find("a", href="tel:988")


@pytest.mark.django_db
def test_a_spanish_404_is_in_spanish(client):
    page = parse(client.get("/es/no-existe/").content.decode())
    assert page.find("html").attrs["lang"] == "es"
    assert page.find("h1").text != "We could not find that page"
