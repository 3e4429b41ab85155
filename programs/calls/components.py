"""The phone component, the one way a phone number is shown: a call link that
says what the number is for, and beside it who answers, linked to the
routing disclosure.

Built here rather than in a template: it is on every page, twenty times on a
page of search results, where the template engine spent about a tenth of a
millisecond on each. Plain f-strings with `html.escape` (what Django's own
`escape` calls, without its lazy-string wrapper) on every value; the markup
is pinned by tests/calls/test_phone_component.py. Its words are translated
once per language (`_words`), not on every call."""

from functools import lru_cache
from html import escape
from typing import NamedTuple

from django.urls import reverse
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import get_language, pgettext


def _field(line, name):
    """A helpline row, a center's number or a settings dict (the error pages)."""
    if isinstance(line, dict):
        return line.get(name, "")
    return getattr(line, name, "")


@lru_cache(maxsize=8)
def _links(language: str | None) -> tuple[str, str]:
    return reverse("programs:call_me"), reverse("programs:where_calls_go")


class _Words(NamedTuple):
    """The component's own words, escaped; %(…)s takes an escaped value."""

    call: str  # %(number)s
    text: str  # %(number)s
    call_back: str
    note_24_7: str  # %(note)s
    answered_24_7: str


@lru_cache(maxsize=8)
def _words(language: str | None) -> _Words:
    """The words in `language`, the active one (the argument keeps each
    language's words apart in the cache, as for `_links`)."""
    return _Words(
        call=escape(pgettext("phone link", "Call %(number)s")),
        text=escape(pgettext("phone link", "Text %(number)s")),
        call_back=escape(pgettext("phone link", "Or ask us to call you back")),
        # Translators: a helpline's own note (e.g. "free and confidential"), then that it is answered 24/7.
        note_24_7=escape(pgettext("phone note", "%(note)s, 24/7.")),
        answered_24_7=escape(pgettext("phone note", "Answered 24/7.")),
    )


def phone_html(line, variant: str = "block") -> SafeString:
    """`variant`: "block" (label above the number), "inline" (in a sentence or
    a card) or "button" (the header's call button)."""
    number, display = escape(str(_field(line, "number"))), escape(str(_field(line, "display")))
    label = escape(str(_field(line, "label")))
    extension = escape(str(_field(line, "extension") or ""))
    dial = f"{number};ext={extension}" if extension else number  # RFC 3966: phones dial it after answer
    language = get_language()
    call_me_url, where_calls_go_url = _links(language)
    words = _words(language)
    if variant == "button":
        inner = f'<span class="visually-hidden">{label}: </span>{words.call % {"number": display}}'
    else:
        inner = f'<span class="phone__label">{label}</span> <span class="phone__number">{display}</span>'
    html = f'<span class="phone phone--{escape(variant)}">\n'
    html += f'  <a class="phone__link" href="tel:{dial}">{inner}</a>'
    if _field(line, "accepts_texts"):
        text = words.text % {"number": display}
        html += f'\n  <a class="phone__link phone__link--text" href="sms:{number}">{text}</a>'
    if _field(line, "purpose") == "call_me":
        html += f'\n  <a class="phone__callback" href="{call_me_url}">{words.call_back}</a>'
    around_the_clock = _field(line, "around_the_clock")
    if note := _field(line, "note"):
        meta = words.note_24_7 % {"note": escape(str(note))} if around_the_clock else f"{escape(str(note))}."
    else:
        meta = words.answered_24_7 if around_the_clock and variant != "button" else ""
    if (spanish := _field(line, "spanish_service")) and variant != "button":
        meta += f' <span class="phone__spanish">{escape(str(spanish))}.</span>'  # what it offers in Spanish
    who = escape(str(_field(line, "who_label")))
    html += (
        f'\n  <span class="phone__meta">{meta}\n'
        f'    <a class="phone__who" href="{where_calls_go_url}">{who}</a></span>\n</span>'
    )
    return mark_safe(html)  # noqa: S308 - every value above went through escape()
