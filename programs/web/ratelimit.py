"""Fixed-window rate limits kept in Django's cache, so that they hold across
gunicorn workers when the cache is shared (Redis).

Keys hold a hash of what is counted, never the raw address or number.

Why not a library: django-ratelimit would bring a decorator API and its own
key functions for what is here two small functions over any cache backend;
we need the counts in service code (a phone number is known only after the
form is cleaned), not around whole views."""

import hashlib

from django.conf import settings
from django.core.cache import cache
from django.core.cache.backends.locmem import LocMemCache

# Where counts go while the shared cache is unreachable: this process only.
_in_process = LocMemCache("programs-ratelimit-fallback", {"OPTIONS": {"MAX_ENTRIES": 10_000}})


def client_address(request):
    """The visitor's address as this server sees it (behind a proxy, set
    RATE_LIMIT_CLIENT_HEADER to the header the proxy fills in)."""
    header = getattr(settings, "RATE_LIMIT_CLIENT_HEADER", "")
    if header and (forwarded := request.META.get(header)):
        return forwarded.split(",")[0].strip()
    return request.META.get("REMOTE_ADDR", "")


def _key(scope, value):
    digest = hashlib.sha256(f"{settings.SECRET_KEY}:{value}".encode()).hexdigest()[:32]
    return f"ratelimit:{scope}:{digest}"


def reached(scope, value, *, limit):
    """True when `limit` attempts have been counted in the current window."""
    key = _key(scope, value)
    return max(cache.get(key, 0) or 0, _in_process.get(key, 0)) >= limit


def hit(scope, value, *, limit, window_seconds):
    """Count one attempt; True while the count is within `limit`."""
    return _count(_key(scope, value), window_seconds) <= limit


def _count(key, window_seconds):
    """Add one to the counter `key`, which always expires with its window."""
    if count_in_window := getattr(cache, "count_in_window", None):  # Redis: one atomic step
        count = count_in_window(key, window_seconds)
        # None: Redis is unreachable. Count in this process rather than
        # refuse everyone or let everything through.
        return count if count is not None else _count_in(_in_process, key, window_seconds)
    return _count_in(cache, key, window_seconds)


def _count_in(store, key, window_seconds):
    # Local memory and file caches keep a key's expiry on incr().
    store.add(key, 0, timeout=window_seconds)
    try:
        return store.incr(key)
    except ValueError:  # expired between add() and incr()
        store.set(key, 1, timeout=window_seconds)
        return 1


def forget_in_process():
    """Drop this process's own counts (between tests)."""
    _in_process.clear()
