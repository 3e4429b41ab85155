"""The editors' admin for the article and the disclosures."""

from django.contrib import admin
from django.core.exceptions import ValidationError
from django.forms.models import BaseInlineFormSet
from django.utils.html import format_html

from programs.models import Article, Citation, Disclosure, KeyFigure, Section, SectionItem

MAX_CALL_BOXES = 2


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


class KeyFigureInline(admin.TabularInline):
    model = KeyFigure
    extra = 0
    fields = ["order", "key", "low", "high", "approximate", "unit", "label"]


class SectionInline(admin.StackedInline):
    model = Section
    formset = CallBoxLimitFormSet
    extra = 0
    fields = ["order", "kind", "heading", "anchor", "body", "call_box_after"]
    prepopulated_fields = {"anchor": ["heading"]}
    show_change_link = True  # items (bullets) are edited on the section's own page


class CitationInline(admin.TabularInline):
    model = Citation
    extra = 0
    fields = ["order", "title", "publisher", "year", "url", "accessed"]


@admin.register(Article)
class ArticleAdmin(admin.ModelAdmin):
    list_display = ["title", "status", "published_at", "medical_reviewer", "last_reviewed", "updated_at"]
    list_filter = ["status", "last_reviewed"]
    search_fields = ["title", "summary", "sections__heading", "sections__body"]
    prepopulated_fields = {"slug": ["title"]}
    readonly_fields = ["image_preview", "created_at", "updated_at", "view_on_site_link"]
    inlines = [KeyFigureInline, SectionInline, CitationInline]
    fieldsets = [
        (None, {"fields": ["title", "slug", "summary", "meta_description"]}),
        ("Publication", {"fields": ["status", "published_at", "view_on_site_link", "finder_service_code"]}),
        ("Picture", {"fields": ["hero_image", "image_preview", "hero_image_alt"]}),
        ("Authorship and review", {"fields": ["author", "medical_reviewer", "last_reviewed"]}),
        ("History", {"fields": ["created_at", "updated_at"], "classes": ["collapse"]}),
    ]

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


class SectionItemInline(admin.TabularInline):
    model = SectionItem
    extra = 1
    fields = ["order", "title", "text"]


@admin.register(Section)
class SectionAdmin(admin.ModelAdmin):
    list_display = ["heading", "article", "order", "kind", "call_box_after"]
    list_filter = ["article", "kind"]
    list_select_related = ["article"]
    search_fields = ["heading", "body", "items__text"]
    prepopulated_fields = {"anchor": ["heading"]}
    inlines = [SectionItemInline]

    def get_search_results(self, request, queryset, search_term):
        queryset, _ = super().get_search_results(request, queryset, search_term)
        return queryset.distinct(), False


@admin.register(Disclosure)
class DisclosureAdmin(admin.ModelAdmin):
    list_display = ["__str__", "title", "updated_at"]
    search_fields = ["title", "body"]
