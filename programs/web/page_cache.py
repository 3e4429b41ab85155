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

The same pages tell caches in front of the site (a proxy, a browser) that
they may keep them: `public`, for a couple of minutes in a browser and five
in a shared cache, which may serve a stale copy for one more minute while it
fetches a fresh one. An editor's save reaches visitors within that time.
Everything else is `private, no-store` (`programs.web.middleware`).

Why not Django's cache middleware or `cache_page`: they key on the URL and
expire by time alone; these pages go stale on an editor's save, and finder
pages are keyed by what the search means, not by how it was typed.
"""

import hashlib
import re
import threading
import time
from collections import OrderedDict
from functools import wraps

from django.core.cache import cache
from django.http import Http404, HttpResponse, HttpResponsePermanentRedirect
from django.utils import timezone

GENERATION_KEY = "content-generation"
PAGE_SECONDS = 600
SEARCH_SECONDS = 300
# Half a second: behind nginx's one-to-two-second page cache, an editor's save
# shows everywhere within about two seconds (bench/topology.py).
LOCAL_SECONDS = 0.5
LOCAL_PAGES = 256
# Rows that visitors create, or that no public page shows: saving them
# changes no cached page.
NOT_CONTENT = frozenset({"CallbackRequest", "ListingReport", "ListingUpdateRequest", "ImportRun"})
# What caches in front of the site may do with a page that is the same for everyone.
PUBLIC_CACHE_CONTROL = "public, max-age=120, s-maxage=300, stale-while-revalidate=60"
# What `cached_page` keeps: a page, or a page saying what it was is gone for
# good (a closed center's). Any other answer (a 404, a redirect) is not kept.
KEPT_STATUSES = frozenset({200, 410})
# A page number as the site writes it in links: no sign, no leading 0, no spaces.
PAGE_NUMBER = re.compile(r"[1-9][0-9]{0,5}")


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
    responses of KEPT_STATUSES, served again with their status. Pages with a
    form (a CSRF token is per visitor) must not use this."""

    @wraps(view)
    def wrapper(request, *args, **kwargs):
        if request.method not in ("GET", "HEAD") or request.GET:
            return view(request, *args, **kwargs)
        return _cached_view(_page_key(request.path), lambda: view(request, *args, **kwargs))

    return wrapper


def cached_paged_page(view):
    """`cached_page` for a list split into numbered pages. The view gets
    `page`: 1 at the bare address, N from `?page=N`; each page is cached on
    its own. `?page=1` redirects to the bare address and a `page` that is not
    written as a page number is a 404, so each page has one address; every
    other parameter is ignored, for the cache and the page alike. A number
    past the last page is the view's own 404 (not cached: see KEPT_STATUSES)."""

    @wraps(view)
    def wrapper(request, *args, **kwargs):
        if request.method not in ("GET", "HEAD"):
            return view(request, *args, **kwargs)
        page = requested_page(request)
        if page == 1 and "page" in request.GET:
            return HttpResponsePermanentRedirect(request.path)
        key = _page_key(request.path) + (f":{page}" if page > 1 else "")
        return _cached_view(key, lambda: view(request, *args, page=page, **kwargs))

    return wrapper


def requested_page(request) -> int:
    """The page number of `?page=`, 1 without one; Http404 for anything else
    (0, -1, 02, abc, an empty value, the parameter given twice)."""
    values = request.GET.getlist("page")
    if not values:
        return 1
    if len(values) > 1 or not PAGE_NUMBER.fullmatch(values[0]):
        raise Http404("No such page")
    return int(values[0])


def paged_path(path: str, page: int) -> str:
    """The address of page `page` of the list at `path`, as `cached_paged_page` expects it."""
    return path if page == 1 else f"{path}?page={page}"


def _page_key(path):
    return f"page:{generation()}:{hashlib.sha256(path.encode()).hexdigest()}"


def _cached_view(key, view):
    if (stored := _get(key)) is not None:
        return _public(*stored)
    response = view()
    if hasattr(response, "render") and callable(response.render):
        response = response.render()
    if response.status_code in KEPT_STATUSES and not response.cookies:
        stored = (response.content, response["Content-Type"])
        if response.status_code != 200:  # a 200 as before: a worker of the last release reads it
            stored += (response.status_code,)
        _set(key, stored, PAGE_SECONDS)
        response["Cache-Control"] = PUBLIC_CACHE_CONTROL
    return response


def _public(content, content_type, status=200):
    response = HttpResponse(content, content_type=content_type, status=status)
    response["Cache-Control"] = PUBLIC_CACHE_CONTROL
    return response


def cached_search(key_parts, render):
    """A finder answer for the same cleaned parameters, today, with the same
    content, is the same page for everyone: keep it for a few minutes."""
    digest = hashlib.sha256(repr(key_parts).encode()).hexdigest()
    key = f"search:{generation()}:{timezone.localdate().isoformat()}:{digest}"
    if (stored := _get(key)) is not None:
        return _public(*stored)
    response = render()
    if response.status_code == 200 and not response.cookies:
        _set(key, (response.content, response["Content-Type"]), SEARCH_SECONDS)
        response["Cache-Control"] = PUBLIC_CACHE_CONTROL
    return response
