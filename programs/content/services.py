"""Writes: loading the site's starting content."""

from dataclasses import dataclass, field
from types import ModuleType

from django.db import transaction
from django.db.models import Model
from django.utils import timezone

from programs.content import seed, seed_pages
from programs.content.spanish import spanish_content_fill
from programs.models import (
    Article,
    CallQuestion,
    Citation,
    Disclosure,
    HelplineNumber,
    KeyFigure,
    Page,
    PageSection,
    RoutingPartner,
    Section,
    SectionItem,
)


@dataclass
class LoadReport:
    created: list[str] = field(default_factory=list)
    kept: list[str] = field(default_factory=list)
    spanish: list[str] = field(default_factory=list)  # items whose empty Spanish text was filled

    def note(self, obj: Model, created: bool) -> None:
        (self.created if created else self.kept).append(f"{type(obj)._meta.verbose_name}: {obj}")


@transaction.atomic
def site_content_load(*, content: ModuleType = seed, pages: ModuleType = seed_pages) -> LoadReport:
    """Create whatever starting content is missing; never touch what exists;
    give every empty Spanish text its starting Spanish (`spanish`).

    Each top-level object (partner, helpline, disclosure, article) is looked up
    by its natural key. An existing one is kept exactly as editors left it, so
    running this again (as `make run` does) cannot undo their work.
    """
    report = LoadReport()
    partners = {}
    for data in content.PARTNERS:
        partner, created = RoutingPartner.objects.get_or_create(
            name=data["name"], defaults=_without(data, "name")
        )
        partners[partner.name] = partner
        report.note(partner, created)
    for data in content.HELPLINES:
        defaults = _without(data, "number", "purpose", "partner")
        defaults["partner"] = partners.get(data.get("partner"))
        line, created = HelplineNumber.objects.get_or_create(
            number=data["number"], purpose=data["purpose"], defaults=defaults
        )
        report.note(line, created)
    for data in content.DISCLOSURES:
        disclosure, created = Disclosure.objects.get_or_create(
            key=data["key"], defaults=_without(data, "key")
        )
        report.note(disclosure, created)
    article, created = _get_or_create_article(content.ARTICLE)
    report.note(article, created)
    if not CallQuestion.objects.exists():  # the list as a whole is the editors' once it exists
        for order, data in enumerate(content.CALL_QUESTIONS, start=1):
            report.note(CallQuestion.objects.create(order=order, **data), True)
    for data in pages.PAGES:
        page, created = Page.objects.get_or_create(
            key=data["key"], defaults=_without(data, "key", "sections")
        )
        if created:
            for order, section in enumerate(data.get("sections", []), start=1):
                PageSection.objects.create(page=page, order=order, **section)
        report.note(page, created)
    if content is seed:  # the Spanish texts belong to the project's own seed
        report.spanish = spanish_content_fill()
    return report


def _get_or_create_article(data: dict) -> tuple[Article, bool]:
    article = Article.objects.filter(slug=data["slug"]).first()
    if article:
        return article, False
    article = Article.objects.create(
        status=Article.Status.PUBLISHED,
        published_at=timezone.now(),
        **_without(data, "figures", "sections", "citations"),
    )
    KeyFigure.objects.bulk_create(
        KeyFigure(article=article, order=order, **figure)
        for order, figure in enumerate(data["figures"], start=1)
    )
    for order, section_data in enumerate(data["sections"], start=1):
        section = Section.objects.create(article=article, order=order, **_without(section_data, "items"))
        SectionItem.objects.bulk_create(
            SectionItem(section=section, order=item_order, **item)
            for item_order, item in enumerate(section_data.get("items", []), start=1)
        )
    Citation.objects.bulk_create(
        Citation(article=article, order=order, **citation)
        for order, citation in enumerate(data["citations"], start=1)
    )
    return article, True


def _without(data: dict, *keys: str) -> dict:
    return {key: value for key, value in data.items() if key not in keys}
