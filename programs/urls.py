"""Every public address of the site, named `programs:<name>`; the views live
in their domains."""

from django.urls import path

from programs.callbacks.views import CallMeDoneView, CallMeView, PrivacyView
from programs.calls.views import WhereCallsGoView
from programs.centers import sitemaps as centers_sitemaps
from programs.centers.api import FinderApiView
from programs.centers.views.browse import CityView, SponsoredListingsView, StateView
from programs.centers.views.center import CenterView, ListingReportView
from programs.centers.views.finder import FinderView
from programs.centers.views.listing_update import ListingUpdateView, UnreachableView
from programs.content import sitemaps as content_sitemaps
from programs.content.pages import AboutView
from programs.content.views import ArticleView, HomeView
from programs.web import sitemaps as sitemap_views
from programs.web import views as web

app_name = "programs"

SITEMAPS = {
    "articles": content_sitemaps.ArticleSitemap,
    "pages": content_sitemaps.PageSitemap,
    "states": centers_sitemaps.StateSitemap,
    "cities": centers_sitemaps.CitySitemap,
    "centers": centers_sitemaps.CenterSitemap,
}
CENTER = "treatment-centers/<slug:state>/<slug:city>/<slug:slug>/"

urlpatterns = [
    path("", HomeView.as_view(), name="home"),
    path("treatment/<slug:slug>/", ArticleView.as_view(), name="article"),
    path("where-do-calls-go/", WhereCallsGoView.as_view(), name="where_calls_go"),
    path("sponsored-listings/", SponsoredListingsView.as_view(), name="sponsored_listings"),
    path("call-me/", CallMeView.as_view(), name="call_me"),
    path("call-me/thanks/", CallMeDoneView.as_view(), name="call_me_done"),
    path("privacy/", PrivacyView.as_view(), name="privacy"),
    path("about/", AboutView.as_view(), name="about"),
    path("treatment-centers/", FinderView.as_view(), name="finder"),
    path("api/treatment-centers/", FinderApiView.as_view(), name="finder_api"),
    path("treatment-centers/<slug:state>/", StateView.as_view(), name="state"),
    path("treatment-centers/<slug:state>/<slug:city>/", CityView.as_view(), name="city"),
    path(CENTER, CenterView.as_view(), name="center"),
    path(f"{CENTER}report/", ListingReportView.as_view(), name="center_report"),
    path(f"{CENTER}update/", ListingUpdateView.as_view(), name="center_update"),
    path(f"{CENTER}unreachable/", UnreachableView.as_view(), name="center_unreachable"),
    # For machines
    path("healthz", web.healthz, name="healthz"),
    path("readyz", web.readyz, name="readyz"),
    path("robots.txt", web.robots_txt, name="robots_txt"),
    path(
        "sitemap.xml",
        sitemap_views.index,
        {"sitemaps": SITEMAPS, "sitemap_url_name": "programs:sitemap"},
        name="sitemap_index",
    ),
    path("sitemap-<section>.xml", sitemap_views.section, {"sitemaps": SITEMAPS}, name="sitemap"),
]
