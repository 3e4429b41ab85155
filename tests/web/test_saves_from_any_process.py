"""A save from any process (`manage.py shell`, a management command, a
worker) makes the cached pages stale for every process sharing the cache.

Each step runs in its own `manage.py` process, as an operator would, against
a database and a cache that outlive them: a file cache, and Redis.
"""

import os
import subprocess
import sys
from pathlib import Path

import pytest
import redis

ROOT = Path(__file__).resolve().parents[2]
REDIS_URL = "redis://127.0.0.1:6379/14"
ARTICLE = "/treatment/intensive-outpatient-programs/"
SHOW_ARTICLE = f"from django.test import Client; print(Client().get({ARTICLE!r}).content.decode())"


def manage(env, *args):
    result = subprocess.run(
        [sys.executable, "manage.py", *args], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    return result.stdout


def shell(env, code):
    return manage(env, "shell", "--no-imports", "-c", code)


FIND_ARTICLE = (
    "from programs.models import Article; article = Article.objects.get(slug='intensive-outpatient-programs')"
)


def article_update(env, code):
    """Run `code` in a shell with `Article` and `article` (the IOP guide) at hand."""
    shell(env, f"{FIND_ARTICLE}; {code}")


@pytest.fixture(scope="module")
def database(tmp_path_factory):
    """A migrated SQLite file with the starting content, shared by the tests here."""
    path = tmp_path_factory.mktemp("site") / "db.sqlite3"
    env = site_environment(f"sqlite:///{path}", "locmemcache://")
    manage(env, "migrate", "--noinput", "-v0")
    manage(env, "load_site_content", "-v0")
    return f"sqlite:///{path}"


def site_environment(database_url, cache_url):
    return {
        **os.environ,
        "DATABASE_URL": database_url,
        "CACHE_URL": cache_url,
        "DJANGO_DEBUG": "false",
        "DJANGO_SECRET_KEY": "tests-only-secret-key-not-used-anywhere-else",
        "DJANGO_ALLOWED_HOSTS": "testserver",
        "DJANGO_STATIC_STORAGE": "plain",
        "DJANGO_SSL_REDIRECT": "false",
        "DJANGO_LOG_LEVEL": "WARNING",
    }


@pytest.fixture
def redis_cache():
    client = redis.Redis.from_url(REDIS_URL)
    try:
        client.flushdb()
    except redis.ConnectionError:
        pytest.fail("Redis is not answering on 127.0.0.1:6379; start it (.ci/run does).")
    yield REDIS_URL
    client.flushdb()


@pytest.fixture(params=["file", "redis"])
def env(request, database, tmp_path):
    if request.param == "redis":
        cache_url = request.getfixturevalue("redis_cache")
    else:
        cache_url = f"filecache://{tmp_path / 'cache'}"
    return site_environment(database, cache_url)


def test_a_save_in_manage_py_shell_makes_the_cached_article_stale(env):
    title = "Intensive outpatient programs, saved from the shell"
    article_update(env, "Article.objects.filter(pk=article.pk).update(title='Title before')")
    assert "Title before" in shell(env, SHOW_ARTICLE)
    # A bulk update sends no signal: the page stays as cached (so the page
    # really is served from the shared cache)...
    article_update(env, "Article.objects.filter(pk=article.pk).update(title='Changed without a signal')")
    cached = shell(env, SHOW_ARTICLE)
    assert "Title before" in cached and "Changed without a signal" not in cached
    # ...and an ordinary save, in yet another process, makes it stale.
    article_update(env, f"article.title = {title!r}; article.save()")
    assert title in shell(env, SHOW_ARTICLE)
