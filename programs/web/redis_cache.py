"""Django's Redis cache backend, reusing one client per connection pool, and
answering like an empty cache while Redis is unreachable.

Django builds a new `redis.Redis` client for every cache operation, and
redis-py builds its table of ~170 response callbacks in every client's
constructor: about 0.3 ms per operation here, more than the operation
itself. A client is safe to share between threads (the pool hands out the
connections), so one per pool is enough.

An outage must slow the site down, never take it down: while Redis does not
answer, reads miss, writes are dropped, and after a failure this process
leaves Redis alone for RETRY_SECONDS rather than wait on it for every call.
`count_in_window` answers None, so rate limits can count in process instead.
"""

import functools
import logging
import time

from django.core.cache.backends import redis as django_redis
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import TimeoutError as RedisTimeout

logger = logging.getLogger(__name__)

RETRY_SECONDS = 5.0
UNREACHABLE = (RedisConnectionError, RedisTimeout)


def failsafe(answer):
    """Run the cache call; while Redis is unreachable, return `answer`
    (called with the call's arguments when it is callable) instead."""

    def decorate(method):
        @functools.wraps(method)
        def wrapper(self, *args, **kwargs):
            if time.monotonic() >= self._down_until:
                try:
                    return method(self, *args, **kwargs)
                except UNREACHABLE as error:
                    self._down_until = time.monotonic() + RETRY_SECONDS
                    logger.warning("Cache unreachable (%s); serving without it", type(error).__name__)
            return answer(*args, **kwargs) if callable(answer) else answer

        return wrapper

    return decorate


def _default(key, default=None, *args, **kwargs):
    return default


def _missing_key(key, *args, **kwargs):
    raise ValueError(f"Key {key!r} not found (the cache is unreachable).")


class ReusingRedisCacheClient(django_redis.RedisCacheClient):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._clients = {}

    def get_client(self, key=None, *, write=False):
        index = self._get_connection_pool_index(write)
        client = self._clients.get(index)
        if client is None:
            client = self._client(connection_pool=self._get_connection_pool(write))
            self._clients[index] = client
        return client


class RedisCache(django_redis.RedisCache):
    def __init__(self, server, params):
        super().__init__(server, params)
        self._class = ReusingRedisCacheClient
        self._down_until = 0.0

    get = failsafe(_default)(django_redis.RedisCache.get)
    get_many = failsafe(lambda *args, **kwargs: {})(django_redis.RedisCache.get_many)
    has_key = failsafe(False)(django_redis.RedisCache.has_key)
    set = failsafe(None)(django_redis.RedisCache.set)
    add = failsafe(False)(django_redis.RedisCache.add)
    touch = failsafe(False)(django_redis.RedisCache.touch)
    delete = failsafe(False)(django_redis.RedisCache.delete)
    set_many = failsafe(lambda data, *args, **kwargs: list(data))(django_redis.RedisCache.set_many)
    delete_many = failsafe(None)(django_redis.RedisCache.delete_many)
    incr = failsafe(_missing_key)(django_redis.RedisCache.incr)
    clear = failsafe(False)(django_redis.RedisCache.clear)

    @failsafe(None)
    def count_in_window(self, key, seconds, version=None):
        """Add one to the counter `key` and return it. INCR and EXPIRE NX run
        in one transaction, so the counter always expires: Django's `incr`
        checks that the key exists and then increments it, and a key that
        expires in between would come back with no expiry at all. None while
        Redis is unreachable."""
        key = self.make_and_validate_key(key, version=version)
        client = self._cache.get_client(key, write=True)
        with client.pipeline(transaction=True) as pipeline:
            pipeline.incr(key)
            pipeline.expire(key, seconds, nx=True)
            count, _ = pipeline.execute()
        return count
