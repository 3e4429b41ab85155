"""A center as a result card (the finder, city pages, the sponsored slot).

Built here rather than in a template: a page of results holds twenty cards,
and rendering them through the template engine was most of an uncached
search's time (`bench/finder_search.py`). Plain f-strings with `html.escape`
(what Django's own `escape` calls, without its lazy-string wrapper) on every
value; the markup is pinned by tests/centers/test_result_cards.py."""

from html import escape

from django.utils.dateformat import format as date_format
from django.utils.safestring import SafeString, mark_safe

from programs.calls.components import phone_html
from programs.centers.confirmed import card_note
from programs.centers.presentation import key_services, miles_text, phone_lines
from programs.centers.search import Result

APPROXIMATE = " (approximate: measured to the ZIP code's center)"
SPONSORED = '<span class="badge badge--sponsored">Sponsored</span>'
DEMO = '<span class="badge badge--demo">Demonstration listing, not a real center</span>'


def result_card(result: Result, *, sponsored: bool = False) -> SafeString:
    """One card; `sponsored` for the labelled paid slot above the results."""
    center = result.center
    html = (
        f'<li class="result-card{" result-card--sponsored" if sponsored else ""}">\n'
        f'  <h3 class="result-card__name"><a href="{escape(center.get_absolute_url())}">'
        f"{escape(center.name)}</a></h3>"
    )
    if center.program_name:
        html += f'\n  <p class="result-card__program">{escape(center.program_name)}</p>'
    badges = [SPONSORED] if sponsored or center.is_sponsored else []
    if center.is_demo:
        badges.append(DEMO)
    if badges:
        html += f'\n  <p class="result-card__labels">{" ".join(badges)}</p>'
    if result.distance_miles is not None:
        approximate = APPROXIMATE if center.location_is_approximate else ""
        html += (
            f'\n  <p class="result-card__distance"><strong>{miles_text(result.distance_miles)}</strong>'
            f" away{escape(approximate)}</p>"
        )
    html += f'\n  <p class="result-card__address">{escape(_address(center))}</p>'
    for line in phone_lines(center, "sponsored" if sponsored else "card"):
        html += "\n  " + phone_html(line, "inline")
    if services := key_services(center):
        items = "".join(f"<li>{escape(label)}</li>" for label in services)
        html += f'\n  <ul class="result-card__services" aria-label="Key services">{items}</ul>'
    if note := card_note(center):
        html += f'\n  <p class="result-card__confirmed">{escape(note)}</p>'
    verified = f", last verified {date_format(center.last_verified, 'F Y')}" if center.last_verified else ""
    html += (
        f'\n  <p class="result-card__source">Source: {escape(center.source)}{escape(verified)}.</p>\n</li>'
    )
    return mark_safe(html)  # noqa: S308 - every value above went through escape()


def _address(center) -> str:
    street = ", ".join(part for part in (center.street1, center.street2 if center.street1 else "") if part)
    return f"{street + ', ' if street else ''}{center.city}, {center.state} {center.zip}"
