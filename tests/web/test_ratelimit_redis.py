"""Rate-limit counters in Redis always expire: a counter that expires
between two commands must not come back without an expiry (that would lock
an address or a number out for good)."""

import pytest
import redis

from programs.web import ratelimit

REDIS_URL = "redis://127.0.0.1:6379/13"
WINDOW = 600


@pytest.fixture
def redis_as_cache(settings):
    client = redis.Redis.from_url(REDIS_URL)
    try:
        client.flushdb()
    except redis.ConnectionError:
        pytest.fail("Redis is not answering on 127.0.0.1:6379; start it (.ci/run does).")
    settings.CACHES = {"default": {"BACKEND": "programs.web.redis_cache.RedisCache", "LOCATION": REDIS_URL}}
    yield client
    client.flushdb()


def counter_ttls(client):
    return [client.ttl(key) for key in client.keys("*ratelimit*")]


def test_each_hit_counts_and_the_counter_expires_within_the_window(redis_as_cache):
    results = [ratelimit.hit("test", "198.51.100.7", limit=2, window_seconds=WINDOW) for _ in range(3)]
    assert results == [True, True, False]
    assert ratelimit.reached("test", "198.51.100.7", limit=2)
    (ttl,) = counter_ttls(redis_as_cache)
    assert 0 < ttl <= WINDOW


def test_a_counter_that_expires_mid_count_comes_back_with_an_expiry(redis_as_cache, monkeypatch):
    """Simulate the counter expiring right after any existence check."""
    real_exists = redis.Redis.exists

    def exists_then_expire(self, *names):
        found = real_exists(self, *names)
        self.delete(*names)
        return found

    monkeypatch.setattr(redis.Redis, "exists", exists_then_expire)
    assert ratelimit.hit("test", "198.51.100.8", limit=5, window_seconds=WINDOW)
    ttls = counter_ttls(redis_as_cache)
    assert ttls and all(0 < ttl <= WINDOW for ttl in ttls), ttls
