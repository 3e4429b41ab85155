"""Production settings fail fast instead of falling back to insecure values."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def start(**env):
    """Load the settings in a fresh interpreter with only `env` configured."""
    clean = {k: v for k, v in os.environ.items() if not k.startswith("DJANGO_") and k != "SITE_URL"}
    clean.update(DJANGO_SETTINGS_MODULE="iop_site.settings", **env)
    return subprocess.run(
        [sys.executable, "-c", "import django; django.setup()"],
        cwd=ROOT,
        env=clean,
        capture_output=True,
        text=True,
        timeout=60,
    )


@pytest.mark.skipif((ROOT / ".env").exists(), reason="a local .env would supply the values under test")
def test_without_a_secret_key_the_site_refuses_to_start():
    result = start(DJANGO_ALLOWED_HOSTS="example.org", SITE_URL="https://example.org")
    assert result.returncode != 0
    assert "DJANGO_SECRET_KEY is not set" in result.stderr


@pytest.mark.skipif((ROOT / ".env").exists(), reason="a local .env would supply the values under test")
def test_without_allowed_hosts_the_site_refuses_to_start():
    result = start(DJANGO_SECRET_KEY="x" * 50, SITE_URL="https://example.org")
    assert result.returncode != 0
    assert "DJANGO_ALLOWED_HOSTS is not set" in result.stderr


@pytest.mark.skipif((ROOT / ".env").exists(), reason="a local .env would supply the values under test")
def test_without_a_site_url_the_site_refuses_to_start():
    result = start(DJANGO_SECRET_KEY="x" * 50, DJANGO_ALLOWED_HOSTS="example.org")
    assert result.returncode != 0
    assert "SITE_URL is not set" in result.stderr


@pytest.mark.parametrize("value", ["example.org", "https://example.org/guide", "ftp://example.org"])
def test_a_site_url_that_is_not_scheme_and_host_is_refused(value):
    result = start(DJANGO_SECRET_KEY="x" * 50, DJANGO_ALLOWED_HOSTS="example.org", SITE_URL=value)
    assert result.returncode != 0
    assert "SITE_URL must be a scheme and a host" in result.stderr


def test_with_all_three_set_the_site_starts():
    result = start(
        DJANGO_SECRET_KEY="x" * 50, DJANGO_ALLOWED_HOSTS="example.org", SITE_URL="https://example.org/"
    )
    assert result.returncode == 0, result.stderr


def test_debug_mode_starts_with_nothing_set():
    result = start(DJANGO_DEBUG="true")
    assert result.returncode == 0, result.stderr
