"""What the cache holds, whichever backend the tests run with."""

import pickle

from django.core.cache import caches
from django.core.cache.backends.locmem import LocMemCache


def cached_bytes():
    """Every value in the default cache, as stored (local memory or Redis)."""
    backend = caches["default"]
    if isinstance(backend, LocMemCache):
        values = backend._cache.values()
        return b"".join(value if isinstance(value, bytes) else pickle.dumps(value) for value in values)
    client = backend._cache.get_client()
    return b"".join(client.get(key) or b"" for key in client.keys("*"))
