"""The database's own checks on a treatment center's values: whatever writes
a row (an import, the admin, a shell), these hold."""

from django.db import models
from django.db.models import F, Q

from programs.calls import phones

CONSTRAINTS = [
    models.CheckConstraint(
        condition=Q(latitude__gte=-90, latitude__lte=90),
        name="center_latitude_in_range",
        violation_error_message="Latitude must be between −90 and 90.",
    ),
    models.CheckConstraint(
        condition=Q(longitude__gte=-180, longitude__lte=180),
        name="center_longitude_in_range",
        violation_error_message="Longitude must be between −180 and 180.",
    ),
    models.CheckConstraint(
        condition=Q(state__regex=r"^[A-Z]{2}$"),
        name="center_state_is_two_capitals",
        violation_error_message="Write the state as two capital letters, e.g. NY.",
    ),
    models.CheckConstraint(
        condition=Q(zip__regex=r"^[0-9]{5}$"),
        name="center_zip_is_five_digits",
        violation_error_message="The ZIP code must be five digits.",
    ),
    *[
        models.CheckConstraint(
            condition=Q(**{name: ""}) | Q(**{f"{name}__regex": phones.STORED_SHAPE}),
            name=f"center_{name}_is_e164",
        )
        for name in ("phone", "intake_phone", "hotline", "sponsor_phone")
    ],
    models.CheckConstraint(
        # Both conditions spelled out: a CHECK passes when it is NULL,
        # so `until >= from` alone would let one date through.
        condition=Q(sponsored_from__isnull=True, sponsored_until__isnull=True)
        | Q(
            sponsored_from__isnull=False,
            sponsored_until__isnull=False,
            sponsored_until__gte=F("sponsored_from"),
        ),
        name="center_sponsorship_has_both_dates_in_order",
        violation_error_message="A sponsorship needs a first and a last day, the last on or after the first.",
    ),
    models.CheckConstraint(
        condition=~Q(source_key=""),
        name="center_has_a_source_key",
        violation_error_message="Every center needs a source key.",
    ),
    models.CheckConstraint(
        condition=Q(photo="") | ~Q(photo_alt=""),
        name="center_photo_has_alt_text",
        violation_error_message="Describe the photo for people who cannot see it.",
    ),
]
