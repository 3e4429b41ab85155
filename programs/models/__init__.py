from programs.models.callbacks import CallbackRequest
from programs.models.calls import Disclosure, HelplineNumber, RoutingPartner
from programs.models.centers import TreatmentCenter
from programs.models.content import Article, Section, SectionItem
from programs.models.imports import ImportRun
from programs.models.pages import CallQuestion, Page, PageSection
from programs.models.references import Citation, KeyFigure
from programs.models.reports import ListingReport
from programs.models.service_codes import Service, ServiceAlias, ServiceCategory
from programs.models.verification import (
    Accepting,
    ListingToVerify,
    ListingUpdateRequest,
    VerificationCall,
)

__all__ = [
    "Accepting",
    "ImportRun",
    "ListingToVerify",
    "ListingUpdateRequest",
    "VerificationCall",
    "Article",
    "CallQuestion",
    "CallbackRequest",
    "Citation",
    "Disclosure",
    "HelplineNumber",
    "KeyFigure",
    "ListingReport",
    "Page",
    "PageSection",
    "RoutingPartner",
    "Section",
    "SectionItem",
    "Service",
    "ServiceAlias",
    "ServiceCategory",
    "TreatmentCenter",
]
