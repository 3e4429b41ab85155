"""Callback requests: the consent statement, storing a request, telling call
handlers about it, and deleting it once the retention period is over.

A visitor's number and name go to the database and nowhere else: not to
logs, not to email, not to an error report.
"""

import logging
from dataclasses import dataclass
from datetime import timedelta

from django.conf import settings
from django.core import signing
from django.core.mail import EmailMessage
from django.db import DatabaseError, transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.html import format_html
from django.views.decorators.debug import sensitive_variables

from programs.models import CallbackRequest

logger = logging.getLogger(__name__)

PRIVACY_LINK_TEXT = "privacy notice"
_CONSENT_SALT = "programs.callbacks.consent"
# A form left open longer than this shows a fresh statement to agree to.
CONSENT_MAX_AGE = timedelta(days=1)


@dataclass(frozen=True)
class Consent:
    """The statement beside the consent checkbox, and a signed copy of it
    that the form carries, so that the words stored are the words shown."""

    text: str

    @property
    def token(self):
        return signing.dumps(self.text, salt=_CONSENT_SALT)

    @property
    def label(self):
        """The text as HTML, with “privacy notice” linked to the notice."""
        before, found, after = self.text.rpartition(PRIVACY_LINK_TEXT)
        if not found:
            return format_html("{}", self.text)
        return format_html('{}<a href="{}">{}</a>{}', before, reverse("programs:privacy"), found, after)


def consent_for(partner):
    """What a visitor agrees to: who will call (the primary partner, named as
    everywhere else), what about, and that it commits them to nothing."""
    return Consent(
        f"I agree that {partner.description}, may call me at this number about treatment "
        "options. Agreeing is not a condition of buying anything. The privacy notice "
        "explains how my number is used and when it is deleted."
    )


def shown_consent(token):
    """The statement a form showed, from its signed copy; raises
    signing.BadSignature when the copy was changed or is too old."""
    return signing.loads(token, salt=_CONSENT_SALT, max_age=CONSENT_MAX_AGE)


class CallbackNotStored(Exception):
    """Raised in place of a database error, whose message may quote the row:
    the visitor's number and name would then reach logs and error reports."""


@sensitive_variables()
def create_callback_request(*, phone, name, best_time, consent_text):
    """Store a request; `phone` is already E.164, `consent_text` what the page showed."""
    try:
        return CallbackRequest.objects.create(
            phone=phone, name=name, best_time=best_time,
            consent_text=consent_text, consented_at=timezone.now(),
        )
    except DatabaseError as error:
        raise CallbackNotStored(
            f"The database refused a callback request ({type(error).__name__}); its "
            "message is withheld because it can quote the visitor's number."
        ) from None


def notify_call_handlers(callback, *, admin_url):
    """Email CALLBACK_NOTIFY_EMAIL that a request waits at `admin_url`.

    The email says nothing about the person. A mail server that is down must
    not lose the request, which is already stored: it is logged and skipped.
    """
    recipient = settings.CALLBACK_NOTIFY_EMAIL
    if not recipient:
        return False
    waiting = CallbackRequest.objects.filter(status=CallbackRequest.Status.NEW).count()
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
        logger.warning("Could not email call handlers about callback request #%s", callback.pk,
                       exc_info=True)
        return False
    return True


@transaction.atomic
def purge_callbacks(*, older_than_days, dry_run=False, now=None):
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
