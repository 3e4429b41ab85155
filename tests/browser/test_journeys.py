"""What a visitor does, done in a real browser, by mouse and by keyboard alone.

Every test here also fails if the browser asked any host but the test server
for anything (the `context` fixture records every request).
"""

import re

import pytest
from django.urls import reverse

from programs.models import CallbackRequest
from tests.browser.helpers import (
    NARROW,
    WIDE,
    axe_violations,
    describe,
    focused,
    has_visible_focus,
    tab_until,
)

pytestmark = pytest.mark.browser

# The section's top edge is at (or just below) the top of the window.
SCROLLED_TO = """id => {
  const top = document.getElementById(id).getBoundingClientRect().top;
  return top >= -1 && top < 80;
}"""


def test_a_reader_opens_the_article_and_follows_every_table_of_contents_link(page):
    page.goto(reverse("programs:home"))
    page.locator(".card__title a").first.click()
    page.wait_for_url("**/treatment/intensive-outpatient-programs/")
    title = page.locator("h1").inner_text()
    assert "intensive outpatient" in title.lower()

    toc_links = page.locator("nav.toc a")
    assert toc_links.count() >= 5
    for index in range(toc_links.count()):
        link = toc_links.nth(index)
        anchor = link.get_attribute("href").removeprefix("#")
        link.click()
        page.wait_for_function(SCROLLED_TO, arg=anchor)
        assert page.evaluate("location.hash") == f"#{anchor}"
        target = page.locator(f"[id='{anchor}']")
        assert link.inner_text().strip() in target.locator("h2, h3").first.inner_text()


def test_a_visitor_searches_by_zip_filters_and_opens_a_center(page):
    page.set_viewport_size(NARROW)
    page.goto(reverse("programs:home"))
    page.get_by_label("ZIP code, city or state").first.fill("10001")
    page.get_by_role("button", name="Search").first.click()
    page.wait_for_url(re.compile(r"/treatment-centers/\?.*location=10001"))
    everything = page.locator("ol.results > .result-card").count()
    assert everything > 0
    assert "within 25 miles of" in page.locator("#results-heading").inner_text()

    page.locator("details.filters summary").click()
    page.locator("input[name=services][value=OIT]").check()
    page.locator("form.finder-form button[type=submit]").click()
    page.wait_for_url(re.compile(r"services=OIT"))
    filtered = page.locator("ol.results > .result-card")
    assert 0 < filtered.count() < everything
    assert page.locator("input[name=services][value=OIT]").is_checked()

    first = filtered.first.locator(".result-card__name a")
    name = first.inner_text()
    first.click()
    page.wait_for_url("**/treatment-centers/*/*/*/")
    assert page.locator("h1").inner_text() == name
    badge = page.locator(".badge--demo")
    assert badge.is_visible() and badge.inner_text().startswith("Demonstration listing")


def test_a_visitor_asks_for_a_call_back_and_sees_the_confirmation(page):
    page.goto(reverse("programs:home"))
    page.get_by_role("link", name="Or ask us to call you back").first.click()
    page.wait_for_url("**/call-me/")
    page.get_by_label("Your phone number").fill("(202) 555-0143")
    page.get_by_label("Evening").check()
    page.locator("#id_consent").check()
    page.get_by_role("button", name="Ask for a call back").click()

    page.wait_for_url("**/call-me/thanks/**")
    assert page.locator("h1").inner_text() == "Thank you: we will call you back"
    request = CallbackRequest.objects.get()
    assert (request.phone, request.best_time) == ("+12025550143", "evening")
    violations = axe_violations(page)
    assert not violations, describe(violations)


@pytest.mark.parametrize("viewport", [NARROW, WIDE], ids=["375px", "1280px"])
def test_a_keyboard_user_reaches_the_call_button_and_the_call_back_form_with_visible_focus(page, viewport):
    trail = []
    page.set_viewport_size(viewport)
    page.goto(reverse("programs:home"))

    skip = tab_until(page, lambda e: True, limit=1, trail=trail)
    assert "skip-link" in skip["classes"], f"the first Tab should reach the skip link, not {skip}"
    call = tab_until(page, lambda e: e["href"].startswith("tel:"), limit=3, trail=trail)
    assert page.evaluate("document.activeElement.matches('.phone--button .phone__link')"), call
    tab_until(page, lambda e: e["text"] == "Or ask us to call you back", limit=40, trail=trail)
    page.keyboard.press("Enter")
    page.wait_for_url("**/call-me/")

    tab_until(page, lambda e: e["id"] == "id_phone", limit=15, trail=trail)
    page.keyboard.type("(202) 555-0143")
    tab_until(page, lambda e: e["name"] == "best_time", limit=2, trail=trail)
    page.keyboard.press("ArrowDown")  # from "As soon as possible" to "Morning"
    assert page.evaluate("document.activeElement.value") == "morning"
    assert page.locator("input[name=best_time][value=morning]").is_checked()
    tab_until(page, lambda e: e["id"] == "id_consent", limit=2, trail=trail)
    page.keyboard.press("Space")
    assert page.locator("#id_consent").is_checked()
    tab_until(page, lambda e: e["tag"] == "button", limit=2, trail=trail)
    page.keyboard.press("Enter")

    page.wait_for_url("**/call-me/thanks/**")
    assert CallbackRequest.objects.get().best_time == "morning"
    invisible = [e for e in trail if not has_visible_focus(e)]
    assert not invisible, "Focus was not visibly marked on:\n" + "\n".join(map(str, invisible))


def test_the_skip_link_moves_keyboard_focus_to_the_main_content(page):
    page.goto(reverse("programs:call_me"))
    page.keyboard.press("Tab")
    page.keyboard.press("Enter")
    assert focused(page)["id"] == "main"
    page.keyboard.press("Tab")
    assert page.evaluate("document.getElementById('main').contains(document.activeElement)")
