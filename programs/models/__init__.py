from programs.models.calls import Disclosure, HelplineNumber, RoutingPartner
from programs.models.content import Article, Citation, KeyFigure, Section, SectionItem

__all__ = [
    "Article",
    "Citation",
    "Disclosure",
    "HelplineNumber",
    "KeyFigure",
    "RoutingPartner",
    "Section",
    "SectionItem",
]
