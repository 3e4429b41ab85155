"""Requests are deleted after the retention period, and call handlers are
told one is waiting without being told who asked."""

from datetime import timedelta
from io import StringIO

import pytest
from django.core import mail
from django.core.mail import EmailMessage
from django.core.management import call_command

from programs.models import CallbackRequest
from tests.support.callbacks import PHONE_FORMS, make_request, submit

pytestmark = pytest.mark.django_db


def purge(*args):
    out = StringIO()
    call_command("purge_callbacks", *args, stdout=out)
    return out.getvalue()


@pytest.fixture
def requests_of_all_ages():
    return {
        "new": make_request(age=timedelta(days=2)),
        "just_kept": make_request(age=timedelta(days=29, hours=23)),
        "old": make_request(age=timedelta(days=31)),
        "old_closed": make_request(age=timedelta(days=45), status="closed"),
    }


def test_purge_deletes_requests_older_than_the_retention_period_whatever_their_status(
    requests_of_all_ages,
):
    assert purge() == "Deleted 2 callback request(s) older than 30 days.\n"
    kept = set(CallbackRequest.objects.values_list("pk", flat=True))
    assert kept == {requests_of_all_ages["new"].pk, requests_of_all_ages["just_kept"].pk}


def test_a_dry_run_counts_and_deletes_nothing(requests_of_all_ages):
    assert purge("--dry-run") == (
        "Would delete 2 callback request(s) older than 30 days (dry run: nothing deleted).\n"
    )
    assert CallbackRequest.objects.count() == 4


def test_the_retention_period_is_a_setting(requests_of_all_ages, settings):
    settings.CALLBACK_RETENTION_DAYS = 1
    assert purge() == "Deleted 4 callback request(s) older than 1 days.\n"
    assert not CallbackRequest.objects.exists()


def test_purge_is_quiet_at_verbosity_0_and_safe_to_repeat(requests_of_all_ages):
    assert purge("--verbosity", "0") == ""
    assert purge() == "Deleted 0 callback request(s) older than 30 days.\n"


def test_a_retention_period_below_one_day_is_refused(settings):
    from django.core.management.base import CommandError

    settings.CALLBACK_RETENTION_DAYS = 0
    with pytest.raises(CommandError, match="at least 1"):
        purge()


def test_call_handlers_are_emailed_that_a_request_waits_without_who_asked(site_content, client, settings):
    settings.CALLBACK_NOTIFY_EMAIL = "handlers@example.org"
    assert submit(client, name="Samantha").status_code == 302
    [email] = mail.outbox
    request = CallbackRequest.objects.get()
    assert email.to == ["handlers@example.org"]
    assert "callback request is waiting" in email.subject
    assert f"/admin/programs/callbackrequest/{request.pk}/change/" in email.body
    assert "New requests waiting: 1." in email.body
    whole = email.message().as_string()
    for written in PHONE_FORMS + ["Samantha"]:
        assert written not in whole, written


def test_no_email_is_sent_when_no_address_is_set(site_content, client):
    assert submit(client).status_code == 302
    assert mail.outbox == []


def test_a_mail_server_that_is_down_loses_no_request(site_content, client, settings, monkeypatch, caplog):
    settings.CALLBACK_NOTIFY_EMAIL = "handlers@example.org"

    def refuse(self, *args, **kwargs):
        raise ConnectionRefusedError("mail server down")

    monkeypatch.setattr(EmailMessage, "send", refuse)
    response = submit(client)
    assert response.status_code == 302
    request = CallbackRequest.objects.get()
    assert f"Could not email call handlers about callback request #{request.pk}" in caplog.text
