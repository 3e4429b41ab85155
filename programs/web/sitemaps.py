"""sitemap.xml and its sections: every location on settings.SITE_URL, and
each answer served from the cache until content changes.

Django's views take the domain from the request's Host header (RequestSite,
as django.contrib.sites is not installed) and query the whole directory on
every request: the centers' file (19,131 URLs, 3.7 MB) took about 2 s. Here the
sections subclass `Sitemap` below, the index is built from `absolute()`,
and both views are kept per content generation (`page_cache`), section and
page, so an editor's save shows on the next request. Kept in Django's cache
only, not in each process's memory as pages are: the centers' file weighs
3.7 MB, and a copy per process and per generation would add up.
"""

from functools import wraps
from urllib.parse import urlsplit

from django.conf import settings
from django.contrib import sitemaps
from django.contrib.sitemaps import views as django_views
from django.core.cache import cache
from django.http import Http404, HttpResponse
from django.template.response import TemplateResponse
from django.urls import reverse
from django.views.decorators.http import require_safe

from programs.web import page_cache
from programs.web.site_url import absolute

# Crawlers and proxies may keep a copy for an hour; we keep ours until content changes.
CACHE_CONTROL = "public, max-age=3600"
KEPT_HEADERS = ("Content-Type", "Last-Modified", "X-Robots-Tag")


class Sitemap(sitemaps.Sitemap):
    """Locations on settings.SITE_URL, whatever the request's Host header.
    `limit` stays Django's 50,000 URLs a file, the protocol's maximum (with
    two languages, a page's two URLs count two).

    With the Spanish site on, each page is listed in both languages, each
    entry naming the other and x-default (English) as alternates."""

    alternates = True
    x_default = True

    @property
    def i18n(self):  # type: ignore[override]
        return settings.SPANISH_SITE

    def get_protocol(self, protocol=None):
        return urlsplit(settings.SITE_URL).scheme

    def get_domain(self, site=None):
        return urlsplit(settings.SITE_URL).netloc


def cached_sitemap(view):
    """Serve `view` from the cache, keyed by content generation, section and
    page (a section's `?p=`; other parameters ignored). A page number that is
    not one is a 404 at once, one past the last a 404 from Django's view."""

    @require_safe
    @wraps(view)
    def wrapper(request, sitemaps, **kwargs):
        section = kwargs.get("section")
        page = request.GET.get("p", "1") if section else "1"
        if not page_cache.PAGE_NUMBER.fullmatch(page) or (section and section not in sitemaps):
            raise Http404("No such sitemap")
        key = f"sitemap:{page_cache.generation()}:{section}:{int(page)}"
        if (stored := cache.get(key)) is None:
            response = view(request, sitemaps, **kwargs).render()
            stored = (response.content, {name: response[name] for name in KEPT_HEADERS if name in response})
            cache.set(key, stored, page_cache.PAGE_SECONDS)
        content, headers = stored
        return HttpResponse(content, headers={**headers, "Cache-Control": CACHE_CONTROL})

    return wrapper


@cached_sitemap
@django_views.x_robots_tag
def index(request, sitemaps, sitemap_url_name="machine:sitemap"):
    """Django's index, but with each section's address on SITE_URL: page 1
    bare, then ?p=2 and on, as the protocol allows 50,000 URLs a file."""
    entries = []
    for name, sitemap_class in sitemaps.items():
        sitemap = sitemap_class()
        url = absolute(reverse(sitemap_url_name, kwargs={"section": name}))
        lastmod = sitemap.get_latest_lastmod()
        for page in range(1, sitemap.paginator.num_pages + 1):
            entries.append(django_views.SitemapIndexItem(url if page == 1 else f"{url}?p={page}", lastmod))
    return TemplateResponse(
        request, "sitemap_index.xml", {"sitemaps": entries}, content_type="application/xml"
    )


section = cached_sitemap(django_views.sitemap)
