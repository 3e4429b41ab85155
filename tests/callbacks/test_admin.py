"""Call handlers work the queue of callback requests; nobody else sees it."""

from datetime import timedelta

import pytest
from django.contrib.admin.models import LogEntry
from django.contrib.auth.models import Group, Permission, User
from django.urls import reverse

from programs.models import CallbackRequest
from tests.support.callbacks import make_request
from tests.support.html import form_data, parse

pytestmark = pytest.mark.django_db

CHANGELIST = "admin:programs_callbackrequest_changelist"


def login(client, username, *, groups=(), **flags):
    user = User.objects.create_user(username, password="a-long-test-password", is_staff=True, **flags)
    user.groups.add(*Group.objects.filter(name__in=groups))
    client.force_login(user)
    return user


@pytest.fixture
def handler(client):
    return login(client, "handler", groups=["Call handlers"])


def codenames(group_name):
    return set(Group.objects.get(name=group_name).permissions.values_list("codename", flat=True))


def test_the_call_handlers_group_can_view_and_change_callback_requests_and_nothing_else():
    assert codenames("Call handlers") == {"view_callbackrequest", "change_callbackrequest"}


def test_editors_have_no_permission_on_callback_requests():
    assert not {c for c in codenames("Editors") if c.endswith("callbackrequest")}


def test_a_call_handler_sees_the_queue_newest_first_with_the_number_to_call(client, handler):
    make_request(phone="+12025550141", name="Older", age=timedelta(hours=3))
    make_request(phone="+12025550142", name="Newer", age=timedelta(hours=1))
    page = parse(client.get(reverse(CHANGELIST)).content.decode())
    rows = page.find("table", id="result_list").find("tbody").find_all("tr")
    assert [("Newer" in row.text, "(202) 555-0142" in row.text) for row in rows] == [
        (True, True),
        (False, False),
    ]
    assert "(202) 555-0141" in rows[1].text
    index = client.get(reverse("admin:index")).content.decode()
    assert reverse(CHANGELIST) in index
    assert reverse("admin:programs_article_changelist") not in index


def test_the_status_filter_narrows_the_queue(client, handler):
    make_request(name="Waiting")
    make_request(name="Done", status="closed")
    page = parse(client.get(reverse(CHANGELIST) + "?status__exact=new").content.decode())
    rows = page.find("table", id="result_list").find("tbody").find_all("tr")
    assert len(rows) == 1 and "Waiting" in rows[0].text


def test_marking_requests_contacted_or_closed_records_who_handled_them(client, handler):
    first, second = make_request(), make_request(phone="+12025550144")
    for action, status in [("mark_contacted", "contacted"), ("mark_closed", "closed")]:
        response = client.post(
            reverse(CHANGELIST),
            {
                "action": action,
                "_selected_action": [first.pk, second.pk],
                "index": 0,
            },
        )
        assert response.status_code == 302
        for request in (first, second):
            request.refresh_from_db()
            assert (request.status, request.handled_by) == (status, handler)


def test_saving_a_new_status_in_the_form_records_who_handled_it(client, handler):
    request = make_request()
    url = reverse("admin:programs_callbackrequest_change", args=[request.pk])
    page = parse(client.get(url).content.decode())
    form = next(f for f in page.find_all("form") if f.attrs.get("id", "").endswith("_form"))
    assert not form.find("input", name="phone")  # read only: shown, not editable
    assert "(202) 555-0143" in page.text
    data = form_data(form) | {"status": "contacted", "handler_notes": "Left a message."}
    assert client.post(url, data).status_code == 302
    request.refresh_from_db()
    assert (request.status, request.handler_notes, request.handled_by) == (
        "contacted",
        "Left a message.",
        handler,
    )
    history = LogEntry.objects.get(object_id=str(request.pk))
    assert "0143" not in history.object_repr and "Sam" not in history.object_repr


def test_handlers_cannot_add_or_delete_and_there_is_no_bulk_delete(client, handler):
    request = make_request()
    assert client.get(reverse("admin:programs_callbackrequest_add")).status_code == 403
    assert client.get(reverse("admin:programs_callbackrequest_delete", args=[request.pk])).status_code == 403
    page = parse(client.get(reverse(CHANGELIST)).content.decode())
    actions = {o.attrs["value"] for o in page.find("select", name="action").find_all("option")}
    assert actions == {"", "mark_contacted", "mark_closed"}


def test_a_superuser_sees_the_queue_and_can_delete_one_request_but_not_in_bulk(client):
    login(client, "root", is_superuser=True)
    request = make_request()
    page = parse(client.get(reverse(CHANGELIST)).content.decode())
    assert "(202) 555-0143" in page.find("table", id="result_list").text
    actions = {o.attrs["value"] for o in page.find("select", name="action").find_all("option")}
    assert "delete_selected" not in actions
    delete = reverse("admin:programs_callbackrequest_delete", args=[request.pk])
    assert client.post(delete, {"post": "yes"}).status_code == 302
    assert not CallbackRequest.objects.exists()


def test_an_editor_cannot_see_callback_requests(client):
    login(client, "editor", groups=["Editors"])
    request = make_request()
    assert client.get(reverse(CHANGELIST)).status_code == 403
    change = reverse("admin:programs_callbackrequest_change", args=[request.pk])
    assert client.get(change).status_code == 403
    index = client.get(reverse("admin:index")).content.decode()
    assert reverse(CHANGELIST) not in index and "allback" not in index


def test_staff_without_the_permission_cannot_see_callback_requests(client):
    user = login(client, "staff")
    user.user_permissions.add(Permission.objects.get(codename="change_article"))
    assert client.get(reverse(CHANGELIST)).status_code == 403


def test_anonymous_visitors_are_sent_to_the_sign_in_page(client):
    make_request()
    response = client.get(reverse(CHANGELIST))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("admin:login"))
    assert "0143" not in client.get(response["Location"]).content.decode()
