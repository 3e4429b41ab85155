"""Treatment centers, described with SAMHSA's service dictionary
(`programs.models.service_codes`)."""

from django.core.exceptions import ValidationError
from django.core.validators import RegexValidator
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.text import slugify

from programs import uploads
from programs.fields import PhoneNumberField
from programs.models.center_constraints import CONSTRAINTS
from programs.models.service_codes import Service

# Digits only: a caller's phone dials them after the number answers.
EXTENSION = RegexValidator(r"^[0-9]{1,8}$", "An extension is digits only, e.g. 402.")


class TreatmentCenterQuerySet(models.QuerySet):
    def listed(self):
        """The only way a public view gets centers: open ones."""
        return self.filter(status=TreatmentCenter.Status.OPEN)

    def sponsored_now(self):
        """Listed centers whose sponsorship covers today."""
        today = timezone.localdate()
        return self.listed().filter(sponsored_from__lte=today, sponsored_until__gte=today)

    def real(self):
        """Everything except the demonstration listings."""
        return self.filter(is_demo=False)


class TreatmentCenter(models.Model):
    class FacilityType(models.TextChoices):
        SUBSTANCE_USE = "SA", "Substance use treatment"
        MENTAL_HEALTH = "MH", "Mental health treatment"
        BOTH = "BOTH", "Substance use and mental health treatment"
        HEALTH_CENTER = "HRSA", "Health center"
        BUPRENORPHINE = "BUPREN", "Buprenorphine practitioner"

    class Status(models.TextChoices):
        OPEN = "open", "Open (listed)"
        CLOSED = "closed", "Closed (not listed)"

    class ClosedBy(models.TextChoices):
        NOT_CLOSED = "", "—"
        IMPORT = "import", "Absent from a complete SAMHSA release"
        CALL = "call", "Confirmed closed by phone"
        EDITOR = "editor", "Closed by an editor"

    name = models.CharField(max_length=200)
    program_name = models.CharField(
        max_length=200,
        blank=True,
        help_text="The program or “doing business as” name, when it differs from the name.",
    )
    street1 = models.CharField("street address", max_length=200, blank=True)
    street2 = models.CharField("street address, line 2", max_length=200, blank=True)
    city = models.CharField(max_length=100)
    state = models.CharField(max_length=2, help_text="Two capital letters, e.g. NY.")
    zip = models.CharField("ZIP code", max_length=5, help_text="Five digits.")
    latitude = models.FloatField(help_text="Decimal degrees, −90 to 90.")
    longitude = models.FloatField(help_text="Decimal degrees, −180 to 180.")
    location_is_approximate = models.BooleanField(
        default=False,
        help_text="Ticked when the map position is the center of the ZIP code, not the "
        "building. Visitors are told distances are approximate.",
    )
    phone = PhoneNumberField(blank=True, help_text="The main number, e.g. (212) 555-0142.")
    phone_ext = models.CharField("extension", max_length=8, blank=True, validators=[EXTENSION])
    intake_phone = PhoneNumberField(blank=True, help_text="The number for new clients, if different.")
    intake_phone_ext = models.CharField("intake extension", max_length=8, blank=True, validators=[EXTENSION])
    intake2_phone = PhoneNumberField(
        "second intake number",
        blank=True,
        help_text="A second number for new clients, if the center lists one.",
    )
    intake2_phone_ext = models.CharField(
        "second intake extension", max_length=8, blank=True, validators=[EXTENSION]
    )
    hotline = PhoneNumberField(blank=True, help_text="A crisis or after-hours line, if any.")
    website = models.URLField(max_length=300, blank=True)
    facility_type = models.CharField(max_length=6, choices=FacilityType)
    services = models.ManyToManyField(Service, related_name="centers", blank=True)
    # The codes of `services`, space-separated with a space at each end
    # (" MD OIT SS "). A search for centers offering *all* of several codes
    # then needs one `service_codes__contains=" OIT "` filter per code on
    # this table, instead of one join (or subquery) on a 1.3-million-row
    # through table per code. Imports write both; the m2m_changed receiver
    # at the end of this module keeps it right when services are edited.
    service_codes = models.TextField(blank=True, editable=False)
    description = models.TextField(
        blank=True, help_text="Plain text shown on the center's page. Imports never change it."
    )
    photo = models.ImageField(
        upload_to=uploads.center_photo_path,
        blank=True,
        validators=uploads.IMAGE_VALIDATORS,
        help_text="Optional (JPEG, PNG or WebP, up to 5 MB).",
    )
    photo_alt = models.CharField(
        "photo description",
        max_length=200,
        blank=True,
        help_text="Describe the photo for people who cannot see it. Required with a photo.",
    )
    source = models.CharField(
        max_length=80,
        default="Added by an editor",
        help_text="Where the listing comes from, e.g. “SAMHSA National Directory 2022”.",
    )
    source_key = models.CharField(
        max_length=255,
        unique=True,
        blank=True,
        help_text="The listing's identity in its source (FindTreatment.gov id, or name, "
        "street and ZIP). Imports update the center with the same key: do not edit. "
        "Left empty on a center added by hand, it becomes “editor:” and the slug.",
    )
    last_verified = models.DateField(
        null=True,
        blank=True,
        help_text="When the source last confirmed these details.",
    )
    status = models.CharField(
        max_length=6,
        choices=Status,
        default=Status.OPEN,
        help_text="A closed center leaves the finder and its page answers “gone”. An import "
        "reopens only a center an earlier import closed.",
    )
    closed_on = models.DateField(
        null=True, blank=True, help_text="The day the center was found closed. Its page then answers “gone”."
    )
    closed_by = models.CharField(max_length=6, choices=ClosedBy, default="", blank=True, editable=False)
    disconnected_number = PhoneNumberField(
        blank=True,
        editable=False,
        help_text="A listed number an editor found disconnected. Shown as such while it is listed.",
    )
    disconnected_on = models.DateField(null=True, blank=True, editable=False)
    confirmation = models.ForeignKey(
        "programs.VerificationCall",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        editable=False,
        help_text="The latest call that confirmed facts with the center: what the page publishes.",
    )
    slug = models.SlugField(
        max_length=120,
        unique=True,
        help_text="The last part of the center's address. Changing it breaks saved links.",
    )
    is_demo = models.BooleanField(
        "demonstration listing",
        default=False,
        help_text="A fictional center that shows how the finder works. Never a real place.",
    )
    sponsored_from = models.DateField(null=True, blank=True)
    sponsored_until = models.DateField(
        null=True, blank=True, help_text="The last day of the sponsorship (included)."
    )
    sponsor_phone = PhoneNumberField(
        blank=True,
        help_text="The center's own routed number, shown while it is sponsored.",
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = TreatmentCenterQuerySet.as_manager()

    class Meta:
        ordering = ["name", "city"]
        indexes = [
            models.Index(fields=["latitude", "longitude"], name="center_lat_lon_idx"),
            models.Index(fields=["state", "city"], name="center_state_city_idx"),
        ]
        constraints = CONSTRAINTS

    def __str__(self):
        return f"{self.name}, {self.city}, {self.state}"

    def get_absolute_url(self):
        return reverse(
            "programs:center",
            kwargs={"state": self.state.lower(), "city": self.city_slug, "slug": self.slug},
        )

    @property
    def city_slug(self):
        return slugify(self.city)

    @property
    def service_code_list(self):
        return self.service_codes.split()

    @property
    def is_sponsored(self):
        """The sponsorship covers today (as `sponsored_now()` decides in the database)."""
        if not (self.sponsored_from and self.sponsored_until):
            return False
        return self.sponsored_from <= timezone.localdate() <= self.sponsored_until

    def clean(self):
        self.state = self.state.strip().upper()
        if not self.source_key and self.slug:
            self.source_key = f"editor:{self.slug}"
        errors = {}
        if not -90 <= (self.latitude or 0) <= 90:
            errors["latitude"] = "Latitude must be between −90 and 90."
        if not -180 <= (self.longitude or 0) <= 180:
            errors["longitude"] = "Longitude must be between −180 and 180."
        if (self.sponsored_from is None) != (self.sponsored_until is None):
            errors["sponsored_until"] = "Give both the first and the last day of the sponsorship."
        elif self.sponsored_from and self.sponsored_until < self.sponsored_from:
            errors["sponsored_until"] = "The last day must be on or after the first day."
        if self.status == self.Status.CLOSED and not self.closed_on:
            self.closed_on = timezone.localdate()
            self.closed_by = self.closed_by or self.ClosedBy.EDITOR
        if self.status == self.Status.OPEN:
            self.closed_on, self.closed_by = None, self.ClosedBy.NOT_CLOSED
        if self.photo and not self.photo_alt.strip():
            errors["photo_alt"] = "Describe the photo for people who cannot see it."
        if errors:
            raise ValidationError(errors)


def codes_text(codes):
    """The stored form of `service_codes`: sorted, space-separated, a space at each end."""
    return f" {' '.join(sorted(set(codes)))} " if codes else ""
