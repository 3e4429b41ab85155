"""Editor-written text to safe HTML.

Editors write plain text: a blank line starts a new paragraph, and a token
such as ``[[hours_per_week]]`` stands for a value kept elsewhere (a key
figure, the primary partner's name), so a fact is typed once and stays the
same wherever it appears. Everything is escaped; editors never write HTML.

A last paragraph that starts with "Sources:" names the works a section rests
on; `split_sources` sets it apart so that the page can show it in small print
after the section's list.
"""

import re

from django.core.exceptions import ValidationError
from django.utils.html import escape, format_html_join
from django.utils.safestring import mark_safe

TOKEN = re.compile(r"\[\[\s*([a-z0-9_]+)\s*\]\]")
PARAGRAPH_BREAK = re.compile(r"\n\s*\n")
SOURCES = re.compile(r"^Sources?:", re.IGNORECASE)


def tokens_in(text):
    """The token names used in `text`."""
    return set(TOKEN.findall(text or ""))


def check_tokens(value, field, known):
    """Refuse (for the admin form's `field`) a placeholder that is not in `known`."""
    unknown = tokens_in(value) - set(known)
    if unknown:
        names = ", ".join(f"[[{name}]]" for name in sorted(unknown))
        available = ", ".join(f"[[{name}]]" for name in known)
        raise ValidationError({field: f"Unknown placeholder: {names}. Available: {available}."})


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


def split_sources(text):
    """(`text` without its last paragraph, that paragraph) when the last
    paragraph starts with "Sources:"; else (`text`, "")."""
    blocks = [block.strip() for block in PARAGRAPH_BREAK.split(text or "") if block.strip()]
    if blocks and SOURCES.match(blocks[-1]):
        return "\n\n".join(blocks[:-1]), blocks[-1]
    return text or "", ""
