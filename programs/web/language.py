"""The language of a request is the language of its address: Spanish under
/es/, English everywhere else.

Django's LocaleMiddleware would also read a cookie and the Accept-Language
header, and add `Vary: Accept-Language` to English pages: every cache in
front of the site would then keep one copy per browser language, or serve
the wrong one. Here nothing but the path counts, so a cached page is right
for everyone who asks for its address, and nothing is stored on the visitor.
"""

from django.conf import settings
from django.shortcuts import render
from django.utils import translation

SPANISH = "es"
PREFIX = f"/{SPANISH}/"


def language_of(path: str) -> str:
    if settings.SPANISH_SITE and (path.startswith(PREFIX) or path == PREFIX.rstrip("/")):
        return SPANISH
    return settings.LANGUAGE_CODE


def languages() -> list[str]:
    """The languages the site is published in."""
    return [code for code, _ in settings.LANGUAGES if settings.SPANISH_SITE or code == settings.LANGUAGE_CODE]


class LanguageFromPath:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        language = language_of(request.path_info)
        translation.activate(language)
        request.LANGUAGE_CODE = language
        try:
            response = self.get_response(request)
        finally:
            translation.deactivate()
        response.headers.setdefault("Content-Language", language)
        return response


def path_in(language: str, path: str) -> str:
    """The address of the page at `path` in `language` (same page, other prefix)."""
    english = path[len(PREFIX) - 1 :] if language_of(path) == SPANISH else path
    if language == SPANISH:
        return PREFIX.rstrip("/") + english
    return english or "/"


def in_spanish() -> bool:
    return translation.get_language() == SPANISH


def lacks_spanish(obj, *fields: str) -> bool:
    """In Spanish, a text of `obj` (programs/translation.py) that exists in
    English but has no Spanish yet. A page built on it says so in Spanish,
    with a link to the English page, rather than pass English off as Spanish."""
    if not in_spanish():
        return False
    return any(getattr(obj, f"{name}_en", "") and not getattr(obj, f"{name}_es", "") for name in fields)


def untranslated_page(request):
    """The answer at a Spanish address whose page has no Spanish text yet."""
    context = {"english_url": path_in(settings.LANGUAGE_CODE, request.path), "noindex": True}
    return render(request, "untranslated.html", context)
