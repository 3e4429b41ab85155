"""Writes for treatment centers made from the public site and from the
verification queue. (The directory itself is written by `importers`.)"""

import datetime

from django.db import transaction
from django.utils import timezone

from programs.models import ListingReport, ListingUpdateRequest, TreatmentCenter, VerificationCall


def listing_report_create(*, center: TreatmentCenter, reason: str, details: str) -> ListingReport:
    """Store a visitor's report that a listing is wrong, for editors to check."""
    return ListingReport.objects.create(center=center, reason=reason, details=details)


def unreachable_report_create(*, center: TreatmentCenter) -> ListingReport:
    """A visitor's one-click "I couldn't reach them". It changes nothing a
    visitor sees: it moves the listing up the verification queue."""
    return ListingReport.objects.create(center=center, reason=ListingReport.Reason.UNREACHABLE)


def listing_update_create(*, center: TreatmentCenter, **fields: object) -> ListingUpdateRequest:
    """Store a center's own update, for an editor to confirm by calling the
    listed number. Nothing is published from it."""
    return ListingUpdateRequest.objects.create(center=center, **fields)


@transaction.atomic
def verification_call_record(call: VerificationCall) -> VerificationCall:
    """Save an editor's call and apply its outcome to the public listing.

    Reached (confirmed / partly): the call becomes what the page publishes,
    and the number called is no longer marked disconnected. Disconnected:
    the number is marked so at once. Closed: the center is closed at once.
    Could not reach: nothing public changes. Every outcome answers the
    center's waiting update requests and unreachable reports."""
    call.save()
    center = TreatmentCenter.objects.select_for_update().get(pk=call.center_id)
    if call.outcome in VerificationCall.REACHED:
        center.confirmation = call
        if center.disconnected_number == call.number_called:
            center.disconnected_number, center.disconnected_on = "", None
    elif call.outcome == VerificationCall.Outcome.DISCONNECTED:
        center.disconnected_number, center.disconnected_on = call.number_called, call.called_on
    elif call.outcome == VerificationCall.Outcome.CLOSED:
        center.status = TreatmentCenter.Status.CLOSED
        center.closed_on, center.closed_by = call.called_on, TreatmentCenter.ClosedBy.CALL
    center.save()  # its post_save receiver marks cached pages stale
    _answer_waiting(call)
    return call


def _answer_waiting(call: VerificationCall) -> None:
    now = timezone.now()
    call.center.update_requests.filter(status=ListingUpdateRequest.Status.NEW).update(
        status=ListingUpdateRequest.Status.DONE
    )
    call.center.reports.filter(
        reason=ListingReport.Reason.UNREACHABLE, status=ListingReport.Status.NEW
    ).update(
        status=ListingReport.Status.CHECKED,
        editor_notes=f"Answered by the call of {call.called_on:%Y-%m-%d}: {call.get_outcome_display()}",
        updated_at=now,
    )


def update_requests_purge(*, older_than_days: int, dry_run: bool = False) -> int:
    """Delete centers' update requests (they hold the sender's name and
    contact) older than `older_than_days`; return how many."""
    cutoff = timezone.now() - datetime.timedelta(days=older_than_days)
    old = ListingUpdateRequest.objects.filter(created_at__lt=cutoff)
    if dry_run:
        return old.count()
    deleted, _ = old.delete()
    return deleted
