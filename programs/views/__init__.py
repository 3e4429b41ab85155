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
    "CenterView",
    "CityView",
    "FinderApiView",
    "FinderView",
    "HomeView",
    "ListingReportView",
    "SponsoredListingsView",
    "StateView",
    "WhereCallsGoView",
]
