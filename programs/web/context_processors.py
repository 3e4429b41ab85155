from django.conf import settings
from django.utils.functional import SimpleLazyObject

from programs.calls import selectors
from programs.web import page_cache


def site_chrome(request):
    # Lazy: pages that do not use the site layout (the admin) run no query.
    return {
        "chrome": SimpleLazyObject(selectors.site_chrome),
        "site_name": settings.SITE_NAME,
        # Absolute URLs start with this, never with the request's Host header.
        "site_url": settings.SITE_URL,
        # Part of every cached fragment's key: see programs.web.page_cache.
        "content_generation": SimpleLazyObject(page_cache.generation),
    }
