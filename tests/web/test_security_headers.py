"""The response headers a careful public site sends (Mozilla Observatory's
tests), and a production configuration Django's deployment check accepts."""

import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.test import Client

from tests.support.html import parse

pytestmark = pytest.mark.django_db
ROOT = Path(__file__).resolve().parents[2]


def directives(header):
    return {part.split()[0]: part.split()[1:] for part in header.split("; ")}


def test_every_page_sends_a_strict_content_security_policy(site_content, client):
    for url in ["/", site_content.get_absolute_url(), "/treatment-centers/", "/where-do-calls-go/", "/nope/"]:
        policy = directives(client.get(url)["Content-Security-Policy"])
        assert policy["default-src"] == ["'self'"], url
        assert policy["script-src"] == ["'self'"] and policy["style-src"] == ["'self'"], url
        assert policy["object-src"] == ["'none'"] and policy["base-uri"] == ["'none'"], url
        assert policy["frame-ancestors"] == ["'none'"] and policy["form-action"] == ["'self'"], url
        assert not any("unsafe" in value for values in policy.values() for value in values), url


def test_the_other_security_headers_are_set(site_content, client):
    response = client.get("/")
    assert response["X-Frame-Options"] == "DENY"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "same-origin"
    assert response["Cross-Origin-Opener-Policy"] == "same-origin"
    features = dict(item.split("=") for item in response["Permissions-Policy"].split(", "))
    for feature in ("geolocation", "camera", "microphone", "payment", "browsing-topics"):
        assert features[feature] == "()"
    assert "interest-cohort" not in features  # FLoC is gone; no browser reads it


def test_production_redirects_to_https_and_pins_it(site_content, settings):
    settings.SECURE_SSL_REDIRECT = True
    settings.SECURE_HSTS_SECONDS = 31_536_000
    client = Client()
    response = client.get("/")
    assert response.status_code == 301 and response["Location"] == "https://testserver/"
    secure = client.get("/", secure=True)
    assert secure.status_code == 200
    assert secure["Strict-Transport-Security"] == "max-age=31536000; includeSubDomains"


def test_cookies_are_secure_and_hidden_from_scripts(site_content, settings, client):
    settings.CSRF_COOKIE_SECURE = True
    center_form_page = client.get("/admin/login/")
    cookie = center_form_page.cookies["csrftoken"]
    assert cookie["secure"] and cookie["httponly"]


def no_inline_code(html):
    page = parse(html)
    data_blocks = {"application/json", "application/ld+json"}  # never executed
    inline_scripts = [
        s for s in page.find_all("script") if "src" not in s.attrs and s.attrs.get("type") not in data_blocks
    ]
    styled = [e.tag for e in page.iter() if "style" in e.attrs]
    return inline_scripts == [] and styled == [] and page.find_all("style") == []


def test_no_page_needs_inline_script_or_style(site_content, client):
    for url in [
        "/",
        site_content.get_absolute_url(),
        "/where-do-calls-go/",
        "/treatment-centers/",
        "/treatment-centers/?location=10001",
        "/nope/",
    ]:
        assert no_inline_code(client.get(url).content.decode()), url


def test_the_admin_works_under_the_policy(site_content, admin_client):
    for url in [
        "/admin/",
        "/admin/programs/article/",
        f"/admin/programs/article/{site_content.pk}/change/",
        "/admin/programs/helplinenumber/add/",
        "/admin/programs/treatmentcenter/add/",
    ]:
        response = admin_client.get(url)
        assert response.status_code == 200, url
        assert "Content-Security-Policy" in response, url
        assert no_inline_code(response.content.decode()), url


def test_djangos_deployment_check_finds_nothing_in_a_production_setup(tmp_path):
    env = {k: v for k, v in os.environ.items() if not k.startswith("DJANGO_")}
    env.update(
        DJANGO_SETTINGS_MODULE="iop_site.settings",
        DJANGO_SECRET_KEY="a-production-like-secret-" + "k3y" * 20,
        DJANGO_ALLOWED_HOSTS="iop.example.org",
        SITE_URL="https://iop.example.org",
        DJANGO_PROXY_SSL_HEADER="HTTP_X_FORWARDED_PROTO,https",
        EMAIL_URL="smtp+tls://mailer:password@smtp.example.org:587",
        DATABASE_URL=f"sqlite:///{tmp_path / 'deploy.sqlite3'}",
    )
    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues" in result.stdout
