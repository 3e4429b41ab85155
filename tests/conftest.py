import pytest
from django.core.cache import cache
from django.urls import reverse

from programs.content.services import site_content_load
from programs.models import Article
from tests.support.html import parse


@pytest.fixture(autouse=True)
def fast_password_hashing(settings):
    """Real hashers are slow on purpose; tests sign in hundreds of times."""
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture(autouse=True)
def empty_cache():
    """Each test starts with an empty cache (rate limits, cached pages)."""
    from programs.web import page_cache, ratelimit

    cache.clear()
    page_cache.forget_local()
    ratelimit.forget_in_process()
    yield
    cache.clear()
    page_cache.forget_local()
    ratelimit.forget_in_process()


@pytest.fixture
def site_content(db):
    """The site's starting content, exactly as `load_site_content` creates it."""
    site_content_load()
    return Article.objects.get(slug="intensive-outpatient-programs")


@pytest.fixture
def article_url(site_content):
    return reverse("programs:article", kwargs={"slug": site_content.slug})


@pytest.fixture
def get_page(client):
    """GET a URL, check it answered 200, and return the parsed document."""

    def get(url):
        response = client.get(url)
        assert response.status_code == 200, f"{url} answered {response.status_code}"
        return parse(response.content.decode())

    return get
