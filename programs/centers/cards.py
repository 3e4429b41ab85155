"""A center as a result card (the finder, city pages, the sponsored slot).

Built here rather than in a template: a page of results holds twenty cards,
and rendering them through the template engine was most of an uncached
search's time (`bench/finder_search.py`). Plain f-strings with `html.escape`
(what Django's own `escape` calls, without its lazy-string wrapper) on every
value; the markup is pinned by tests/centers/test_result_cards.py. The
card's own words are translated once per language (`_words`), not per card."""

from functools import lru_cache
from html import escape
from typing import NamedTuple

from django.utils.formats import date_format
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from programs.calls.components import phone_html
from programs.centers.confirmed import card_note
from programs.centers.presentation import key_services, miles_text, phone_lines
from programs.centers.search import Result


class Words(NamedTuple):
    """A card's fixed words in one language, escaped; %(…)s still to fill."""

    sponsored: str
    demo: str
    away: str  # %(distance)s: the distance's <strong> markup
    approximate: str  # with the space before it
    key_services: str
    source: str  # %(source)s
    source_verified: str  # %(source)s, %(date)s


@lru_cache(maxsize=8)
def _words(language: str | None) -> Words:
    demo = escape(_("Demonstration listing, not a real center"))
    return Words(
        sponsored=f'<span class="badge badge--sponsored">{escape(_("Sponsored"))}</span>',
        demo=f'<span class="badge badge--demo">{demo}</span>',
        away=escape(_("%(distance)s away")),
        approximate=" " + escape(_("(approximate: measured to the ZIP code's center)")),
        key_services=escape(_("Key services")),
        source=escape(_("Source: %(source)s.")),
        source_verified=escape(_("Source: %(source)s, last verified %(date)s.")),
    )


def result_card(result: Result, *, sponsored: bool = False) -> SafeString:
    """One card; `sponsored` for the labelled paid slot above the results."""
    center = result.center
    words = _words(get_language())
    html = (
        f'<li class="result-card{" result-card--sponsored" if sponsored else ""}">\n'
        f'  <h3 class="result-card__name"><a href="{escape(center.get_absolute_url())}">'
        f"{escape(center.name)}</a></h3>"
    )
    if center.program_name:
        html += f'\n  <p class="result-card__program">{escape(center.program_name)}</p>'
    badges = [words.sponsored] if sponsored or center.is_sponsored else []
    if center.is_demo:
        badges.append(words.demo)
    if badges:
        html += f'\n  <p class="result-card__labels">{" ".join(badges)}</p>'
    if result.distance_miles is not None:
        distance = f"<strong>{escape(miles_text(result.distance_miles))}</strong>"
        approximate = words.approximate if center.location_is_approximate else ""
        html += f'\n  <p class="result-card__distance">{words.away % {"distance": distance}}{approximate}</p>'
    html += f'\n  <p class="result-card__address">{escape(_address(center))}</p>'
    for line in phone_lines(center, "sponsored" if sponsored else "card"):
        html += "\n  " + phone_html(line, "inline")
    if services := key_services(center):
        items = "".join(f"<li>{escape(label)}</li>" for label in services)
        html += f'\n  <ul class="result-card__services" aria-label="{words.key_services}">{items}</ul>'
    if note := card_note(center):
        html += f'\n  <p class="result-card__confirmed">{escape(note)}</p>'
    source = {"source": escape(center.source)}
    if center.last_verified:
        source["date"] = escape(date_format(center.last_verified, "YEAR_MONTH_FORMAT"))
        sentence = words.source_verified % source
    else:
        sentence = words.source % source
    html += f'\n  <p class="result-card__source">{sentence}</p>\n</li>'
    return mark_safe(html)  # noqa: S308 - every value above went through escape()


def _address(center) -> str:
    street = ", ".join(part for part in (center.street1, center.street2 if center.street1 else "") if part)
    return f"{street + ', ' if street else ''}{center.city}, {center.state} {center.zip}"
