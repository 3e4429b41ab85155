"""The article page stays light on a first visit and nothing blocks its rendering.

The design's budget: HTML + CSS + JS at most 30 KB (30,000 bytes) compressed.
The live test server compresses nothing (no GZipMiddleware; in production the
proxy compresses HTML and WhiteNoise serves pre-compressed CSS), so the HTML
is counted as gzip at level 6 of the body the browser received, and CSS and
JS as the bytes actually transferred: uncompressed here, so an upper bound.
"""

import gzip

import pytest
from django.urls import reverse

pytestmark = pytest.mark.browser

BUDGET_BYTES = 30 * 1000
COUNTED = {"document", "stylesheet", "script"}


def first_view(page, url):
    """Load `url` in a fresh profile; return (resource type, url, bytes counted) per response."""
    responses = []
    page.on("response", lambda response: responses.append(response))
    page.goto(url, wait_until="load")
    weights = []
    for response in responses:
        kind = response.request.resource_type
        if kind not in COUNTED:
            continue
        encoded = response.request.sizes()["responseBodySize"]
        if kind == "document" and not response.header_value("content-encoding"):
            encoded = len(gzip.compress(response.body(), compresslevel=6))
        weights.append((kind, response.url, encoded))
    return weights


def test_the_article_page_is_at_most_30_kb_compressed_on_first_view(page):
    weights = first_view(page, reverse("programs:article", kwargs={"slug": "intensive-outpatient-programs"}))
    kinds = {kind for kind, _, _ in weights}
    assert {"document", "stylesheet"} <= kinds, weights
    total = sum(size for _, _, size in weights)
    assert total <= BUDGET_BYTES, (
        "Article page over budget:\n"
        + "\n".join(f"  {size:>7,} B  {kind:<10} {url}" for kind, url, size in weights)
        + f"\n  {total:>7,} B  total (budget {BUDGET_BYTES:,} B)"
    )


def test_the_article_page_has_no_render_blocking_script(page):
    page.goto(reverse("programs:article", kwargs={"slug": "intensive-outpatient-programs"}))
    blocking = page.evaluate("""() => [...document.querySelectorAll('head script[src]')]
        .filter(s => !s.async && !s.defer && s.type !== 'module').map(s => s.src)""")
    assert blocking == []


def test_the_live_server_serves_the_real_stylesheet(page):
    """Colour contrast is only meaningful with site.css applied."""
    responses = []
    page.on("response", lambda response: responses.append(response))
    page.goto(reverse("programs:home"))
    css = [r for r in responses if r.request.resource_type == "stylesheet"]
    assert [(r.status, r.url.endswith("/static/css/site.css")) for r in css] == [(200, True)]
    assert css[0].header_value("content-type").startswith("text/css")
    assert page.evaluate("getComputedStyle(document.body).color") == "rgb(27, 39, 51)"  # --text
