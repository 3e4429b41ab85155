"""The pages around the “Have us call you” form: the links that lead to it,
the privacy notice, and what shows when no partner takes the calls."""

import pytest

from programs.models import RoutingPartner
from tests.support.callbacks import URL, submit
from tests.support.html import fetched_urls, parse

pytestmark = pytest.mark.django_db


def test_without_a_primary_partner_the_page_offers_the_numbers_instead(site_content, client):
    RoutingPartner.objects.filter(role="primary").update(role="additional")
    response = client.get(URL)
    assert response.status_code == 503
    page = parse(response.content.decode())
    assert not page.find("input", name="phone")
    assert page.find("main").find("a", href="tel:+18558264464")


def test_the_have_us_call_you_line_links_to_the_form(site_content, client):
    for url in ["/", site_content.get_absolute_url(), "/where-do-calls-go/"]:
        page = parse(client.get(url).content.decode())
        line = page.find("a", href="tel:+18777460480").parent
        assert line.find("a", class_="phone__callback").attrs["href"] == URL, url
        other = page.find("a", href="tel:+18558264464").parent
        assert other.find("a", class_="phone__callback") is None, url


def test_a_center_page_line_has_no_call_back_link(site_content, client):
    from tests.support.centers import make_center, make_services

    make_services()
    center = make_center(codes=["OIT"])
    page = parse(client.get(center.get_absolute_url()).content.decode())
    assert page.find("main").find("a", class_="phone__callback") is None


def test_every_page_footer_links_to_the_privacy_notice(site_content, client):
    submit(client)
    for url in [
        "/",
        site_content.get_absolute_url(),
        "/where-do-calls-go/",
        "/treatment-centers/",
        URL,
        "/call-me/thanks/",
        "/privacy/",
    ]:
        page = parse(client.get(url).content.decode())
        footer = page.find("footer", class_="site-footer")
        assert footer.find("a", href="/privacy/"), url


def test_the_callback_pages_have_one_h1_and_load_nothing_from_other_hosts(site_content, client):
    for url in [URL, "/call-me/thanks/", "/call-me/thanks/?time=<b>", "/privacy/"]:
        response = client.get(url)
        assert response.status_code == 200, url
        page = parse(response.content.decode())
        assert len(page.find_all("h1")) == 1, url
        for fetched in fetched_urls(page):
            assert fetched.startswith("/"), (url, fetched)


def test_the_privacy_notice_says_what_why_who_and_how_long(site_content, client):
    page = parse(client.get("/privacy/").content.decode())
    assert page.find("h1").text == "Privacy: what we collect and why"
    callback = page.by_id("when-you-ask-us-to-call-you").parent.text
    for words in [
        "your phone number",
        "Why:",
        "call handlers who return the calls, at Niznik",
        "30 days",
        "never contains your number or your name",
        "not a condition of buying anything",
    ]:
        assert words in callback, words
    assert "editors" in page.by_id("when-you-tell-us-a-listing-is-wrong").parent.text
    never = page.by_id("what-we-never-do").parent.text
    assert "sell or rent anything" in never and "analytics" in never
    assert page.find("main").find("a", href=URL)


def test_the_retention_period_shown_follows_the_setting(site_content, client, settings):
    settings.CALLBACK_RETENTION_DAYS = 14
    for url in [URL, "/privacy/"]:
        text = parse(client.get(url).content.decode()).find("main").text
        assert "14 days" in text and "30 days" not in text, url


@pytest.mark.parametrize("url", ["/call-me/", "/call-me/thanks/?time=asap"])
def test_call_me_pages_are_never_stored_by_a_browser_or_a_proxy(site_content, client, url):
    cache_control = client.get(url)["Cache-Control"]
    assert "no-store" in cache_control and "private" in cache_control


def test_a_refused_call_me_request_is_never_stored_either(site_content, client):
    response = client.post("/call-me/", {"phone": "12"})
    assert response.status_code == 400
    assert "no-store" in response["Cache-Control"]
