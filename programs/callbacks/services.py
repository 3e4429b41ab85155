"""Writes for callback requests: storing one, telling call handlers about
it, and deleting requests once the retention period is over.

A visitor's number and name go to the database and nowhere else: not to
logs, not to email, not to an error report.
"""

import logging
from datetime import datetime, timedelta

from django.conf import settings
from django.core.mail import EmailMessage
from django.db import DatabaseError, transaction
from django.utils import timezone
from django.views.decorators.debug import sensitive_variables

from programs.callbacks.selectors import callback_requests_waiting
from programs.models import CallbackRequest

logger = logging.getLogger(__name__)


class CallbackNotStored(Exception):
    """Raised in place of a database error, whose message may quote the row:
    the visitor's number and name would then reach logs and error reports."""


@sensitive_variables()
def callback_request_create(*, phone: str, name: str, best_time: str, consent_text: str) -> CallbackRequest:
    """Store a request; `phone` is already E.164, `consent_text` what the page showed."""
    try:
        return CallbackRequest.objects.create(
            phone=phone,
            name=name,
            best_time=best_time,
            consent_text=consent_text,
            consented_at=timezone.now(),
        )
    except DatabaseError as error:
        raise CallbackNotStored(
            f"The database refused a callback request ({type(error).__name__}); its "
            "message is withheld because it can quote the visitor's number."
        ) from None


def call_handlers_notify(*, callback: CallbackRequest, admin_url: str) -> bool:
    """Email CALLBACK_NOTIFY_EMAIL that a request waits at `admin_url`.

    The email says nothing about the person. A mail server that is down must
    not lose the request, which is already stored: it is logged and skipped.
    """
    recipient = settings.CALLBACK_NOTIFY_EMAIL
    if not recipient:
        return False
    waiting = callback_requests_waiting()
    message = EmailMessage(
        subject=f"[{settings.SITE_NAME}] A callback request is waiting",
        body=(
            "Someone has asked to be called back about treatment options.\n\n"
            f"Open the request (sign in as a call handler):\n{admin_url}\n\n"
            f"New requests waiting: {waiting}.\n\n"
            "This email leaves out the person's number and name on purpose: they are "
            "only in the admin.\n"
        ),
        to=[recipient],
    )
    try:
        message.send()
    except OSError:  # smtplib errors are OSErrors too
        logger.warning("Could not email call handlers about callback request #%s", callback.pk, exc_info=True)
        return False
    return True


@transaction.atomic
def callback_requests_purge(
    *, older_than_days: int, dry_run: bool = False, now: datetime | None = None
) -> int:
    """Delete requests created more than `older_than_days` ago; return how many.

    Age counts from the request, whatever its status: a request nobody
    answered is deleted on time too.
    """
    cutoff = (now or timezone.now()) - timedelta(days=older_than_days)
    expired = CallbackRequest.objects.filter(created_at__lt=cutoff)
    count = expired.count()
    if not dry_run:
        expired.delete()
    return count
