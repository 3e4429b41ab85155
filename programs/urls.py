from django.contrib.sitemaps import views as sitemap_views
from django.urls import path

from programs import views
from programs.sitemaps import SITEMAPS
from programs.views import health, machines

app_name = "programs"

urlpatterns = [
    path("", views.HomeView.as_view(), name="home"),
    path("healthz", health.healthz, name="healthz"),
    path("robots.txt", machines.robots_txt, name="robots_txt"),
    path("sitemap.xml", sitemap_views.index, {"sitemaps": SITEMAPS, "sitemap_url_name": "programs:sitemap"},
         name="sitemap_index"),
    path("sitemap-<section>.xml", sitemap_views.sitemap, {"sitemaps": SITEMAPS}, name="sitemap"),
    path("readyz", health.readyz, name="readyz"),
    path("treatment/<slug:slug>/", views.ArticleView.as_view(), name="article"),
    path("where-do-calls-go/", views.WhereCallsGoView.as_view(), name="where_calls_go"),
    path("sponsored-listings/", views.SponsoredListingsView.as_view(), name="sponsored_listings"),
    path("call-me/", views.CallMeView.as_view(), name="call_me"),
    path("call-me/thanks/", views.CallMeDoneView.as_view(), name="call_me_done"),
    path("privacy/", views.PrivacyView.as_view(), name="privacy"),
    path("treatment-centers/", views.FinderView.as_view(), name="finder"),
    path("api/treatment-centers/", views.FinderApiView.as_view(), name="finder_api"),
    path("treatment-centers/<slug:state>/", views.StateView.as_view(), name="state"),
    path("treatment-centers/<slug:state>/<slug:city>/", views.CityView.as_view(), name="city"),
    path(
        "treatment-centers/<slug:state>/<slug:city>/<slug:slug>/",
        views.CenterView.as_view(),
        name="center",
    ),
    path(
        "treatment-centers/<slug:state>/<slug:city>/<slug:slug>/report/",
        views.ListingReportView.as_view(),
        name="center_report",
    ),
]
