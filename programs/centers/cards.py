"""A center as a result card (the finder, city pages, the sponsored slot).

Built here rather than in a template: a page of results holds twenty cards,
and rendering them through the template engine was most of an uncached
search's time (`bench/finder_search.py`). The markup is pinned by
tests/centers/test_result_cards.py."""

from django.utils.dateformat import format as date_format
from django.utils.html import format_html, format_html_join
from django.utils.safestring import SafeString, mark_safe

from programs.calls.components import phone_html
from programs.centers.presentation import key_services, miles_text, phone_lines
from programs.centers.search import Result

APPROXIMATE = " (approximate: measured to the ZIP code's centre)"


def result_card(result: Result, *, sponsored: bool = False) -> SafeString:
    """One card; `sponsored` for the labelled paid slot above the results."""
    center = result.center
    parts = [
        format_html(
            '<li class="result-card{}">\n  <h3 class="result-card__name"><a href="{}">{}</a></h3>',
            " result-card--sponsored" if sponsored else "",
            center.get_absolute_url(),
            center.name,
        )
    ]
    if center.program_name:
        parts.append(format_html('\n  <p class="result-card__program">{}</p>', center.program_name))
    badges = []
    if sponsored or center.is_sponsored:
        badges.append('<span class="badge badge--sponsored">Sponsored</span>')
    if center.is_demo:
        badges.append('<span class="badge badge--demo">Demonstration listing, not a real center</span>')
    if badges:
        parts.append('\n  <p class="result-card__labels">' + " ".join(badges) + "</p>")
    if result.distance_miles is not None:
        parts.append(
            format_html(
                '\n  <p class="result-card__distance"><strong>{}</strong> away{}</p>',
                miles_text(result.distance_miles),
                APPROXIMATE if center.location_is_approximate else "",
            )
        )
    parts.append(format_html('\n  <p class="result-card__address">{}</p>', _address(center)))
    for line in phone_lines(center, "sponsored" if sponsored else "card"):
        parts.append("\n  " + phone_html(line, "inline"))
    if services := key_services(center):
        items = format_html_join("", "<li>{}</li>", ((label,) for label in services))
        parts.append(
            format_html('\n  <ul class="result-card__services" aria-label="Key services">{}</ul>', items)
        )
    verified = f", last verified {date_format(center.last_verified, 'F Y')}" if center.last_verified else ""
    parts.append(
        format_html('\n  <p class="result-card__source">Source: {}{}.</p>\n</li>', center.source, verified)
    )
    return mark_safe("".join(parts))  # every part above is escaped by format_html


def _address(center) -> str:
    street = ", ".join(part for part in (center.street1, center.street2 if center.street1 else "") if part)
    return f"{street + ', ' if street else ''}{center.city}, {center.state} {center.zip}"
