"""The admin reads as this site's newsroom: its name, the work grouped by
task, what needs attention (for those allowed to see it), reference tables
editors only read, and help texts exactly as written."""

import datetime

import pytest
from django.contrib.auth.models import Group, Permission, User
from django.urls import reverse
from django.utils import timezone

from programs.models import Article, ListingReport, Service
from tests.support.callbacks import make_request
from tests.support.centers import make_center, make_services
from tests.support.html import parse

pytestmark = pytest.mark.django_db

INDEX = reverse("admin:index")
TASKS = ["The guide", "Phones and disclosures", "Treatment centers", "Reports and requests to work"]


def sign_in(client, username, *, groups=(), codenames=(), **flags):
    user = User.objects.create_user(username, password="a-long-test-password", is_staff=True, **flags)
    user.groups.add(*Group.objects.filter(name__in=groups))
    user.user_permissions.add(*Permission.objects.filter(codename__in=codenames))
    client.force_login(user)
    return user


@pytest.fixture
def editor(client):
    return sign_in(client, "editor", groups=["Editors"])


def get(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    return parse(response.content.decode())


def task_groups(page):
    """{caption: [model names]} of the home page's lists, in order."""
    modules = [m for m in page.by_id("content-main").find_all("div") if "module" in m.attrs.get("class", "")]
    return {m.find("caption").text: [row.find("th").text for row in m.find_all("tr")[1:]] for m in modules}


def attention(page):
    return {item.find("a").text: item for item in page.by_id("attention").find_all("li")}


def test_the_admin_carries_the_sites_name(client, editor, settings):
    page = get(client, INDEX)
    assert page.by_id("site-name").text == "IOP Guide newsroom"
    assert page.find("title").text == "Today's work | IOP Guide newsroom"
    assert "Django administration" not in str(client.get(INDEX).content)
    client.logout()
    assert get(client, reverse("admin:login")).by_id("site-name").text == "IOP Guide newsroom"


def test_the_home_page_groups_an_editors_work_by_task(client, editor):
    groups = task_groups(get(client, INDEX))
    assert list(groups) == TASKS
    assert groups["The guide"][:2] == ["Articles", "Sections"]
    assert groups["Phones and disclosures"] == ["Helpline numbers", "Routing partners", "Disclosures"]
    assert groups["Treatment centers"][0] == "Treatment centers"
    assert groups["Reports and requests to work"] == [
        "Verification queue",
        "Incorrect-information reports",
        "Listing updates from centers",
        "Verification calls",
    ]


def test_a_superuser_sees_every_model_in_its_task_and_the_users_apart(client):
    sign_in(client, "root", is_superuser=True)
    groups = task_groups(get(client, INDEX))
    assert list(groups) == [*TASKS, "Authentication and Authorization"]
    articles, sections, pages, questions = groups["The guide"]
    assert (articles, sections, pages) == ("Articles", "Sections", "Pages")
    assert questions.startswith("Question")  # CallQuestion's Meta has no verbose_name_plural yet
    assert groups["Reports and requests to work"] == [
        "Verification queue",
        "Incorrect-information reports",
        "Listing updates from centers",
        "Verification calls",
        "Callback requests",
    ]


def test_each_task_has_its_own_page(client, editor):
    page = get(client, INDEX)
    caption = next(c for c in page.find_all("caption") if c.text == "The guide")
    task_page = get(client, caption.find("a").attrs["href"])
    assert task_page.find("h1").text == "The guide"
    assert list(task_groups(task_page)) == ["The guide"]
    assert client.get(reverse("admin:task_index", args=["auth"])).status_code == 404
    assert client.get(reverse("admin:task_index", args=["nothing"])).status_code == 404


@pytest.fixture
def waiting_work():
    center = make_center()
    ListingReport.objects.create(center=center, reason="closed")
    ListingReport.objects.create(center=center, reason="closed", status=ListingReport.Status.FIXED)
    today = timezone.localdate()
    for slug, due in [
        ("overdue", today - datetime.timedelta(days=1)),
        ("later", today + datetime.timedelta(days=9)),
    ]:
        Article.objects.create(title=slug, slug=slug, summary="s", meta_description="m", review_due=due)
    make_request()


def test_an_editor_is_told_what_needs_attention_and_where_it_is(client, editor, waiting_work):
    items = attention(get(client, INDEX))
    assert list(items) == [
        "Listings waiting for a verification call",
        "Reports of wrong listings waiting",
        "Article reviews due",
    ]
    assert items["Listings waiting for a verification call"].find("strong").text == "0"
    assert items["Reports of wrong listings waiting"].find("strong").text == "1"
    assert items["Article reviews due"].find("strong").text == "1"
    reports = get(client, items["Reports of wrong listings waiting"].find("a").attrs["href"])
    assert len(reports.find("table", id="result_list").find("tbody").find_all("tr")) == 1
    due = get(client, items["Article reviews due"].find("a").attrs["href"])
    assert [row.find("th").text for row in due.find("table", id="result_list").find_all("tr")[1:]] == [
        "overdue"
    ]
    assert "allback" not in client.get(INDEX).content.decode()


def test_call_handlers_are_told_only_about_callback_requests(client, waiting_work):
    sign_in(client, "handler", groups=["Call handlers"])
    items = attention(get(client, INDEX))
    assert list(items) == ["Callback requests waiting for a call"]
    assert items["Callback requests waiting for a call"].find("strong").text == "1"
    assert reverse("admin:programs_article_changelist") not in client.get(INDEX).content.decode()


def test_reference_tables_are_view_only_for_editors(client, editor):
    make_services()
    service = Service.objects.get(code="OIT")
    service.aliases.create(code="IOPX")
    change = reverse("admin:programs_service_change", args=[service.pk])
    page = get(client, change)
    assert not page.find("input", name="name") and service.name in page.text
    assert not page.find("input", name="aliases-0-code") and "IOPX" in page.text
    assert client.post(change, {"name": "Changed"}).status_code == 403
    assert client.get(reverse("admin:programs_service_add")).status_code == 403
    assert client.get(reverse("admin:programs_servicecategory_add")).status_code == 403
    assert client.get(reverse("admin:programs_servicealias_add")).status_code == 403
    assert client.get(reverse("admin:programs_service_delete", args=[service.pk])).status_code == 403
    assert Service.objects.get(pk=service.pk).name == service.name


def test_a_superuser_still_edits_reference_tables(client):
    sign_in(client, "root", is_superuser=True)
    make_services()
    service = Service.objects.get(code="OIT")
    assert get(client, reverse("admin:programs_service_change", args=[service.pk])).find("input", name="name")
    assert client.get(reverse("admin:programs_service_add")).status_code == 200


def test_help_texts_show_as_written_in_editable_and_read_only_fields(site_content, client, editor):
    url = reverse("admin:programs_article_change", args=[site_content.pk])
    html = client.get(url).content.decode()
    assert "/treatment/&lt;slug&gt;/" in html
    assert (
        "The last part of the page address: /treatment/<slug>/." in parse(html).by_id("id_slug_helptext").text
    )
    sign_in(client, "reader", codenames=["view_article"])
    assert "/treatment/&lt;slug&gt;/" in client.get(url).content.decode()
