"""Reads of the article. Every public view gets articles through here, and
so through the `published()` door."""

from dataclasses import dataclass, field

from django.db.models import Prefetch, QuerySet
from django.shortcuts import get_object_or_404

from programs.models import Article, Section


def published_articles() -> QuerySet[Article]:
    return Article.objects.published().only("title", "slug", "summary").order_by("title")


def published_article(slug: str) -> Article:
    """The article with everything its page shows, in a fixed number of queries."""
    sections = Section.objects.prefetch_related("items")
    queryset = Article.objects.published().prefetch_related(
        Prefetch("sections", queryset=sections), "figures", "citations"
    )
    return get_object_or_404(queryset, slug=slug)


@dataclass
class OutlineEntry:
    section: Section
    children: list["OutlineEntry"] = field(default_factory=list)


def article_outline(article: Article) -> list[OutlineEntry]:
    """Sections as a two-level tree: therapy and support sit under the
    components section before them."""
    outline: list[OutlineEntry] = []
    for section in article.sections.all():
        if section.is_nested and outline:
            outline[-1].children.append(OutlineEntry(section))
        else:
            outline.append(OutlineEntry(section))
    return outline


def figure_values(article: Article) -> dict[str, str]:
    return {figure.key: figure.number for figure in article.figures.all()}
