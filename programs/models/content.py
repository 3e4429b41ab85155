"""The article and everything a visitor reads in it."""

import datetime

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone

from programs import uploads
from programs.content import text


class ArticleQuerySet(models.QuerySet):
    def published(self):
        """The only way a public view gets articles: published and not in the future."""
        return self.filter(status=Article.Status.PUBLISHED, published_at__lte=timezone.now())


class Article(models.Model):
    class Status(models.TextChoices):
        DRAFT = "draft", "Draft (not visible to the public)"
        PUBLISHED = "published", "Published"

    title = models.CharField(max_length=200)
    slug = models.SlugField(
        max_length=100,
        unique=True,
        help_text="The last part of the page address: /treatment/<slug>/. "
        "Changing it breaks links people have saved.",
    )
    summary = models.TextField(
        max_length=400,
        help_text="One or two sentences shown under the title and on the home page.",
    )
    meta_description = models.CharField(
        max_length=160,
        help_text="What search engines show under the link (up to 160 characters).",
    )
    hero_image = models.ImageField(
        upload_to=uploads.article_image_path,
        blank=True,
        validators=uploads.IMAGE_VALIDATORS,
        help_text="Optional picture at the top of the article (JPEG, PNG or WebP, up to 5 MB).",
    )
    hero_image_alt = models.CharField(
        "hero image description",
        max_length=200,
        blank=True,
        help_text="Describe the picture for people who cannot see it. Required when there is a picture.",
    )
    status = models.CharField(max_length=10, choices=Status, default=Status.DRAFT)
    published_at = models.DateTimeField(
        "publication date",
        null=True,
        blank=True,
        help_text="The article is public from this moment, once its status is Published.",
    )
    author = models.CharField(max_length=120, blank=True)
    medical_reviewer = models.CharField(
        max_length=120,
        blank=True,
        help_text="Name of the clinician who reviewed the article, with credentials "
        "(for example “Jane Doe, MD”). Leave empty until a real review has happened: "
        "the byline shows a reviewer only when this is filled in.",
    )
    last_reviewed = models.DateField(
        "last reviewed",
        null=True,
        blank=True,
        help_text="The date of the most recent medical review.",
    )
    review_due = models.DateField(
        "review due",
        null=True,
        blank=True,
        help_text="When a clinician should next check the article. Left empty, it is set "
        "to a year after the last review.",
    )
    update_note = models.CharField(
        "what changed",
        max_length=200,
        blank=True,
        help_text="One short sentence for readers about the last significant update, e.g. "
        "“Added a section on medication.” Shown with its date under the title.",
    )
    updated_on = models.DateField(
        "last significant update",
        null=True,
        blank=True,
        help_text="The date of the change described in “what changed”.",
    )
    finder_service_code = models.CharField(
        "finder filter",
        max_length=10,
        blank=True,
        help_text="A SAMHSA service code, e.g. OIT for intensive outpatient: the article "
        "then offers a treatment-center search filtered to it. Leave empty for none.",
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = ArticleQuerySet.as_manager()

    REVIEW_INTERVAL_DAYS = 365

    class Meta:
        ordering = ["title"]
        constraints = [
            models.CheckConstraint(
                condition=Q(hero_image="") | ~Q(hero_image_alt=""),
                name="article_hero_image_has_alt_text",
                violation_error_message="Describe the hero image for people who cannot see it.",
            ),
            models.CheckConstraint(
                condition=~Q(status="published") | Q(published_at__isnull=False),
                name="article_published_has_date",
                violation_error_message="A published article needs a publication date.",
            ),
        ]

    def __str__(self):
        return self.title

    def save(self, *args, **kwargs):
        if self.last_reviewed and not self.review_due:
            self.review_due = self.last_reviewed + datetime.timedelta(days=self.REVIEW_INTERVAL_DAYS)
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return reverse("programs:article", kwargs={"slug": self.slug})

    def clean(self):
        alt = text.language_columns(self, "hero_image_alt")[0]  # English: Spanish may fall back to it
        if self.hero_image and not (getattr(self, alt) or "").strip():
            raise ValidationError({alt: "Describe the picture for people who cannot see it."})
        if self.medical_reviewer and not self.last_reviewed:
            raise ValidationError({"last_reviewed": "Give the date of the review along with the reviewer."})
        if self.status == self.Status.PUBLISHED and not self.published_at:
            self.published_at = timezone.now()
        if self.update_note and not self.updated_on:
            self.updated_on = timezone.localdate()


class Section(models.Model):
    class Kind(models.TextChoices):
        OVERVIEW = "overview", "Overview"
        AUDIENCE = "audience", "Who it suits"
        URGENT = "urgent", "Get help now (a box that also lists the free public crisis lines)"
        LEVELS = "levels", "Levels of care (items shown as terms and what they mean)"
        PLAN = "plan", "Treatment plan and length"
        BENEFITS = "benefits", "Benefits"
        COMPONENTS = "components", "Components of care"
        THERAPY = "therapy", "One kind of therapy (shown inside Components)"
        SUPPORT = "support", "Support groups (shown inside Components)"
        TREATMENT = "treatment", "Medicine and proven therapies"
        WEEK = "week", "A typical week"
        COST = "cost", "Cost and insurance (also links to finder searches by payment)"
        CHOOSING = "choosing", "Choosing a program"
        QUESTIONS = "questions", "Questions to ask (also shows the list of questions)"
        CALL_TO_ACTION = "cta", "Call to action"

    # Kinds shown one level down, under the components heading.
    NESTED_KINDS = {Kind.THERAPY, Kind.SUPPORT}

    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="sections")
    order = models.PositiveSmallIntegerField(default=0)
    kind = models.CharField(max_length=12, choices=Kind)
    heading = models.CharField(max_length=160)
    anchor = models.SlugField(
        max_length=80,
        help_text="Used in links to this section (#anchor) and in the table of contents.",
    )
    body = models.TextField(
        blank=True,
        help_text="Plain text. Leave a blank line between paragraphs. "
        "Write [[key]] to insert a key figure, for example [[hours_per_week]].",
    )
    call_box_after = models.BooleanField(
        "call box after this section",
        default=False,
        help_text="Show the “Questions about treatment?” box with the helpline after "
        "this section. Use it once or twice per article, not more.",
    )

    class Meta:
        ordering = ["article", "order"]
        constraints = [
            models.UniqueConstraint(fields=["article", "order"], name="section_order_unique_per_article"),
            models.UniqueConstraint(fields=["article", "anchor"], name="section_anchor_unique_per_article"),
        ]

    def __str__(self):
        return self.heading

    @property
    def is_nested(self):
        return self.kind in self.NESTED_KINDS

    def clean(self):
        if self.article_id is None:
            return
        known = set(self.article.figures.values_list("key", flat=True))
        for column in text.language_columns(self, "body"):
            unknown = text.tokens_in(getattr(self, column)) - known
            if unknown:
                names = ", ".join(f"[[{name}]]" for name in sorted(unknown))
                raise ValidationError(
                    {
                        column: f"No key figure is called {names}. Known: "
                        + (", ".join(sorted(known)) or "none yet")
                        + "."
                    }
                )


class SectionItem(models.Model):
    """A bullet in a section: a benefit, an example of holistic therapy."""

    section = models.ForeignKey(Section, on_delete=models.CASCADE, related_name="items")
    order = models.PositiveSmallIntegerField(default=0)
    title = models.CharField(max_length=120, blank=True, help_text="Optional bold lead-in.")
    text = models.CharField(max_length=400, blank=True)

    class Meta:
        ordering = ["section", "order"]
        constraints = [
            models.UniqueConstraint(fields=["section", "order"], name="item_order_unique_per_section"),
            models.CheckConstraint(
                condition=~Q(title="", text=""),
                name="item_has_title_or_text",
                violation_error_message="Give the item a title or some text.",
            ),
        ]

    def __str__(self):
        return self.title or self.text[:60]
