from pathlib import Path

import pytest
from django.core.cache import cache
from django.urls import reverse

from programs.models import Article
from programs.content.services import site_content_load
from tests.html import parse


@pytest.fixture(autouse=True)
def fast_password_hashing(settings):
    """Real hashers are slow on purpose; tests sign in hundreds of times."""
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture(autouse=True)
def empty_cache():
    """Each test starts with an empty cache (rate limits, cached pages)."""
    from programs.web import page_cache

    cache.clear()
    page_cache.forget_local()
    yield
    cache.clear()
    page_cache.forget_local()


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


# The real SAMHSA files live beside the repository, never in it.
SAMHSA_DIR = Path(__file__).resolve().parents[2] / "shared" / "data" / "samhsa"


@pytest.fixture
def samhsa():
    """The folder of real SAMHSA files, or a skip that says where it was looked for."""
    if not SAMHSA_DIR.is_dir():
        pytest.skip(f"SAMHSA data folder not found at {SAMHSA_DIR}; these tests read the real files")
    return SAMHSA_DIR
