"""Every public page of the site, named `programs:<name>`, in English at these
addresses and in Spanish under /es/ (iop_site/urls.py); the views live in
their domains. Addresses for machines are in `machine_urls`."""

from django.urls import path

from programs.callbacks.views import CallMeDoneView, CallMeView, PrivacyView
from programs.calls.views import WhereCallsGoView
from programs.centers.views.browse import CityView, SponsoredListingsView, StateView
from programs.centers.views.center import CenterView, ListingReportView
from programs.centers.views.finder import FinderView
from programs.centers.views.listing_update import ListingUpdateView, UnreachableView
from programs.content.pages import AboutView
from programs.content.views import ArticleView, HomeView

app_name = "programs"

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
    path("treatment-centers/<slug:state>/", StateView.as_view(), name="state"),
    path("treatment-centers/<slug:state>/<slug:city>/", CityView.as_view(), name="city"),
    path(CENTER, CenterView.as_view(), name="center"),
    path(f"{CENTER}report/", ListingReportView.as_view(), name="center_report"),
    path(f"{CENTER}update/", ListingUpdateView.as_view(), name="center_update"),
    path(f"{CENTER}unreachable/", UnreachableView.as_view(), name="center_unreachable"),
]
