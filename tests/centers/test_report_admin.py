"""Editors work visitors' reports of wrong listings in the admin; someone
who may only view reports cannot change them through the list's actions."""

import pytest
from django.contrib.auth.models import Permission, User
from django.urls import reverse

from programs.models import ListingReport
from tests.support.centers import make_center

pytestmark = pytest.mark.django_db

CHANGELIST = reverse("admin:programs_listingreport_changelist")


def staff(client, *codenames):
    user = User.objects.create_user("staff", password="a-long-test-password", is_staff=True)
    user.user_permissions.add(*Permission.objects.filter(codename__in=codenames))
    client.force_login(user)


@pytest.fixture
def report():
    return ListingReport.objects.create(center=make_center(), reason="closed", details="")


def mark_fixed(client, report):
    return client.post(CHANGELIST, {"action": "mark_fixed", "_selected_action": [report.pk]})


def test_a_viewer_is_offered_no_action_and_cannot_mark_a_report_fixed(client, report):
    staff(client, "view_listingreport")
    page = client.get(CHANGELIST).content.decode()
    assert "mark_fixed" not in page and "mark_dismissed" not in page
    mark_fixed(client, report)
    report.refresh_from_db()
    assert report.status == ListingReport.Status.NEW


def test_an_editor_who_may_change_reports_marks_one_fixed(client, report):
    staff(client, "view_listingreport", "change_listingreport")
    assert "mark_fixed" in client.get(CHANGELIST).content.decode()
    mark_fixed(client, report)
    report.refresh_from_db()
    assert report.status == ListingReport.Status.FIXED
