"""Fixed-window rate limits kept in Django's cache, so that they hold across
gunicorn workers when the cache is shared (Redis).

Keys hold a hash of what is counted, never the raw address or number.

Why not a library: django-ratelimit would bring a decorator API and its own
key functions for what is here two small functions over any cache backend;
we need the counts in service code (a phone number is known only after the
form is cleaned), not around whole views."""

import hashlib
import ipaddress

from django.conf import settings
from django.core.cache import cache
from django.core.cache.backends.locmem import LocMemCache
from django.http import HttpRequest

# Where counts go while the shared cache is unreachable: this process only.
_in_process = LocMemCache("programs-ratelimit-fallback", {"OPTIONS": {"MAX_ENTRIES": 10_000}})


# One IPv6 client is usually given a whole /64 and may pick any address in it.
IPV6_CLIENT_PREFIX = 64


def client_address(request: HttpRequest) -> str:
    """Who to count a request against: the visitor's IPv4 address, or the /64
    network of its IPv6 address, as the nearest trusted proxy saw it.

    Behind proxies, RATE_LIMIT_CLIENT_HEADER names the header they fill in
    and RATE_LIMIT_TRUSTED_PROXIES how many of them append to it. Each proxy
    appends the address it was connected from, so the entry that many places
    from the right was written by our own proxy; anything further left came
    from the client and could say anything. An entry that is not an address,
    or a header shorter than the proxies it should have passed, is not
    believed: the connection's own address (REMOTE_ADDR) is counted instead.

    Why not django-ipware: it searches dozens of headers and ranks public
    addresses above private ones, where we believe exactly one header that
    our own proxy fills in; and it leaves grouping IPv6 networks to us, the
    part that matters here. One entry parsed with `ipaddress` is enough."""
    remote = request.META.get("REMOTE_ADDR", "")
    forwarded = _forwarded_address(request)
    return _counted_as(forwarded) or _counted_as(remote) or remote


def _forwarded_address(request: HttpRequest) -> str:
    header = getattr(settings, "RATE_LIMIT_CLIENT_HEADER", "")
    proxies = getattr(settings, "RATE_LIMIT_TRUSTED_PROXIES", 1)
    entries = request.META.get(header, "").split(",") if header else []
    return entries[-proxies].strip() if 0 < proxies <= len(entries) else ""


def _counted_as(text: str) -> str:
    """`text` as the address or network it is counted by; "" when it is no address."""
    try:
        address = ipaddress.ip_address(text)
    except ValueError:
        return ""
    if isinstance(address, ipaddress.IPv6Address):
        if address.ipv4_mapped:  # an IPv4 visitor seen through a dual-stack socket
            return str(address.ipv4_mapped)
        return str(ipaddress.IPv6Network((int(address), IPV6_CLIENT_PREFIX), strict=False))
    return str(address)


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
