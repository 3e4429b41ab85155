"""Django's Redis cache backend, reusing one client per connection pool.

Django builds a new `redis.Redis` client for every cache operation, and
redis-py builds its table of ~170 response callbacks in every client's
constructor: about 0.3 ms per operation here, more than the operation
itself. A client is safe to share between threads (the pool hands out the
connections), so one per pool is enough.
"""

from django.core.cache.backends import redis as django_redis


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

    def count_in_window(self, key, seconds, version=None):
        """Add one to the counter `key` and return it. INCR and EXPIRE NX run
        in one transaction, so the counter always expires: Django's `incr`
        checks that the key exists and then increments it, and a key that
        expires in between would come back with no expiry at all."""
        key = self.make_and_validate_key(key, version=version)
        client = self._cache.get_client(key, write=True)
        with client.pipeline(transaction=True) as pipeline:
            pipeline.incr(key)
            pipeline.expire(key, seconds, nx=True)
            count, _ = pipeline.execute()
        return count
