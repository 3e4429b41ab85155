"""The phone component, the one way a phone number is shown: a call link that
says what the number is for, and beside it who answers, linked to the
routing disclosure.

Built here rather than in a template: it is on every page, twenty times on a
page of search results, where the template engine spent about a tenth of a
millisecond on each. Plain f-strings with `html.escape` (what Django's own
`escape` calls, without its lazy-string wrapper) on every value; the markup
is pinned by tests/calls/test_phone_component.py."""

from functools import lru_cache
from html import escape

from django.urls import reverse
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
    number, display = escape(str(_field(line, "number"))), escape(str(_field(line, "display")))
    label = escape(str(_field(line, "label")))
    extension = escape(str(_field(line, "extension") or ""))
    dial = f"{number};ext={extension}" if extension else number  # RFC 3966: phones dial it after answer
    call_me_url, where_calls_go_url = _links(get_language())
    if variant == "button":
        inner = f'<span class="visually-hidden">{label}: </span>Call {display}'
    else:
        inner = f'<span class="phone__label">{label}</span> <span class="phone__number">{display}</span>'
    html = f'<span class="phone phone--{escape(variant)}">\n'
    html += f'  <a class="phone__link" href="tel:{dial}">{inner}</a>'
    if _field(line, "accepts_texts"):
        html += f'\n  <a class="phone__link phone__link--text" href="sms:{number}">Text {display}</a>'
    if _field(line, "purpose") == "call_me":
        html += f'\n  <a class="phone__callback" href="{call_me_url}">Or ask us to call you back</a>'
    around_the_clock = _field(line, "around_the_clock")
    if note := _field(line, "note"):
        meta = f"{escape(str(note))}{', 24/7' if around_the_clock else ''}."
    else:
        meta = "Answered 24/7." if around_the_clock and variant != "button" else ""
    who = escape(str(_field(line, "who_label")))
    html += (
        f'\n  <span class="phone__meta">{meta}\n'
        f'    <a class="phone__who" href="{where_calls_go_url}">{who}</a></span>\n</span>'
    )
    return mark_safe(html)  # noqa: S308 - every value above went through escape()
