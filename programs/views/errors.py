"""Error pages that still help: they need neither the database nor the
cache, and always show the helplines (from settings.HELPLINE_FALLBACK)."""

import logging
import sys

from django.db import InterfaceError, OperationalError
from django.http import HttpResponse, HttpResponseServerError
from django.template import loader

logger = logging.getLogger(__name__)

RETRY_AFTER_SECONDS = 30
UNAVAILABLE = (OperationalError, InterfaceError, ConnectionError)
try:  # the Redis client's errors, when Redis is the cache
    from redis.exceptions import ConnectionError as RedisConnectionError, TimeoutError as RedisTimeout

    UNAVAILABLE += (RedisConnectionError, RedisTimeout)
except ImportError:  # pragma: no cover - redis is a pinned dependency
    pass


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
