"""The phone component, the one way a phone number is shown: a call link that
says what the number is for, and beside it who answers, linked to the
routing disclosure.

Built here rather than in a template: it is on every page, twenty times on a
page of search results, and the template engine spent about a tenth of a
millisecond on each. The markup is pinned by tests/calls/test_phone_component.py."""

from functools import lru_cache

from django.urls import reverse
from django.utils.html import format_html
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import get_language


def _field(line, name):
    """A helpline row, a center's number or a settings dict (the error pages)."""
    if isinstance(line, dict):
        return line.get(name, "")
    return getattr(line, name, "")


@lru_cache(maxsize=8)
def _links(language: str | None) -> tuple[str, str]:
    return reverse("programs:call_me"), reverse("programs:where_calls_go")


def phone_html(line, variant: str = "block") -> SafeString:
    """`variant`: "block" (label above the number), "inline" (in a sentence or
    a card) or "button" (the header's call button)."""
    number, display, label = _field(line, "number"), _field(line, "display"), _field(line, "label")
    call_me_url, where_calls_go_url = _links(get_language())
    if variant == "button":
        inner = format_html('<span class="visually-hidden">{}: </span>Call {}', label, display)
    else:
        inner = format_html(
            '<span class="phone__label">{}</span> <span class="phone__number">{}</span>', label, display
        )
    parts = [
        format_html(
            '<span class="phone phone--{}">\n  <a class="phone__link" href="tel:{}">{}</a>',
            variant,
            number,
            inner,
        )
    ]
    if _field(line, "accepts_texts"):
        parts.append(
            format_html(
                '\n  <a class="phone__link phone__link--text" href="sms:{}">Text {}</a>', number, display
            )
        )
    if _field(line, "purpose") == "call_me":
        parts.append(
            format_html(
                '\n  <a class="phone__callback" href="{}">Or ask us to call you back</a>', call_me_url
            )
        )
    around_the_clock = _field(line, "around_the_clock")
    if note := _field(line, "note"):
        meta = format_html("{}{}.", note, ", 24/7" if around_the_clock else "")
    else:
        meta = "Answered 24/7." if around_the_clock and variant != "button" else ""
    parts.append(
        format_html(
            '\n  <span class="phone__meta">{}\n    <a class="phone__who" href="{}">{}</a></span>\n</span>',
            meta,
            where_calls_go_url,
            _field(line, "who_label"),
        )
    )
    return mark_safe("".join(parts))  # every part above is escaped by format_html
