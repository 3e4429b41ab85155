"""Real-browser tests: Playwright drives Debian's Chromium against a live server.

Never a browser download: Chromium comes from apt (`apt-get install chromium`)
and is launched by path. Without Chromium or the playwright package these tests
skip with the reason; with REQUIRE_BROWSER_TESTS=1 (CI) that skip is a failure.
"""

import io
import os
import shutil
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from django.core.management import call_command

from programs.content.services import site_content_load
from tests.browser.helpers import WIDE

CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]

_skipped_because = []


def find_chromium():
    """CHROMIUM_PATH if set (another distribution's browser), else Debian's."""
    path = os.environ.get("CHROMIUM_PATH") or shutil.which("chromium") or "/usr/bin/chromium"
    return path if Path(path).is_file() else None


def missing_browser():
    """Why the browser tests cannot run here, or None when they can."""
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return "the playwright package is not installed (pip install -r requirements-dev.txt)"
    if not find_chromium():
        return (
            f"Chromium was not found at {os.environ.get('CHROMIUM_PATH') or '/usr/bin/chromium'} "
            "or on PATH (apt-get install chromium)"
        )
    return None


def pytest_terminal_summary(terminalreporter):
    if _skipped_because:
        terminalreporter.write_line(
            f"BROWSER TESTS SKIPPED: {_skipped_because[0]}. "
            "Set REQUIRE_BROWSER_TESTS=1 to make this a failure.",
            yellow=True,
            bold=True,
        )


@pytest.fixture(scope="package")
def browser():
    """One Chromium for the whole folder; each test gets its own context."""
    reason = missing_browser()
    if reason:
        if os.environ.get("REQUIRE_BROWSER_TESTS") == "1":
            pytest.fail(f"Browser tests are required (REQUIRE_BROWSER_TESTS=1) but {reason}", pytrace=False)
        _skipped_because.append(reason)
        pytest.skip(f"Browser tests skipped: {reason}")

    from playwright.sync_api import sync_playwright

    # Playwright's sync API keeps an asyncio loop registered as running on
    # this thread while it is started, so Django's async-safety check would
    # refuse every ORM call the test makes (loading data, checking a saved
    # request, pytest-django's flush between tests). The calls really are
    # synchronous; allow them only while the browser is up.
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
        with sync_playwright() as playwright:
            chromium = playwright.chromium.launch(executable_path=find_chromium(), args=CHROMIUM_FLAGS)
            yield chromium
            chromium.close()


@pytest.fixture(scope="session")
def live_server(django_db_setup, live_server):
    """pytest-django's live server, started after the test database exists.

    Started before it, the server sees SQLite's file settings rather than the
    in-memory test database, so it does not share the test's connection and
    each request thread opens one that is never closed (ResourceWarning).
    """
    return live_server


@pytest.fixture
def site(browser, live_server):
    """The live server's address, with the starting content and the demo centers loaded."""
    site_content_load()
    call_command("load_demo_centers", stdout=io.StringIO())
    return live_server.url


@pytest.fixture
def context(browser, site):
    """A fresh browser profile (empty cache, no cookies) at desktop width.

    Records every request the browser makes and everything the page's
    Content-Security-Policy refused; after the test, fails if any request went
    to a host other than the test server (no CDN, font, analytics, map) or if
    a page did something the policy blocked (inline style, off-site load).
    """
    requests_seen, refused = [], []
    context = browser.new_context(base_url=site, viewport=WIDE, reduced_motion="reduce")
    context.set_default_timeout(10_000)
    context.on("request", lambda request: requests_seen.append(request.url))
    context.on(
        "console",
        lambda message: refused.append(message.text) if "Content Security Policy" in message.text else None,
    )
    yield context
    context.close()
    assert_only_local(requests_seen, site)
    assert not refused, "The page did what its Content-Security-Policy forbids:\n" + "\n".join(refused)


@pytest.fixture
def page(context):
    return context.new_page()


def assert_only_local(urls, site):
    local = urlsplit(site).netloc
    offsite = [
        url
        for url in urls
        if urlsplit(url).scheme in {"http", "https", "ws", "wss"} and urlsplit(url).netloc != local
    ]
    assert not offsite, f"The browser requested other hosts than {local}:\n" + "\n".join(offsite)
