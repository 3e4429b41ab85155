"""Editor-written text to safe HTML.

Editors write plain text: a blank line starts a new paragraph, and a token
such as ``[[hours_per_week]]`` stands for a value kept elsewhere (a key
figure, the primary partner's name), so a fact is typed once and stays the
same wherever it appears. Everything is escaped; editors never write HTML.

A last paragraph that starts with "Sources:" names the works a section rests
on; `split_sources` sets it apart so that the page can show it in small print
after the section's list. A translated section starts that paragraph with
the word of its own language (the translation of "Sources:").
"""

import re

from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils.html import escape, format_html_join
from django.utils.safestring import mark_safe
from django.utils.translation import pgettext

TOKEN = re.compile(r"\[\[\s*([a-z0-9_]+)\s*\]\]")
PARAGRAPH_BREAK = re.compile(r"\n\s*\n")
SOURCES = re.compile(r"^(Sources?|Fuentes?):", re.IGNORECASE)  # English or Spanish


def tokens_in(text):
    """The token names used in `text`."""
    return set(TOKEN.findall(text or ""))


def language_columns(instance, field):
    """The columns holding `field` in each language (programs/translation.py),
    English first; just `field` for a field that is not translated. Checks
    and errors name these: they are what the admin's form shows."""
    columns = [f"{field}_{code}" for code, _ in settings.LANGUAGES]
    return [name for name in columns if hasattr(instance, name)] or [field]


def check_tokens(instance, field, known):
    """Refuse (for the admin form's field, in each language) a placeholder
    that is not in `known`."""
    for column in language_columns(instance, field):
        unknown = tokens_in(getattr(instance, column)) - set(known)
        if unknown:
            names = ", ".join(f"[[{name}]]" for name in sorted(unknown))
            available = ", ".join(f"[[{name}]]" for name in known)
            raise ValidationError({column: f"Unknown placeholder: {names}. Available: {available}."})


def fill(text, values):
    """Escape `text` and replace known tokens with their escaped values.

    An unknown token is left visible so that a mistake shows on the page
    instead of silently dropping words (the admin refuses unknown tokens).
    """
    parts = TOKEN.split(text or "")
    # split() alternates literal text and captured token names.
    out = []
    for index, part in enumerate(parts):
        if index % 2 == 0:
            out.append(escape(part))
        elif part in values:
            out.append(escape(values[part]))
        else:
            out.append(escape(f"[[{part}]]"))
    return mark_safe("".join(out))


def paragraphs(text, values):
    """`text` as <p> elements, tokens filled."""
    blocks = [block.strip() for block in PARAGRAPH_BREAK.split(text or "") if block.strip()]
    return format_html_join("\n", "<p>{}</p>", ((fill(block, values),) for block in blocks))


def is_sources(block):
    """Whether a paragraph lists sources: "Source:"/"Sources:", or the word
    of the active language."""
    label = pgettext("first word of the paragraph listing an article section's sources", "Sources:")
    return bool(SOURCES.match(block)) or block.lower().startswith(label.lower())


def split_sources(text):
    """(`text` without its last paragraph, that paragraph) when the last
    paragraph lists sources (`is_sources`); else (`text`, "")."""
    blocks = [block.strip() for block in PARAGRAPH_BREAK.split(text or "") if block.strip()]
    if blocks and is_sources(blocks[-1]):
        return "\n\n".join(blocks[:-1]), blocks[-1]
    return text or "", ""
