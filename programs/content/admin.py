"""The editors' admin for the guide: the article and its parts, the site's
pages, the questions to ask a program, and the disclosures.

Every change is kept as a revision (History on each change page). An article
can be previewed as visitors will see it, saved or not (`PreviewAdmin`)."""

from datetime import timedelta

from django.contrib import admin
from django.core.exceptions import ValidationError
from django.db.models import F, Prefetch
from django.forms.models import BaseInlineFormSet
from django.utils import timezone
from django.utils.html import format_html
from modeltranslation.admin import TranslationStackedInline, TranslationTabularInline

from programs.admin_site import PlainHelpTexts, PreviewAdmin, TranslatedAdmin, TranslatedPartAdmin
from programs.content.views import ArticleView
from programs.models import (
    Article,
    CallQuestion,
    Citation,
    Disclosure,
    KeyFigure,
    Page,
    PageSection,
    Section,
    SectionItem,
)

MAX_CALL_BOXES = 2
REVIEW_SOON_DAYS = 30


class CallBoxLimitFormSet(BaseInlineFormSet):
    """One or two call boxes help; six, like the source page, is noise."""

    def clean(self):
        super().clean()
        boxes = sum(
            1
            for form in self.forms
            if form.cleaned_data.get("call_box_after") and not form.cleaned_data.get("DELETE")
        )
        if boxes > MAX_CALL_BOXES:
            raise ValidationError(
                f"Tick “call box after this section” on at most {MAX_CALL_BOXES} sections (now {boxes})."
            )


class KeyFigureInline(PlainHelpTexts, TranslationTabularInline):
    model = KeyFigure
    extra = 0
    fields = ["order", "key", "low", "high", "approximate", "unit", "label"]
    show_change_link = True  # its own page has its History


class SectionInline(PlainHelpTexts, TranslationStackedInline):
    model = Section
    formset = CallBoxLimitFormSet
    extra = 0
    fields = ["order", "kind", "heading", "anchor", "body", "call_box_after"]
    prepopulated_fields = {"anchor": ["heading"]}
    show_change_link = True  # items (bullets) are edited on the section's own page


class CitationInline(PlainHelpTexts, TranslationTabularInline):
    model = Citation
    extra = 0
    fields = ["order", "kind", "title", "publisher", "year", "url", "accessed"]
    show_change_link = True  # authors, journal, pages and DOI are on its own page


class ReviewDueFilter(admin.SimpleListFilter):
    title = "medical review"
    parameter_name = "review"

    def lookups(self, request, model_admin):
        return [
            ("due", "Due now or overdue"),
            ("soon", f"Due in the next {REVIEW_SOON_DAYS} days"),
            ("none", "No date set"),
        ]

    def queryset(self, request, queryset):
        today = timezone.localdate()
        if self.value() == "due":
            return queryset.filter(review_due__lte=today)
        if self.value() == "soon":
            return queryset.filter(review_due__gt=today, review_due__lte=today + timedelta(REVIEW_SOON_DAYS))
        if self.value() == "none":
            return queryset.filter(review_due__isnull=True)
        return queryset


@admin.register(Article)
class ArticleAdmin(PreviewAdmin, TranslatedAdmin):
    list_display = [
        "title",
        "status",
        "published_at",
        "medical_reviewer",
        "last_reviewed",
        "review_due",
        "updated_at",
    ]
    list_filter = [ReviewDueFilter, "status", "last_reviewed"]
    # Reviews due soonest first: overdue ones at the top, never-reviewed ones last.
    ordering = [F("review_due").asc(nulls_last=True), "title"]
    search_fields = ["title", "summary", "sections__heading", "sections__body"]
    prepopulated_fields = {"slug": ["title"]}
    readonly_fields = ["image_preview", "created_at", "updated_at", "view_on_site_link"]
    inlines = [KeyFigureInline, SectionInline, CitationInline]
    fieldsets = [
        (None, {"fields": ["title", "slug", "summary", "meta_description"]}),
        ("Publication", {"fields": ["status", "published_at", "view_on_site_link", "finder_service_code"]}),
        ("Latest significant update, shown to readers", {"fields": ["update_note", "updated_on"]}),
        ("Picture", {"fields": ["hero_image", "image_preview", "hero_image_alt"]}),
        ("Authorship and review", {"fields": ["author", "medical_reviewer", "last_reviewed", "review_due"]}),
        ("Created and saved", {"fields": ["created_at", "updated_at"], "classes": ["collapse"]}),
    ]

    preview_template = ArticleView.template_name
    preview_related = (
        Prefetch("sections", Section.objects.prefetch_related("items")),
        "figures",
        "citations",
    )

    def preview_context(self, request, article):
        """Exactly what `ArticleView` gives its template, for any article, published or not."""
        view = ArticleView()
        view.setup(request, slug=article.slug)
        view.object = article
        return view.get_context_data()

    def get_search_results(self, request, queryset, search_term):
        queryset, _ = super().get_search_results(request, queryset, search_term)
        return queryset.distinct(), False

    @admin.display(description="preview")
    def image_preview(self, article):
        if not article.hero_image:
            return "No picture yet."
        return format_html(
            '<img src="{}" alt="{}" width="320">',
            article.hero_image.url,
            article.hero_image_alt,
        )

    @admin.display(description="public page")
    def view_on_site_link(self, article):
        if not article.pk:
            return "Save the article first."
        if not Article.objects.published().filter(pk=article.pk).exists():
            return "Not public yet (draft, or publication date in the future)."
        return format_html('<a href="{0}">{0}</a>', article.get_absolute_url())


class SectionItemInline(PlainHelpTexts, TranslationTabularInline):
    model = SectionItem
    extra = 1
    fields = ["order", "title", "text"]
    show_change_link = True  # its own page has its History


@admin.register(Section)
class SectionAdmin(TranslatedAdmin):
    list_display = ["heading", "article", "order", "kind", "call_box_after"]
    list_filter = ["article", "kind"]
    list_select_related = ["article"]
    search_fields = ["heading", "body", "items__text"]
    prepopulated_fields = {"anchor": ["heading"]}
    inlines = [SectionItemInline]

    def get_search_results(self, request, queryset, search_term):
        queryset, _ = super().get_search_results(request, queryset, search_term)
        return queryset.distinct(), False


@admin.register(KeyFigure)
class KeyFigureAdmin(TranslatedPartAdmin):
    list_display = ["key", "article", "low", "high", "unit"]
    list_select_related = ["article"]


@admin.register(Citation)
class CitationAdmin(TranslatedPartAdmin):
    list_display = ["title", "article", "kind", "year"]
    list_select_related = ["article"]


@admin.register(SectionItem)
class SectionItemAdmin(TranslatedPartAdmin):
    list_display = ["__str__", "section", "order"]
    list_select_related = ["section"]


class PageSectionInline(PlainHelpTexts, TranslationStackedInline):
    model = PageSection
    extra = 0
    fields = ["order", "heading", "body"]
    show_change_link = True  # its own page has its History


@admin.register(Page)
class PageAdmin(TranslatedAdmin):
    list_display = ["title", "key", "last_corrected", "updated_at"]
    fields = ["key", "title", "meta_description", "intro", "last_corrected", "updated_at"]
    readonly_fields = ["updated_at"]
    inlines = [PageSectionInline]

    def get_readonly_fields(self, request, obj=None):
        # The key says which address shows the page: fixed once the page exists.
        readonly = super().get_readonly_fields(request, obj)
        return [*readonly, "key"] if obj else readonly


@admin.register(PageSection)
class PageSectionAdmin(TranslatedPartAdmin):
    list_display = ["heading", "page", "order"]
    list_select_related = ["page"]


@admin.register(CallQuestion)
class CallQuestionAdmin(TranslatedAdmin):
    list_display = ["question", "why", "active", "order"]
    list_editable = ["active", "order"]
    list_filter = ["active"]
    search_fields = ["question", "why"]


@admin.register(Disclosure)
class DisclosureAdmin(TranslatedAdmin):
    list_display = ["__str__", "title", "updated_at"]
    search_fields = ["title", "body"]
