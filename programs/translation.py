"""Content in English and Spanish (django-modeltranslation), and its revisions.

Each field named here gets an `_en` and an `_es` column; reading the field
gives the active language's text (English when the Spanish is empty: pages
check `content_language` and say so in Spanish rather than pass English off
as Spanish). Editors see both languages one under the other in the admin.

Revisions (django-simple-history) are registered here, after the translated
fields exist, so that every revision keeps both languages. Registered in the
models' class bodies, the revision tables would be built before modeltranslation
adds its columns, and an edit to the Spanish text would leave no trace.
"""

from modeltranslation.translator import TranslationOptions, translator
from simple_history import register as keep_revisions

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

TRANSLATED = {
    Article: ("title", "summary", "meta_description", "hero_image_alt", "update_note"),
    Section: ("heading", "body"),
    SectionItem: ("title", "text"),
    KeyFigure: ("unit", "label"),
    Citation: ("title",),
    Disclosure: ("title", "body"),
    HelplineNumber: ("label", "answered_by", "note", "spanish_service"),
    Page: ("title", "meta_description", "intro"),
    PageSection: ("heading", "body"),
    CallQuestion: ("question", "why"),
}
# Revised content with nothing to translate: still kept in history.
UNTRANSLATED_REVISED = (RoutingPartner,)

for model, fields in TRANSLATED.items():
    options = type(f"{model.__name__}Translation", (TranslationOptions,), {"fields": fields})
    translator.register(model, options)

for model in (*TRANSLATED, *UNTRANSLATED_REVISED):
    keep_revisions(model, app="programs")
