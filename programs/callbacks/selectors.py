"""Reads for callback requests (call handlers see them only in the admin)."""

from programs.models import CallbackRequest


def callback_requests_waiting() -> int:
    """How many requests no handler has taken up yet."""
    return CallbackRequest.objects.filter(status=CallbackRequest.Status.NEW).count()
