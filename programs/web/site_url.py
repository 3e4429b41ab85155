"""Absolute URLs, from settings.SITE_URL and never from the request.

The Host header is the client's to choose (Django checks the name against
ALLOWED_HOSTS, not the port), and a page built from it would be cached for
everyone. Canonical links, Open Graph, JSON-LD, sitemaps, robots.txt, the
API and emails all go through `absolute()`."""

from django.conf import settings


def absolute(path: str) -> str:
    """`path` (starting with "/") on the site's public address."""
    if not path.startswith("/"):
        raise ValueError(f"absolute() takes a path starting with '/', not {path!r}")
    return settings.SITE_URL + path
