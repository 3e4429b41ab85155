"""A cache outage slows the site down; it never takes it down. With Redis
unreachable, pages render uncached, callback requests are still accepted and
stored (limited per process), and /readyz says the cache is down."""

import pytest

from programs.models import CallbackRequest
from programs.web import page_cache
from tests.support.callbacks import submit

pytestmark = pytest.mark.django_db

# Nothing listens on port 1: every connection is refused at once.
UNREACHABLE = {
    "default": {"BACKEND": "programs.web.redis_cache.RedisCache", "LOCATION": "redis://127.0.0.1:1/0"}
}


@pytest.fixture
def cache_down(settings, site_content):
    settings.CACHES = UNREACHABLE
    page_cache.forget_local()
    yield
    page_cache.forget_local()


@pytest.mark.parametrize(
    "url", ["/", "/treatment/intensive-outpatient-programs/", "/where-do-calls-go/", "/call-me/", "/privacy/"]
)
def test_pages_render_without_the_cache(cache_down, client, url):
    response = client.get(url)
    assert response.status_code == 200
    assert 'href="tel:' in response.content.decode()


def test_the_finder_searches_without_the_cache(cache_down, client):
    response = client.get("/treatment-centers/", {"location": "10001"})
    assert response.status_code == 200


def test_a_callback_request_is_accepted_and_stored_without_the_cache(cache_down, client):
    response = submit(client)
    assert response.status_code == 302
    assert CallbackRequest.objects.count() == 1


def test_without_the_cache_callback_requests_are_still_limited_in_this_process(cache_down, client):
    statuses = [submit(client, phone=f"(202) 555-01{n:02d}").status_code for n in range(7)]
    assert statuses[:5] == [302] * 5 and statuses[5:] == [429, 429]


def test_readyz_reports_the_cache_down(cache_down, client):
    response = client.get("/readyz")
    assert response.status_code == 503
    assert response.json() == {"database": "ok", "cache": "unavailable"}
