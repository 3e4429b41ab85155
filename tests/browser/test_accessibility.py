"""axe-core finds no WCAG 2.0/2.1/2.2 A or AA violation on any kind of page,
on a 375-pixel phone or a 1280-pixel desktop."""

import datetime

import pytest
from django.urls import reverse

from programs.models import TreatmentCenter
from programs.web import page_cache
from tests.browser.helpers import NARROW, WIDE, axe_violations, describe

pytestmark = pytest.mark.browser


def demo_center():
    return TreatmentCenter.objects.get(name="Demo Harbor Recovery (demonstration)")


def open_home(page):
    page.goto(reverse("programs:home"))


def open_article(page):
    page.goto(reverse("programs:article", kwargs={"slug": "intensive-outpatient-programs"}))


def open_finder_with_results(page):
    page.goto(reverse("programs:finder") + "?location=10001")
    assert page.locator(".result-card").count() > 0


def open_finder_without_results(page):
    page.goto(reverse("programs:finder") + "?location=99501")  # Anchorage: no demo center near
    assert page.get_by_text("No centers match this search").is_visible()


def open_center(page):
    page.goto(demo_center().get_absolute_url())


def open_state(page):
    page.goto(reverse("programs:state", args=["ny"]))


def open_city(page):
    center = demo_center()
    page.goto(reverse("programs:city", args=[center.state.lower(), center.city_slug]))


def open_where_calls_go(page):
    page.goto(reverse("programs:where_calls_go"))


def open_sponsored_listings(page):
    page.goto(reverse("programs:sponsored_listings"))


def open_privacy(page):
    page.goto(reverse("programs:privacy"))


def open_callback_form_with_errors(page):
    page.goto(reverse("programs:call_me"))
    page.get_by_role("button", name="Ask for a call back").click()
    page.get_by_role("alert").wait_for()


def open_update_form_with_errors(page):
    center = demo_center()
    page.goto(reverse("programs:center_update", args=[center.state.lower(), center.city_slug, center.slug]))
    page.get_by_role("button", name="Send for checking").click()
    page.get_by_role("alert").wait_for()


def open_could_not_reach(page):
    page.goto(demo_center().get_absolute_url())
    page.get_by_role("button", name="I couldn't reach them").click()
    page.get_by_role("status").wait_for()


def open_closed_center(page):
    center = demo_center()
    TreatmentCenter.objects.filter(pk=center.pk).update(
        status="closed", closed_on=datetime.date(2026, 1, 5), closed_by="import"
    )
    page_cache.bump()  # a bulk update sends no signal
    response = page.goto(center.get_absolute_url())
    assert response.status == 410


def open_not_found(page):
    response = page.goto("/no-such-page/")
    assert response.status == 404


PAGES = {
    "home": open_home,
    "article": open_article,
    "finder with results": open_finder_with_results,
    "finder without results": open_finder_without_results,
    "center": open_center,
    "state": open_state,
    "city": open_city,
    "where do calls go": open_where_calls_go,
    "sponsored listings": open_sponsored_listings,
    "privacy": open_privacy,
    "callback form with errors": open_callback_form_with_errors,
    "update this listing, with errors": open_update_form_with_errors,
    "couldn't reach them, sent": open_could_not_reach,
    "closed center": open_closed_center,
    "not found": open_not_found,
}


@pytest.mark.parametrize("kind", PAGES)
def test_page_has_no_wcag_violations_on_phone_and_desktop(page, kind):
    PAGES[kind](page)
    found = {}
    for viewport in (NARROW, WIDE):
        page.set_viewport_size(viewport)
        violations = axe_violations(page)
        if violations:
            found[viewport["width"]] = describe(violations)
    assert not found, f"axe found WCAG violations on the {kind} page:\n" + "\n".join(
        f"At {width}px:\n{text}" for width, text in found.items()
    )
