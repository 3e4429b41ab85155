"""Health checks for load balancers. Neither is cached or logged as a page."""

from django.core.cache import cache
from django.db import connection
from django.http import HttpResponse, JsonResponse
from django.views.decorators.cache import never_cache


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
