"""Reads for public pages. Every public view gets content through here, and
so through the `published()` door."""

from dataclasses import dataclass, field

from django.db.models import Prefetch
from django.shortcuts import get_object_or_404

from programs.models import (
    Article,
    Disclosure,
    HelplineNumber,
    RoutingPartner,
    Section,
)


def published_articles():
    return Article.objects.published().only("title", "slug", "summary").order_by("title")


def published_article(slug):
    """The article with everything its page shows, in a fixed number of queries."""
    sections = Section.objects.prefetch_related("items")
    queryset = Article.objects.published().prefetch_related(
        Prefetch("sections", queryset=sections), "figures", "citations"
    )
    return get_object_or_404(queryset, slug=slug)


@dataclass
class OutlineEntry:
    section: Section
    children: list = field(default_factory=list)


def article_outline(article):
    """Sections as a two-level tree: therapy and support sit under the
    components section before them."""
    outline = []
    for section in article.sections.all():
        if section.is_nested and outline:
            outline[-1].children.append(OutlineEntry(section))
        else:
            outline.append(OutlineEntry(section))
    return outline


def figure_values(article):
    return {figure.key: figure.number for figure in article.figures.all()}


@dataclass
class SiteChrome:
    """What the header and footer of every page show."""

    lines: list
    disclosures: dict
    primary_partner: RoutingPartner | None

    def lines_for(self, purpose):
        return [line for line in self.lines if line.purpose == purpose]

    @property
    def call_now(self):
        return next(iter(self.lines_for(HelplineNumber.Purpose.CALL_NOW)), None)

    @property
    def call_me(self):
        return next(iter(self.lines_for(HelplineNumber.Purpose.CALL_ME)), None)

    @property
    def public_lines(self):
        return self.lines_for(HelplineNumber.Purpose.PUBLIC)

    @property
    def routing_summary(self):
        return self.disclosures.get(Disclosure.Key.ROUTING_SUMMARY)

    @property
    def routing_detail(self):
        return self.disclosures.get(Disclosure.Key.ROUTING_DETAIL)

    @property
    def paid_listings(self):
        return self.disclosures.get(Disclosure.Key.PAID_LISTINGS)

    @property
    def tokens(self):
        name = self.primary_partner.name if self.primary_partner else "our partner"
        return {"primary_partner": name}


def site_chrome():
    return SiteChrome(
        lines=list(HelplineNumber.objects.active()),
        disclosures={d.key: d for d in Disclosure.objects.all()},
        primary_partner=RoutingPartner.objects.filter(role=RoutingPartner.Role.PRIMARY).first(),
    )


def routing_partners():
    return list(RoutingPartner.objects.all())
