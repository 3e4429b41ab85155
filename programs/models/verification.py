"""Confirmed access: what centers tell us about themselves, what visitors
tell us when they cannot reach one, and what an editor confirmed by calling
the center's listed number. Only the editor's call is ever published."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy

from programs.fields import PhoneNumberField
from programs.models.centers import TreatmentCenter


class Accepting(models.TextChoices):
    YES = "yes", gettext_lazy("Yes, accepting new patients")
    WAITLIST = "waitlist", gettext_lazy("Waiting list")
    NO = "no", gettext_lazy("Not accepting new patients")


class ListingUpdateRequest(models.Model):
    """“Is this your center?”: a center's own update, waiting for an editor's call.

    The sender's name, role and contact are personal data, kept only while
    an editor may need them (`manage.py purge_update_requests`)."""

    class Status(models.TextChoices):
        NEW = "new", "Waiting for a call"
        DONE = "done", "Answered by a call"

    center = models.ForeignKey(
        "programs.TreatmentCenter", on_delete=models.CASCADE, related_name="update_requests"
    )
    accepting_new_patients = models.CharField(max_length=8, choices=Accepting, blank=True)
    iop_weekday_daytime = models.BooleanField("IOP groups on weekdays, daytime", default=False)
    iop_evenings = models.BooleanField("IOP groups in the evening", default=False)
    iop_weekends = models.BooleanField("IOP groups at weekends", default=False)
    telehealth = models.BooleanField("offers telehealth", null=True, blank=True)
    languages = models.CharField("languages other than English", max_length=200, blank=True)
    phone_correction = PhoneNumberField("correct phone number", blank=True)
    website_correction = models.URLField("correct website", max_length=300, blank=True)
    address_correction = models.TextField("correct address", max_length=300, blank=True)
    sender_name = models.CharField(max_length=100)
    sender_role = models.CharField("sender's role at the center", max_length=100)
    sender_contact = models.CharField("how to reach the sender", max_length=200)
    status = models.CharField(max_length=4, choices=Status, default=Status.NEW)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["created_at"]
        verbose_name = "listing update from a center"
        verbose_name_plural = "listing updates from centers"
        indexes = [models.Index(fields=["created_at"], name="update_request_created_idx")]

    def __str__(self):
        return f"Update for {self.center} ({self.created_at:%Y-%m-%d})"


class VerificationCall(models.Model):
    """An editor's call to a center's listed number, and what it confirmed."""

    class Outcome(models.TextChoices):
        CONFIRMED = "confirmed", "Confirmed: reached the center, every fact below checked"
        PARTLY = "partly", "Partly: reached the center, only the facts filled in below checked"
        NO_ANSWER = "no_answer", "Could not reach them (no answer, voicemail, busy)"
        DISCONNECTED = "disconnected", "Number disconnected or not in service"
        CLOSED = "closed", "The center has closed"

    REACHED = (Outcome.CONFIRMED, Outcome.PARTLY)

    center = models.ForeignKey("programs.TreatmentCenter", on_delete=models.CASCADE, related_name="calls")
    called_on = models.DateField(default=timezone.localdate)
    number_called = PhoneNumberField(help_text="The center's listed number you called.")
    outcome = models.CharField(max_length=12, choices=Outcome)
    accepting_new_patients = models.CharField(
        max_length=8, choices=Accepting, blank=True, help_text="Leave empty if not confirmed."
    )
    iop_weekday_daytime = models.BooleanField("IOP groups on weekdays, daytime", null=True, blank=True)
    iop_evenings = models.BooleanField("IOP groups in the evening", null=True, blank=True)
    iop_weekends = models.BooleanField("IOP groups at weekends", null=True, blank=True)
    telehealth = models.BooleanField("offers telehealth", null=True, blank=True)
    languages = models.CharField(
        "languages other than English",
        max_length=200,
        blank=True,
        help_text="As the center said them, e.g. “Spanish, Vietnamese”. Empty if not confirmed.",
    )
    notes = models.TextField(blank=True, help_text="For editors only; never published.")
    called_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-called_on", "-created_at"]
        verbose_name = "verification call"

    def __str__(self):
        return f"{self.get_outcome_display()}: {self.center} ({self.called_on})"

    FACTS = (
        "accepting_new_patients",
        "iop_weekday_daytime",
        "iop_evenings",
        "iop_weekends",
        "telehealth",
        "languages",
    )

    def confirmed_facts(self):
        return [name for name in self.FACTS if getattr(self, name) not in ("", None)]

    def clean(self):
        errors = {}
        center = self.center if self.center_id else None
        if center is not None and self.number_called and self.number_called not in listed_numbers(center):
            errors["number_called"] = (
                "Call a number the listing shows: a number given by the sender of an update "
                "could confirm nothing about the center."
            )
        facts = self.confirmed_facts()
        if self.outcome in self.REACHED and not facts:
            errors["outcome"] = "You reached the center: fill in at least one fact it confirmed."
        elif self.outcome == self.Outcome.CONFIRMED and not self.accepting_new_patients:
            errors["accepting_new_patients"] = "A full confirmation says whether it accepts new patients."
        elif self.outcome and self.outcome not in self.REACHED and facts:
            errors["outcome"] = "Facts are published only from a call that reached the center: clear them."
        if errors:
            raise ValidationError(errors)


def listed_numbers(center) -> set[str]:
    """The numbers the public listing shows for the center (not a sponsor's)."""
    return {n for n in (center.phone, center.intake_phone, center.intake2_phone, center.hotline) if n}


class ListingToVerify(TreatmentCenter):
    """The verification queue's rows: centers with update requests or
    unreachable reports waiting (`programs.centers.admin_verification`)."""

    class Meta:
        proxy = True
        verbose_name = "listing to verify"
        verbose_name_plural = "verification queue"
