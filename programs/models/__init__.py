from programs.models.callbacks import CallbackRequest
from programs.models.calls import Disclosure, HelplineNumber, RoutingPartner
from programs.models.centers import Service, ServiceAlias, ServiceCategory, TreatmentCenter
from programs.models.content import Article, Citation, KeyFigure, Section, SectionItem
from programs.models.reports import ListingReport

__all__ = [
    "Article",
    "CallbackRequest",
    "Citation",
    "Disclosure",
    "HelplineNumber",
    "KeyFigure",
    "ListingReport",
    "RoutingPartner",
    "Section",
    "SectionItem",
    "Service",
    "ServiceAlias",
    "ServiceCategory",
    "TreatmentCenter",
]
