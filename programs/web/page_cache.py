"""Caching the pages that are the same for every visitor.

Every cached page and fragment is keyed by a *content generation*: a number
in the cache that goes up whenever site content changes (the receivers in
`programs.web.signals`, connected at start-up whatever the process, and the
importers, which write in bulk and so call `bump()` themselves).
Bumping it makes every cached page stale at once, so an editor's save shows
on the next request. With a shared cache (Redis) that holds across workers
(within LOCAL_SECONDS); with the per-process default cache, other workers
catch up within PAGE_SECONDS.

Two levels: each process keeps the generation for LOCAL_SECONDS and the
pages it served most recently in memory, so a popular page costs no round
trip to the shared cache at all.

Why not Django's cache middleware or `cache_page`: they key on the URL and
expire by time alone; these pages go stale on an editor's save, finder pages
are keyed by cleaned input, and a cached center page gets each visitor's own
CSRF token.
"""

import hashlib
import threading
import time
from collections import OrderedDict
from functools import wraps

from django.core.cache import cache
from django.http import HttpResponse
from django.middleware.csrf import get_token
from django.utils import timezone

GENERATION_KEY = "content-generation"
PAGE_SECONDS = 600
SEARCH_SECONDS = 300
LOCAL_SECONDS = 1.0
LOCAL_PAGES = 256
# Rows that visitors create, or that no public page shows: saving them
# changes no cached page.
NOT_CONTENT = frozenset({"CallbackRequest", "ListingReport"})


_local = threading.local()  # per thread: no locking needed
_local_pages = OrderedDict()
_local_pages_lock = threading.Lock()


def generation():
    now = time.monotonic()
    value, fetched = getattr(_local, "generation", (None, 0.0))
    if value is None or now - fetched >= LOCAL_SECONDS:
        value = cache.get_or_set(GENERATION_KEY, 1, timeout=None)
        _local.generation = (value, now)
    return value


def bump():
    """Mark every cached page stale."""
    try:
        cache.incr(GENERATION_KEY)
    except ValueError:  # not set yet (or evicted): any new value will do
        cache.set(GENERATION_KEY, 2, timeout=None)
    forget_local()


def forget_local():
    """Drop this process's copies (after a bump, and between tests)."""
    _local.generation = (None, 0.0)
    with _local_pages_lock:
        _local_pages.clear()


def _get(key):
    with _local_pages_lock:
        entry = _local_pages.get(key)
        if entry and entry[0] > time.monotonic():
            _local_pages.move_to_end(key)
            return entry[1]
    value = cache.get(key)
    if value is not None:
        _remember(key, value, PAGE_SECONDS)
    return value


def _set(key, value, seconds):
    cache.set(key, value, seconds)
    _remember(key, value, seconds)


def _remember(key, value, seconds):
    with _local_pages_lock:
        _local_pages[key] = (time.monotonic() + seconds, value)
        _local_pages.move_to_end(key)
        while len(_local_pages) > LOCAL_PAGES:
            _local_pages.popitem(last=False)


def cached_page(view):
    """Serve a GET without a query string from the cache when it can; store
    successful responses. Pages with forms that carry a CSRF token must not
    use this (their token is per visitor)."""

    @wraps(view)
    def wrapper(request, *args, **kwargs):
        if request.method not in ("GET", "HEAD") or request.GET:
            return view(request, *args, **kwargs)
        path_hash = hashlib.sha256(request.path.encode()).hexdigest()
        key = f"page:{generation()}:{path_hash}"
        if (stored := _get(key)) is not None:
            content, content_type = stored
            return HttpResponse(content, content_type=content_type)
        response = view(request, *args, **kwargs)
        if hasattr(response, "render") and callable(response.render):
            response = response.render()
        if response.status_code == 200 and not response.cookies:
            _set(key, (response.content, response["Content-Type"]), PAGE_SECONDS)
        return response

    return wrapper


# Stands in for the visitor's CSRF token in a cached page; replaced per request.
CSRF_PLACEHOLDER = "csrf-token-placeholder-0b7e"


def cached_form_page(request, render):
    """Like `cached_page`, for a page whose only per-visitor part is the CSRF
    token of its form: `render(csrf_token)` builds the page with the
    placeholder, and each visitor gets their own token put in."""
    if request.GET:
        return render(get_token(request))
    key = f"form-page:{generation()}:{hashlib.sha256(request.path.encode()).hexdigest()}"
    stored = _get(key)
    if stored is None:
        response = render(CSRF_PLACEHOLDER)
        if response.status_code != 200:
            return response
        stored = (response.content.decode(), response["Content-Type"])
        _set(key, stored, PAGE_SECONDS)
    html, content_type = stored
    return HttpResponse(html.replace(CSRF_PLACEHOLDER, get_token(request)), content_type=content_type)


def cached_search(key_parts, render):
    """A finder answer for the same cleaned parameters, today, with the same
    content, is the same page for everyone: keep it for a few minutes."""
    digest = hashlib.sha256(repr(key_parts).encode()).hexdigest()
    key = f"search:{generation()}:{timezone.localdate().isoformat()}:{digest}"
    if (stored := _get(key)) is not None:
        content, content_type = stored
        return HttpResponse(content, content_type=content_type)
    response = render()
    if response.status_code == 200:
        _set(key, (response.content, response["Content-Type"]), SEARCH_SECONDS)
    return response
