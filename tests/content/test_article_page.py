"""The IOP article page, as a visitor reads it."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from programs.models import Article, KeyFigure, Section

pytestmark = pytest.mark.django_db


def test_the_article_states_the_key_figures(site_content, article_url, get_page):
    glance = get_page(article_url).by_id("figures-heading").parent.text
    assert "10–12 hours a week" in glance
    assert "3–4 visits a week" in glance
    assert "about 3 hours a visit" in glance
    assert "6–12 months" in glance


def test_figures_in_the_prose_match_the_figures_box(site_content, article_url, get_page):
    page = get_page(article_url)
    components = page.by_id("components").text
    assert "about 10–12 hours a week, mostly in groups" in components
    assert "3–4 visits a week, each lasting about 3 hours" in components
    assert "a full course takes 6–12 months" in page.by_id("treatment-plan").text
    assert "at least 9 hours of treatment a week" in page.by_id("what-is-an-iop").text


def test_the_article_explains_what_an_iop_is_and_who_it_suits(site_content, article_url, get_page):
    page = get_page(article_url)
    overview = page.by_id("what-is-an-iop").text
    assert "co-occurring disorders" in overview
    assert "without staying overnight" in overview
    suits = page.by_id("who-it-suits").text
    assert "drug or alcohol problem is mild to moderate" in suits
    assert "do not need detox under medical supervision" in suits
    assert "finished inpatient rehab" in suits and "step-down" in suits
    assert "job, a family" in suits
    plan = page.by_id("treatment-plan").text
    assert "goals that you can measure" in plan
    assert "each week go down" in plan
    assert "lighter weeks at the end" in plan


def test_the_article_lists_the_five_benefits(site_content, article_url, get_page):
    benefits = get_page(article_url).by_id("benefits")
    items = [li.text for li in benefits.find_all("li")]
    assert len(items) == 5
    for phrase in [
        "cheaper than inpatient",
        "family and friends",
        "work, school and family",
        "after the program ends",
        "More structure than regular outpatient care",
    ]:
        assert any(phrase in item for item in items), phrase
    assert "about as well as residential treatment" in benefits.text


def test_the_article_describes_each_component_of_care(site_content, article_url, get_page):
    page = get_page(article_url)
    assert "one-on-one" in page.by_id("individual-counseling").text
    assert "licensed professional" in page.by_id("individual-counseling").text
    group = page.by_id("group-therapy").text
    assert "heart of most programs" in group
    assert "gender or sexual orientation" in group and "survivors of abuse" in group
    family = page.by_id("family-therapy").text
    assert "chances of recovery" in family and "teach your relatives about addiction" in family
    holistic = [li.text for li in page.by_id("holistic-therapy").find_all("li")]
    assert holistic == [
        "Art therapy",
        "Yoga",
        "Adventure therapy",
        "Acupuncture",
        "Equine-assisted therapy (working with horses)",
    ]
    support = page.by_id("support-groups").text
    assert "Alcoholics Anonymous (AA)" in support
    assert "Narcotics Anonymous (NA)" in support
    assert "12-step meetings" in support


def test_components_are_subsections_in_the_table_of_contents(site_content, article_url, get_page):
    toc = get_page(article_url).find("nav", class_="toc")
    nested = toc.find("a", href="#components").parent.find("ol")
    assert [a.text for a in nested.find_all("a")] == [
        "Individual counseling",
        "Group therapy",
        "Family therapy",
        "Holistic therapy",
        "Support groups",
    ]


def test_every_table_of_contents_link_has_a_target(site_content, article_url, get_page):
    page = get_page(article_url)
    links = [a.attrs["href"][1:] for a in page.find("nav", class_="toc").find_all("a")]
    assert len(links) == Section.objects.count() + 1  # + references
    for anchor in links:
        assert page.by_id(anchor) is not None, anchor


def test_both_helplines_are_tap_to_call_with_who_answers(site_content, article_url, get_page):
    page = get_page(article_url)
    hrefs = {a.attrs["href"] for a in page.find_all("a")}
    assert {"tel:+18558264464", "tel:+18777460480"} <= hrefs
    call_now = page.find("a", href="tel:+18558264464")
    assert "(855) 826-4464" in call_now.text
    assert "Speak with a treatment specialist" in call_now.text  # purpose in the accessible name
    who = call_now.parent.find("a", class_="phone__who")
    assert who.text == "Answered by Niznik Behavioral Health, our paid partner"
    assert who.attrs["href"] == reverse("programs:where_calls_go")


def test_the_call_box_appears_once_or_twice_not_six_times(site_content, article_url, get_page):
    boxes = get_page(article_url).find_all("aside", class_="call-box")
    assert 1 <= len(boxes) <= 2


def test_the_references_list_the_citations(site_content, article_url, get_page):
    references = get_page(article_url).by_id("references")
    assert "Psychiatric Services" in references.text
    assert references.find("a", href="https://doi.org/10.1176/appi.ps.201300249")


def test_no_reviewer_is_claimed_until_an_editor_names_one(site_content, article_url, client, get_page):
    assert "reviewed" not in get_page(article_url).find("p", class_="byline").text
    site_content.medical_reviewer = "Pat Example, MD"
    site_content.last_reviewed = datetime.date(2026, 10, 1)
    site_content.save()
    byline = get_page(article_url).find("p", class_="byline").text
    assert "Medically reviewed by Pat Example, MD on October 1, 2026." in byline


def test_a_draft_article_is_not_public(site_content, article_url, client):
    site_content.status = Article.Status.DRAFT
    site_content.save()
    assert client.get(article_url).status_code == 404
    assert site_content.title not in client.get(reverse("programs:home")).content.decode()


def test_an_article_scheduled_for_later_is_not_public_yet(site_content, article_url, client):
    site_content.published_at = timezone.now() + datetime.timedelta(days=1)
    site_content.save()
    assert client.get(article_url).status_code == 404


def test_editing_a_section_changes_the_page(site_content, article_url, get_page):
    section = Section.objects.get(anchor="group-therapy")
    section.heading = "Therapy in groups"
    section.body = "Rewritten by an editor."
    section.save()
    page = get_page(article_url)
    assert page.by_id("group-therapy-heading").text == "Therapy in groups"
    assert page.by_id("group-therapy").text.endswith("Rewritten by an editor.")


def test_changing_a_figure_changes_every_mention(site_content, article_url, get_page):
    KeyFigure.objects.filter(key="program_months").update(low=4, high=9)
    page = get_page(article_url)
    assert "4–9 months" in page.by_id("figures-heading").parent.text
    assert "a full course takes 4–9 months" in page.by_id("treatment-plan").text
    assert "6–12" not in page.text


def test_editor_text_is_escaped_not_rendered_as_html(site_content, article_url, client):
    Section.objects.filter(anchor="benefits").update(body="<script>alert(1)</script> & more")
    html = client.get(article_url).content.decode()
    assert "<script>alert(1)</script>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt; &amp; more" in html


def test_the_article_offers_a_search_for_intensive_outpatient_programs(site_content, article_url, get_page):
    form = get_page(article_url).find("section", class_="finder-box").find("form")
    assert form.attrs["action"] == reverse("programs:finder")
    assert form.find("input", type="hidden").attrs == {"type": "hidden", "name": "services", "value": "OIT"}
