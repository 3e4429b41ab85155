"""Editors' workflow in the admin: every change is a revision they can read
and revert, an article can be previewed saved or not, reviews come due, and
the site's pages and questions have their own admin."""

import datetime

import pytest
from django.contrib.admin.models import LogEntry
from django.contrib.auth.models import Group, Permission, User
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from programs.models import Article, CallQuestion, Citation, KeyFigure, Page, Section
from tests.support.admin import submit
from tests.support.html import form_data, parse

pytestmark = pytest.mark.django_db


def sign_in(client, username, *, groups=(), codenames=(), **flags):
    flags.setdefault("is_staff", True)
    user = User.objects.create_user(username, password="a-long-test-password", **flags)
    user.groups.add(*Group.objects.filter(name__in=groups))
    user.user_permissions.add(*Permission.objects.filter(codename__in=codenames))
    client.force_login(user)
    return user


@pytest.fixture
def editor(client):
    return sign_in(client, "editor", groups=["Editors"])


@pytest.fixture
def superuser(client):
    return sign_in(client, "root", is_superuser=True)


def change_url(obj):
    return reverse(f"admin:programs_{obj._meta.model_name}_change", args=[obj.pk])


def history_url(obj):
    return reverse(f"admin:programs_{obj._meta.model_name}_history", args=[obj.pk])


def preview_url(article):
    return reverse("admin:programs_article_preview", args=[article.pk])


def history_rows(client, obj):
    page = parse(client.get(history_url(obj)).content.decode())
    return page.find("table", id="change-history").find("tbody").find_all("tr")


def the_change_form(client, url):
    page = parse(client.get(url).content.decode())
    return next(f for f in page.find_all("form") if f.attrs.get("id", "").endswith("_form"))


def directives(response):
    return {part.strip() for part in response["Cache-Control"].split(",")}


# --- Revisions ---------------------------------------------------------------


def test_a_title_change_is_a_revision_with_the_editors_name_and_reverting_restores_it(
    site_content, client, editor
):
    old_title = site_content.title
    before = len(history_rows(client, site_content))  # created, then given its Spanish
    response = submit(client, change_url(site_content), {"title_en": "IOP, explained"})
    assert response.status_code == 302

    newest, created = history_rows(client, site_content)[:2]
    assert "editor" in newest.text and "Changed" in newest.text
    assert f"{old_title} → IOP, explained" in newest.text

    response = submit(client, created.find("a").attrs["href"])  # the version before the change
    assert response.status_code == 302
    site_content.refresh_from_db()
    assert site_content.title == old_title
    reverted = site_content.history.first()
    assert (reverted.history_user, reverted.title) == (editor, old_title)
    assert len(history_rows(client, site_content)) == before + 2  # the change, then the revert


def test_a_section_changed_inside_the_article_form_is_a_revision_with_who_changed_it(
    site_content, client, editor
):
    first = Section.objects.filter(article=site_content).first()
    response = submit(client, change_url(site_content), {"sections-0-heading_en": "What an IOP is"})
    assert response.status_code == 302
    revision = first.history.first()
    assert (revision.heading, revision.history_user, revision.history_type) == ("What an IOP is", editor, "~")
    assert "editor" in history_rows(client, first)[0].text


def test_figures_and_citations_have_their_history_one_click_from_the_article(site_content, client, editor):
    figure, citation = KeyFigure.objects.first(), Citation.objects.first()
    page = client.get(change_url(site_content)).content.decode()
    assert change_url(figure) in page and change_url(citation) in page
    response = submit(client, change_url(figure), {"label_en": "of group therapy a week"})
    assert response.status_code == 302
    assert "editor" in history_rows(client, figure)[0].text
    assert client.get(history_url(citation)).status_code == 200
    tasks = parse(client.get(reverse("admin:index")).content.decode()).by_id("content-main")
    links = [a.attrs.get("href", "") for a in tasks.find_all("a")]
    assert reverse("admin:programs_section_changelist") in links
    assert not [link for link in links if "keyfigure" in link]  # parts of a page are not tasks


# --- Preview -----------------------------------------------------------------


def test_the_preview_shows_a_draft_as_visitors_will_see_it_never_cached_nor_indexed(
    site_content, client, editor
):
    public = parse(Client().get(site_content.get_absolute_url()).content.decode())
    site_content.status = Article.Status.DRAFT
    site_content.save()
    assert Client().get(site_content.get_absolute_url()).status_code == 404

    change_page = parse(client.get(change_url(site_content)).content.decode())
    assert change_page.find("a", href=preview_url(site_content)).text == "Preview"
    response = client.get(preview_url(site_content))
    assert response.status_code == 200
    page = parse(response.content.decode())
    assert page.find("article").text == public.find("article").text
    assert "Preview — not published." in page.find("main").find("p", class_="notice").text
    assert page.find("meta", name="robots").attrs["content"] == "noindex"
    assert response["X-Robots-Tag"] == "noindex"
    assert {"private", "no-store"} <= directives(response) and "public" not in directives(response)


def test_preview_changes_shows_the_unsaved_form_and_saves_nothing(site_content, client, editor):
    form = the_change_form(client, change_url(site_content))
    button = form.find("input", name="_preview")
    assert (button.attrs["formaction"], button.attrs["value"]) == (
        preview_url(site_content),
        "Preview changes",
    )
    data = form_data(form) | {
        "title_en": "A new title, not saved",
        "sections-0-heading_en": "A new heading, not saved",
        "citations-0-DELETE": "on",
    }
    revisions, citations = Article.history.count(), Citation.objects.count()

    response = client.post(preview_url(site_content), data)
    assert response.status_code == 200
    page = parse(response.content.decode())
    assert page.find("h1").text == "A new title, not saved"
    assert page.find("h2", id=f"{Section.objects.first().anchor}-heading").text == "A new heading, not saved"
    assert len(page.find("section", id="references").find_all("li")) == citations - 1
    assert page.find("meta", name="robots").attrs["content"] == "noindex"
    assert {"private", "no-store"} <= directives(response)

    site_content.refresh_from_db()
    assert site_content.title != "A new title, not saved"
    assert not Section.objects.filter(heading="A new heading, not saved").exists()
    assert (Article.history.count(), Citation.objects.count()) == (revisions, citations)
    assert not LogEntry.objects.exists()


def test_a_new_inline_row_is_not_previewed_and_the_banner_says_so(site_content, client, editor):
    data = form_data(the_change_form(client, change_url(site_content)))
    n = int(data["figures-TOTAL_FORMS"])
    data |= {"figures-TOTAL_FORMS": str(n + 1), f"figures-{n}-order": "99", f"figures-{n}-key": "new_one"}
    data |= {f"figures-{n}-low": "7", f"figures-{n}-unit_en": "days", f"figures-{n}-label_en": "a test"}
    page = parse(client.post(preview_url(site_content), data).content.decode())
    assert "New key figures show once saved." in page.find("p", class_="notice").text
    assert not KeyFigure.objects.filter(key="new_one").exists()


def test_changes_with_errors_are_listed_instead_of_previewed(site_content, client, editor):
    data = form_data(the_change_form(client, change_url(site_content))) | {"title_en": ""}
    response = client.post(preview_url(site_content), data)
    assert response.status_code == 200
    problems = parse(response.content.decode()).find("ul", class_="errorlist")
    assert "Title [en]: This field is required." in problems.text
    assert Article.objects.get(pk=site_content.pk).title == site_content.title


def test_only_staff_who_may_view_articles_can_preview(site_content, client):
    url = preview_url(site_content)
    for method in (client.get, client.post):
        response = method(url)
        assert response.status_code == 302 and response["Location"].startswith(reverse("admin:login"))
    sign_in(client, "visitor", is_staff=False)
    assert client.get(url)["Location"].startswith(reverse("admin:login"))
    sign_in(client, "handler", groups=["Call handlers"])
    assert client.get(url).status_code == 403
    sign_in(client, "reader", codenames=["view_article"])
    assert client.get(url).status_code == 200
    assert client.get(reverse("admin:programs_article_preview", args=[999999])).status_code == 404


# --- Review due --------------------------------------------------------------


def make_article(title, review_due):
    slug = title.lower().replace(" ", "-")
    return Article.objects.create(
        title=title, slug=slug, summary="s", meta_description="m", review_due=review_due
    )


def test_the_article_list_shows_review_dates_overdue_first(client, editor):
    today = timezone.localdate()
    make_article("Never reviewed", None)
    make_article("Due next year", today + datetime.timedelta(days=300))
    make_article("Overdue", today - datetime.timedelta(days=3))
    url = reverse("admin:programs_article_changelist")
    page = parse(client.get(url).content.decode())
    assert "Review due" in page.find("table", id="result_list").find("thead").text
    rows = page.find("table", id="result_list").find("tbody").find_all("tr")
    assert [row.find("th").text for row in rows] == ["Overdue", "Due next year", "Never reviewed"]
    due = parse(client.get(url + "?review=due").content.decode()).find("table", id="result_list")
    assert [row.find("th").text for row in due.find("tbody").find_all("tr")] == ["Overdue"]


def test_a_review_date_sets_the_next_review_a_year_later(site_content, client, editor):
    change = {"medical_reviewer": "Pat Example, MD", "last_reviewed": "2026-03-02", "review_due": ""}
    assert submit(client, change_url(site_content), change).status_code == 302
    site_content.refresh_from_db()
    assert site_content.review_due == datetime.date(2027, 3, 2)


# --- Pages and questions -----------------------------------------------------


def test_a_page_and_its_sections_are_edited_together_and_kept_as_revisions(client, superuser):
    page = Page.objects.create(key="about", title="About us", meta_description="Who we are", intro="Hello.")
    page.sections.create(order=1, heading="Who we are", body="People.")
    form = the_change_form(client, change_url(page))
    assert not form.find("select", name="key")  # fixed once the page exists
    change = {"title_en": "About this site", "sections-0-heading_en": "Who publishes the site"}
    assert submit(client, change_url(page), change).status_code == 302
    assert page.sections.get().heading == "Who publishes the site"
    assert "root" in history_rows(client, page)[0].text
    assert page.sections.get().history.first().history_user == superuser


def test_questions_are_reordered_and_taken_off_the_site_from_their_list(client, superuser):
    first = CallQuestion.objects.create(order=1, question="Which insurance do you take?")
    CallQuestion.objects.create(order=2, question="How long does the program last?")
    url = reverse("admin:programs_callquestion_changelist")
    page = parse(client.get(url).content.decode())
    data = form_data(page.find("form", id="changelist-form"))
    data |= {"form-0-order": "3", "form-0-active": [], "_save": "Save"}
    assert client.post(url, data).status_code == 302
    first.refresh_from_db()
    assert (first.order, first.active) == (3, False)
    assert first.history.first().history_user == superuser
