"""Reads of the article. Every public view gets articles through here, and
so through the `published()` door."""

from dataclasses import dataclass, field
from urllib.parse import urlencode

from django.db.models import Prefetch, QuerySet
from django.shortcuts import get_object_or_404
from django.urls import reverse

from programs.centers.presentation import LABELS
from programs.content import text
from programs.models import Article, CallQuestion, Section

# The finder's payment filters the cost section links to (codes from
# `programs.centers.presentation`): Medicaid, Medicare, private health
# insurance, and a sliding fee based on income.
PAYMENT_FILTERS = ("MD", "MC", "PI", "SS")


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

    @property
    def prose(self) -> str:
        """The section's text without its closing "Sources:" paragraph."""
        return text.split_sources(self.section.body)[0]

    @property
    def sources(self) -> str:
        """The closing "Sources:" paragraph, or ""."""
        return text.split_sources(self.section.body)[1]


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


def call_questions() -> list[CallQuestion]:
    """The questions to ask a program, as editors ordered them: one query."""
    return list(CallQuestion.objects.filter(active=True).only("question", "why"))


def shows_call_questions(article: Article) -> bool:
    return any(section.kind == Section.Kind.QUESTIONS for section in article.sections.all())


@dataclass
class PaymentSearch:
    label: str
    url: str


def payment_searches(article: Article) -> list[PaymentSearch]:
    """Finder searches for the article's kind of program (its finder filter)
    that take each way of paying in PAYMENT_FILTERS, labelled in the active
    language (the finder's labels are lazy translations)."""
    finder = reverse("programs:finder")
    kind = [("services", article.finder_service_code)] if article.finder_service_code else []
    return [
        PaymentSearch(str(LABELS[code]), f"{finder}?{urlencode([*kind, ('services', code)])}")
        for code in PAYMENT_FILTERS
    ]
