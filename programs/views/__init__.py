from programs.views.callbacks import CallMeDoneView, CallMeView, PrivacyView
from programs.views.centers import (
    CenterView,
    CityView,
    FinderApiView,
    FinderView,
    ListingReportView,
    SponsoredListingsView,
    StateView,
)
from programs.views.content import ArticleView, HomeView, WhereCallsGoView

__all__ = [
    "ArticleView",
    "CallMeDoneView",
    "CallMeView",
    "CenterView",
    "CityView",
    "FinderApiView",
    "FinderView",
    "HomeView",
    "ListingReportView",
    "PrivacyView",
    "SponsoredListingsView",
    "StateView",
    "WhereCallsGoView",
]
