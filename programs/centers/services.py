"""Writes for treatment centers made from the public site. (The directory
itself is written by `importers`.)"""

from programs.models import ListingReport, TreatmentCenter


def listing_report_create(*, center: TreatmentCenter, reason: str, details: str) -> ListingReport:
    """Store a visitor's report that a listing is wrong, for editors to check."""
    return ListingReport.objects.create(center=center, reason=reason, details=details)
