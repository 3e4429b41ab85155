"""The site's own pages, About and Privacy: editors' text from the database,
with the partner's name, the retention period and the contact address filled in."""

import datetime

import pytest
from django.urls import reverse

from programs.models import Page, PageSection, RoutingPartner
from tests.support.html import parse

pytestmark = pytest.mark.django_db

ABOUT = "/about/"
PRIVACY = "/privacy/"


def sections(page):
    """Each section's heading and its text, in order."""
    return {s.find("h2").text: s.text for s in page.find("main").find_all("section")}


def test_the_about_page_has_its_own_address():
    assert reverse("programs:about") == ABOUT


def test_the_about_page_says_who_publishes_the_site_and_how_to_reach_them(site_content, get_page, settings):
    settings.DEFAULT_FROM_EMAIL = "IOP Guide <hello@iop.example.org>"
    page = get_page(ABOUT)
    assert page.find("h1").text == "About this site"
    who = sections(page)["Who publishes this site"]
    assert "This site is published by the IOP Guide team." in who
    assert "hello@iop.example.org" in who and "<hello" not in who


def test_the_about_page_says_how_the_site_is_paid_for(site_content, get_page):
    paid = sections(get_page(ABOUT))["How this site is paid for"]
    for words in [
        "Niznik Behavioral Health",
        "pay us for the calls",
        "may suggest their own programs",
        "Sponsored",
        "never change the order",
    ]:
        assert words in paid, words


def test_the_about_page_says_partners_never_edit_or_reorder_anything(site_content, get_page):
    independence = sections(get_page(ABOUT))["Our partners do not decide what we say"]
    assert "never write, edit or reorder anything" in independence


def test_the_about_page_says_a_reviewer_is_shown_only_after_a_real_review(site_content, get_page):
    review = sections(get_page(ABOUT))["How we write and check our articles"]
    assert "only after a real review" in review


def test_the_corrections_policy_says_when_nothing_was_corrected_yet(site_content, get_page):
    corrections = sections(get_page(ABOUT))["Corrections"]
    assert "No corrections so far." in corrections


def test_the_corrections_policy_gives_the_date_of_the_last_correction(site_content, get_page):
    Page.objects.filter(key="about").update(last_corrected=datetime.date(2026, 5, 4))
    corrections = sections(get_page(ABOUT))["Corrections"]
    assert "Last correction: May 4, 2026." in corrections
    assert "No corrections so far." not in corrections


def test_editors_words_and_tokens_show_on_the_page(site_content, get_page, settings):
    settings.SITE_NAME = "Clear Help"
    about = Page.objects.get(key="about")
    about.intro = "Run by [[site_name]] <b>for you</b>."
    about.save()
    PageSection.objects.create(page=about, order=99, heading="New part", body="Kept [[retention_days]] days.")
    page = get_page(ABOUT)
    assert "Run by Clear Help <b>for you</b>." in page.find("main").text  # escaped, not markup
    assert page.find("main").find("b") is None
    assert sections(page)["New part"] == "New part Kept 30 days."


def test_renaming_the_partner_renames_it_on_the_about_page(site_content, get_page):
    RoutingPartner.objects.filter(role="primary").update(name="Renamed Partner")
    text = get_page(ABOUT).find("main").text
    assert "Renamed Partner" in text and "Niznik" not in text


def test_the_about_page_is_a_404_without_its_row(site_content, client):
    Page.objects.filter(key="about").delete()
    assert client.get(ABOUT).status_code == 404


def test_the_about_page_is_served_from_the_cache_to_everyone(site_content, client, django_assert_num_queries):
    client.get(ABOUT)
    with django_assert_num_queries(0):
        response = client.get(ABOUT)
    assert response.status_code == 200 and "public" in response["Cache-Control"]


def test_every_footer_links_to_the_about_page(site_content, client):
    for url in ["/", site_content.get_absolute_url(), "/treatment-centers/", ABOUT, PRIVACY, "/call-me/"]:
        footer = parse(client.get(url).content.decode()).find("footer", class_="site-footer")
        assert footer.find("a", href=ABOUT), url


def test_error_pages_link_to_the_about_page_and_the_privacy_notice(client):
    footer = parse(client.get("/no-such-page/").content.decode()).find("footer", class_="site-footer")
    assert footer.find("a", href=ABOUT) and footer.find("a", href=PRIVACY)


def test_the_privacy_notice_is_editors_text(site_content, get_page):
    section = Page.objects.get(key="privacy").sections.get(heading="When you tell us a listing is wrong")
    section.body = "We read them, then we delete them."
    section.save()
    assert sections(get_page(PRIVACY))["When you tell us a listing is wrong"].endswith("then we delete them.")


def test_the_privacy_notice_fills_in_the_partner_the_retention_and_the_rate_limit(
    site_content, get_page, settings
):
    settings.CALLBACK_RETENTION_DAYS = 14
    callback = sections(get_page(PRIVACY))["When you ask us to call you"]
    assert "call handlers who return the calls, at Niznik Behavioral Health" in callback
    assert "14 days" in callback and "for up to 24 hours" in callback
    assert "[[" not in callback


def test_without_its_row_the_privacy_notice_shows_the_starting_text(site_content, client, settings):
    settings.CALLBACK_RETENTION_DAYS = 14
    Page.objects.filter(key="privacy").delete()
    response = client.get(PRIVACY)
    assert response.status_code == 200
    page = parse(response.content.decode())
    assert page.find("h1").text == "Privacy: what we collect and why"
    assert "14 days" in sections(page)["When you ask us to call you"]


def test_without_any_content_the_privacy_notice_still_answers(db, client):
    response = client.get(PRIVACY)
    assert response.status_code == 200
    assert "at our partner" in parse(response.content.decode()).find("main").text


def test_the_pages_take_their_title_and_description_from_the_row(site_content, get_page):
    Page.objects.filter(key="about").update(title="Who we are", meta_description="Who runs this site.")
    page = get_page(ABOUT)
    assert page.find("h1").text == "Who we are"
    assert page.find("title").text == "Who we are | IOP Guide"
    assert page.find("meta", name="description").attrs["content"] == "Who runs this site."


@pytest.mark.parametrize("url", [ABOUT, PRIVACY])
def test_the_pages_have_one_h1_and_sections_a_screen_reader_can_jump_to(site_content, get_page, url):
    page = get_page(url)
    assert len(page.find_all("h1")) == 1
    for section in page.find("main").find_all("section"):
        assert page.by_id(section.attrs["aria-labelledby"]).tag == "h2"


def test_the_seed_text_uses_only_known_placeholders(site_content):
    for page in Page.objects.all():
        page.full_clean()
        for section in page.sections.all():
            section.full_clean()
