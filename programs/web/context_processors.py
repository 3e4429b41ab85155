from django.conf import settings
from django.utils.functional import SimpleLazyObject

from programs.calls import selectors
from programs.web import language, page_cache
from programs.web.site_url import absolute


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


def languages(request):
    """The page in each language, for `hreflang` alternates and the language
    link: from the path only, never the query a visitor typed (a page that
    needs its query, the finder's, adds its own canonical one)."""
    if len(language.languages()) < 2:
        return {}
    current = language.language_of(request.path)
    other = language.SPANISH if current != language.SPANISH else settings.LANGUAGE_CODE
    return {
        "language_alternates": [
            (code, absolute(language.path_in(code, request.path))) for code in language.languages()
        ],
        "x_default_url": absolute(language.path_in(settings.LANGUAGE_CODE, request.path)),
        "other_language": {
            "code": other,
            "name": dict(settings.LANGUAGES)[other],
            "path": language.path_in(other, request.path),
        },
    }
