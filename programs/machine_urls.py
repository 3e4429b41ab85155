"""Addresses for machines, named `machine:<name>`: health checks, robots.txt,
the sitemaps and the finder's JSON API. One address each, whatever the
language: the API takes `lang`, and the sitemaps list both languages."""

from django.urls import path

from programs.centers import sitemaps as centers_sitemaps
from programs.centers.api import FinderApiView
from programs.content import sitemaps as content_sitemaps
from programs.web import sitemaps as sitemap_views
from programs.web import views as web

app_name = "machine"

SITEMAPS = {
    "articles": content_sitemaps.ArticleSitemap,
    "pages": content_sitemaps.PageSitemap,
    "states": centers_sitemaps.StateSitemap,
    "cities": centers_sitemaps.CitySitemap,
    "centers": centers_sitemaps.CenterSitemap,
}

urlpatterns = [
    path("api/treatment-centers/", FinderApiView.as_view(), name="finder_api"),
    path("healthz", web.healthz, name="healthz"),
    path("readyz", web.readyz, name="readyz"),
    path("robots.txt", web.robots_txt, name="robots_txt"),
    path(
        "sitemap.xml",
        sitemap_views.index,
        {"sitemaps": SITEMAPS, "sitemap_url_name": "machine:sitemap"},
        name="sitemap_index",
    ),
    path("sitemap-<section>.xml", sitemap_views.section, {"sitemaps": SITEMAPS}, name="sitemap"),
]
