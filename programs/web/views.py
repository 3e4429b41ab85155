"""Pages for machines and for failures: health checks, robots.txt and the
error page that still helps."""

import logging
import sys

from django.core.cache import cache
from django.db import InterfaceError, OperationalError, connection
from django.http import HttpResponse, HttpResponseServerError, JsonResponse
from django.template import loader
from django.urls import reverse
from django.views.decorators.cache import cache_control, never_cache
from django.views.decorators.http import require_GET
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import TimeoutError as RedisTimeout

from programs.web.site_url import absolute

logger = logging.getLogger(__name__)

# --- Health checks for load balancers (neither is cached) --------------------


@never_cache
def healthz(request):
    """The process answers. Touches neither the database nor the cache."""
    return HttpResponse("ok\n", content_type="text/plain")


@never_cache
def readyz(request):
    """The database and the cache both answer; 503 (with which failed) if not."""
    checks = {"database": _database_ok(), "cache": _cache_ok()}
    status = 200 if all(checks.values()) else 503
    return JsonResponse({name: "ok" if ok else "unavailable" for name, ok in checks.items()}, status=status)


def _database_ok():
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            return cursor.fetchone() == (1,)
    except Exception:  # any driver error means "not ready"
        return False


def _cache_ok():
    try:
        cache.set("readyz", "ok", timeout=5)
        return cache.get("readyz") == "ok"
    except Exception:  # any cache client error means "not ready"
        return False


# --- Files for crawlers ------------------------------------------------------

# Kept away from crawlers: the admin and the API (data, not pages). The
# callback pages are not here: they say `noindex` themselves, which a crawler
# can only read if it may fetch them (a disallowed page can still be listed).
DISALLOWED = ["/admin/", "/api/"]


@require_GET
@cache_control(max_age=86400, public=True)
def robots_txt(request):
    lines = [
        "User-agent: *",
        *(f"Disallow: {path}" for path in DISALLOWED),
        f"Sitemap: {absolute(reverse('machine:sitemap_index'))}",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain")


# --- Error pages that still help ---------------------------------------------
# They need neither the database nor the cache, and always show the helplines
# (from settings.HELPLINE_FALLBACK). They are in the language of the address
# (programs.web.language activated it before the view failed): the layout
# reads it with {% get_current_language %} and the translations come from the
# compiled catalogue, so neither needs a request context. The 500 and 503
# pages are rendered without one on purpose, as Django's own handler does: a
# context processor that failed would fail the error page too.

RETRY_AFTER_SECONDS = 30
UNAVAILABLE = (OperationalError, InterfaceError, ConnectionError, RedisConnectionError, RedisTimeout)


def server_error(request, template_name="500.html"):
    """handler500: a 503 with Retry-After when a backing service is down (the
    page recovers by itself once it is back), a 500 otherwise."""
    error = sys.exc_info()[1]
    if isinstance(error, UNAVAILABLE):
        logger.error("Service unavailable: %s", type(error).__name__)
        response = HttpResponse(loader.render_to_string("503.html"), status=503)
        response["Retry-After"] = str(RETRY_AFTER_SECONDS)
        return response
    return HttpResponseServerError(loader.render_to_string(template_name))
