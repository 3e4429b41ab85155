"""What the article states and what it cites: its key figures, typed once
so that every mention agrees, and its references."""

from django.db import models
from django.db.models import F, Q

from programs.models.content import Article


class KeyFigure(models.Model):
    """A number stated in the article, kept once so every mention agrees."""

    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="figures")
    order = models.PositiveSmallIntegerField(default=0)
    key = models.SlugField(
        max_length=40,
        help_text="Short name used in the text as [[key]], for example hours_per_week. "
        "Lower-case letters, digits and underscores.",
    )
    low = models.PositiveSmallIntegerField("value", help_text="The number, or the low end of a range.")
    high = models.PositiveSmallIntegerField(
        "high end of range", null=True, blank=True, help_text="Leave empty for a single number."
    )
    approximate = models.BooleanField(default=False, help_text="Show as “about 3”.")
    unit = models.CharField(max_length=60, help_text="What is counted, e.g. “hours a week”.")
    label = models.CharField(
        max_length=120, help_text="Shown under the number, e.g. “of counseling each week”."
    )

    class Meta:
        ordering = ["article", "order"]
        constraints = [
            models.UniqueConstraint(fields=["article", "key"], name="figure_key_unique_per_article"),
            models.UniqueConstraint(fields=["article", "order"], name="figure_order_unique_per_article"),
            models.CheckConstraint(
                condition=Q(high__isnull=True) | Q(high__gt=F("low")),
                name="figure_range_high_above_low",
                violation_error_message="The high end of the range must be above the value.",
            ),
        ]

    def __str__(self):
        return f"{self.number} {self.unit}"

    @property
    def number(self):
        """The figure alone: “4–8”, “about 2”."""
        span = f"{self.low}–{self.high}" if self.high is not None else str(self.low)
        return f"about {span}" if self.approximate else span


class Citation(models.Model):
    class Kind(models.TextChoices):
        ARTICLE = "article", "Journal article"
        REPORT = "report", "Report or guide (an agency, a government)"
        BOOK = "book", "Book"
        WEB_PAGE = "web_page", "Web page"

    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="citations")
    order = models.PositiveSmallIntegerField(default=0)
    kind = models.CharField(max_length=10, choices=Kind, default=Kind.REPORT)
    title = models.CharField(max_length=300)
    authors = models.CharField(
        max_length=300, blank=True, help_text="As the work lists them, e.g. “McCarty D, Braude L, Lyman DR”."
    )
    journal = models.CharField(max_length=200, blank=True, help_text="For a journal article: the journal.")
    pages = models.CharField(
        max_length=40,
        blank=True,
        help_text="For a journal article: volume(issue) and pages, e.g. “65(6):718–726”.",
    )
    publisher = models.CharField(
        max_length=200, blank=True, help_text="The agency or organization that published it (not a journal)."
    )
    year = models.PositiveSmallIntegerField(null=True, blank=True)
    doi = models.CharField(
        "DOI", max_length=100, blank=True, help_text="For a journal article, e.g. 10.1176/appi.ps.201300249."
    )
    url = models.URLField("address", max_length=500)
    accessed = models.DateField(
        null=True,
        blank=True,
        help_text="When an editor last opened the address and checked it still says this.",
    )

    class Meta:
        ordering = ["article", "order"]
        constraints = [
            models.UniqueConstraint(fields=["article", "order"], name="citation_order_unique_per_article"),
        ]

    def __str__(self):
        return self.title
