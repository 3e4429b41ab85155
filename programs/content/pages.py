"""The site's own pages (About, the privacy notice): a `Page` and its
sections as editors wrote them, with their [[tokens]] filled in."""

from email.utils import parseaddr

from django.conf import settings
from django.http import Http404
from django.urls import reverse
from django.utils.decorators import method_decorator
from django.utils.formats import date_format
from django.utils.functional import Promise
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy as _lazy
from django.views.generic import TemplateView

from programs.calls.selectors import SiteChrome, site_chrome
from programs.content import seed_es, seed_pages
from programs.models import Page, PageSection
from programs.web import language
from programs.web.page_cache import cached_page


def site_page(key: str) -> tuple[Page, list[PageSection]] | None:
    """The page stored under `key` and its sections, or None."""
    page = Page.objects.filter(key=key).prefetch_related("sections").first()
    return (page, list(page.sections.all())) if page else None


def seed_page(key: str) -> tuple[Page, list[PageSection]]:
    """The starting text of the page `key`, unsaved: English from `seed_pages`,
    Spanish from `seed_es`, each in its own column whatever the active language."""
    english = next(data for data in seed_pages.PAGES if data["key"] == key)
    spanish = seed_es.PAGES[key]
    page = Page(key=key, **_columns(english, spanish, ("title", "meta_description", "intro")))
    sections = [
        PageSection(order=n, **_columns(section, spanish_section, ("heading", "body")))
        for n, (section, spanish_section) in enumerate(
            zip(english["sections"], spanish["sections"], strict=True), 1
        )
    ]
    return page, sections


def _columns(english: dict, spanish: dict, names: tuple[str, ...]) -> dict[str, str]:
    return {
        f"{name}_{code}": texts[name] for name in names for code, texts in (("en", english), ("es", spanish))
    }


def page_tokens(page: Page, chrome: SiteChrome) -> dict[str, str]:
    """The values of the tokens any page may use (`Page.TOKENS`)."""
    return {
        **chrome.tokens,
        "retention_days": str(settings.CALLBACK_RETENTION_DAYS),
        "update_retention_days": str(settings.LISTING_UPDATE_RETENTION_DAYS),
        "site_name": settings.SITE_NAME,
        "contact_email": parseaddr(settings.DEFAULT_FROM_EMAIL)[1],
        "last_correction": last_correction(page),
    }


def last_correction(page: Page) -> str:
    if page.last_corrected is None:
        return _("No corrections so far.")
    return _("Last correction: %(date)s.") % {"date": date_format(page.last_corrected)}


class SitePageView(TemplateView):
    """One `Page`: a 404 without its row, unless `seed_fallback` shows the
    starting text instead. `links` are (label, URL name) of related pages,
    labels lazily translated."""

    template_name = "programs/content/page.html"
    key: str = ""
    links: list[tuple[str | Promise, str]] = []
    seed_fallback = False

    def get(self, request, *args, **kwargs):
        found = site_page(self.key) or (seed_page(self.key) if self.seed_fallback else None)
        if found is None:
            raise Http404("No such page")
        page, sections = found
        if language.lacks_spanish(page, "title", "intro") or any(
            language.lacks_spanish(section, "heading", "body") for section in sections
        ):
            return language.untranslated_page(request)
        self.found = found
        return super().get(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        page, sections = self.found
        chrome = site_chrome()
        return super().get_context_data(
            chrome=chrome,  # read once here; the layout uses the same
            page=page,
            sections=sections,
            tokens={**page_tokens(page, chrome), **self.extra_tokens()},
            links=[(label, reverse(name)) for label, name in self.links],
            **kwargs,
        )

    def extra_tokens(self) -> dict[str, str]:
        """Token values only this page knows."""
        return {}


@method_decorator(cached_page, name="dispatch")
class AboutView(SitePageView):
    key = Page.Key.ABOUT
    links = [
        (_lazy("Who answers each number"), "programs:where_calls_go"),
        (_lazy("How paid listings work"), "programs:sponsored_listings"),
        (_lazy("Privacy: what we collect and why"), "programs:privacy"),
    ]
