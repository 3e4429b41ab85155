"""The Spanish site in a real browser: axe finds no WCAG A/AA violation on
any Spanish page type, and a Spanish speaker finds an intensive outpatient
program with Spanish-language services starting from the Spanish home page,
without meeting the English interface."""

import datetime

import pytest
from django.urls import reverse
from django.utils import translation

from programs.models import TreatmentCenter
from programs.web import page_cache
from tests.browser.helpers import NARROW, WIDE, axe_violations, describe

pytestmark = pytest.mark.browser


def demo_center():
    return TreatmentCenter.objects.get(name="Demo Harbor Recovery (demonstration)")


def spanish(path):
    return "/es" + path


def open_closed_center(page):
    center = demo_center()
    TreatmentCenter.objects.filter(pk=center.pk).update(
        status="closed", closed_on=datetime.date(2026, 1, 5), closed_by="import"
    )
    page_cache.bump()  # a bulk update sends no signal
    assert page.goto(spanish(center.get_absolute_url())).status == 410


PAGES = {
    "home": lambda page: page.goto("/es/"),
    "article": lambda page: page.goto(
        spanish(reverse("programs:article", args=["intensive-outpatient-programs"]))
    ),
    "finder with results": lambda page: page.goto("/es/treatment-centers/?location=10001"),
    "finder without results": lambda page: page.goto("/es/treatment-centers/?location=99501"),
    "center": lambda page: page.goto(spanish(demo_center().get_absolute_url())),
    "state": lambda page: page.goto("/es/treatment-centers/ny/"),
    "where do calls go": lambda page: page.goto("/es/where-do-calls-go/"),
    "sponsored listings": lambda page: page.goto("/es/sponsored-listings/"),
    "privacy": lambda page: page.goto("/es/privacy/"),
    "about": lambda page: page.goto("/es/about/"),
    "callback form": lambda page: page.goto("/es/call-me/"),
    "update this listing": lambda page: page.goto(spanish(demo_center().get_absolute_url() + "update/")),
    "closed center": open_closed_center,
    "not found": lambda page: page.goto("/es/no-existe/"),
}


@pytest.mark.parametrize("kind", PAGES)
def test_spanish_page_has_no_wcag_violations_on_phone_and_desktop(page, kind):
    PAGES[kind](page)
    assert page.locator("html").get_attribute("lang") == "es"
    found = {}
    for viewport in (NARROW, WIDE):
        page.set_viewport_size(viewport)
        if violations := axe_violations(page):
            found[viewport["width"]] = describe(violations)
    assert not found, f"axe found WCAG violations on the Spanish {kind} page:\n" + "\n".join(
        f"At {width}px:\n{text}" for width, text in found.items()
    )


def test_a_spanish_speaker_finds_an_iop_with_spanish_services_from_the_spanish_home_page(page):
    page.set_viewport_size(NARROW)
    page.goto("/")
    page.get_by_role("link", name="Español").click()
    page.wait_for_url("**/es/")
    with translation.override("es"):
        search_label = translation.gettext("ZIP code, city or state")
        search_button = translation.gettext("Search")
    page.get_by_label(search_label).first.fill("10001")
    page.get_by_role("button", name=search_button).first.click()
    page.wait_for_url("**/es/treatment-centers/?*location=10001*")
    # On the Spanish finder, Spanish-language services is the first filter.
    first_filter = page.locator("input[name=services]").first
    assert first_filter.get_attribute("value") == "SP"
    page.locator("details.filters summary").click()
    first_filter.check()
    page.locator("input[name=services][value=OIT]").check()
    page.locator("form[role=search] button[type=submit], .filters button[type=submit]").first.click()
    page.wait_for_url("**services=SP*")
    cards = page.locator("ol.results > .result-card")
    assert cards.count() > 0
    cards.first.locator("h3 a").click()
    assert page.locator("html").get_attribute("lang") == "es"
    services = page.locator(".service-list li").all_inner_texts()
    assert "Español" in services or any("español" in text.lower() for text in services)
    assert "Programa ambulatorio intensivo" in " ".join(services) or any("intensivo" in s for s in services)
