"""Reads for the helplines, the routing partners and their disclosures: what
the header and footer of every page show."""

from dataclasses import dataclass

from django.utils import translation
from django.utils.translation import gettext as _

from programs.models import Disclosure, HelplineNumber, RoutingPartner


@dataclass
class SiteChrome:
    """What the header and footer of every page show."""

    lines: list[HelplineNumber]
    disclosures: dict[str, Disclosure]
    primary_partner: RoutingPartner | None

    def lines_for(self, purpose: str) -> list[HelplineNumber]:
        return [line for line in self.lines if line.purpose == purpose]

    @property
    def call_now(self) -> HelplineNumber | None:
        return next(iter(self.lines_for(HelplineNumber.Purpose.CALL_NOW)), None)

    @property
    def call_me(self) -> HelplineNumber | None:
        return next(iter(self.lines_for(HelplineNumber.Purpose.CALL_ME)), None)

    @property
    def public_lines(self) -> list[HelplineNumber]:
        return self.lines_for(HelplineNumber.Purpose.PUBLIC)

    @property
    def routing_summary(self) -> Disclosure | None:
        return self.disclosures.get(Disclosure.Key.ROUTING_SUMMARY)

    @property
    def routing_detail(self) -> Disclosure | None:
        return self.disclosures.get(Disclosure.Key.ROUTING_DETAIL)

    @property
    def paid_listings(self) -> Disclosure | None:
        return self.disclosures.get(Disclosure.Key.PAID_LISTINGS)

    @property
    def tokens(self) -> dict[str, str]:
        name = self.primary_partner.name if self.primary_partner else _("our partner")
        return {"primary_partner": name}


def site_chrome() -> SiteChrome:
    return SiteChrome(
        lines=list(HelplineNumber.objects.active()),
        disclosures={d.key: d for d in Disclosure.objects.all()},
        primary_partner=RoutingPartner.objects.filter(role=RoutingPartner.Role.PRIMARY).first(),
    )


def routing_partners() -> list[RoutingPartner]:
    return list(RoutingPartner.objects.all())


def fallback_helplines() -> list[dict]:
    """The active helplines (not centers' own) in the shape that error pages
    read from settings.HELPLINE_FALLBACK when the database is down: English,
    with the Spanish words under "es" (error pages have no database to ask)."""
    return [
        {
            **_fallback_words(line, "en"),
            "number": line.number,
            "display": line.display,
            "public": line.purpose == HelplineNumber.Purpose.PUBLIC,
            **({"accepts_texts": True} if line.accepts_texts else {}),
            "es": _fallback_words(line, "es"),
        }
        for line in HelplineNumber.objects.active().exclude(purpose=HelplineNumber.Purpose.CENTER)
    ]


def _fallback_words(line: HelplineNumber, language: str) -> dict[str, str]:
    with translation.override(language):
        words = {"label": line.label, "who_label": line.who_label}
        if line.spanish_service:
            words["spanish_service"] = line.spanish_service
        return words
