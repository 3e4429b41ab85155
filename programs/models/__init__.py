from programs.models.callbacks import CallbackRequest
from programs.models.calls import Disclosure, HelplineNumber, RoutingPartner
from programs.models.centers import TreatmentCenter
from programs.models.content import Article, Section, SectionItem
from programs.models.references import Citation, KeyFigure
from programs.models.reports import ListingReport
from programs.models.service_codes import Service, ServiceAlias, ServiceCategory

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
