"""Confirmed access: what centers tell us about themselves, what visitors
tell us when they cannot reach one, and what an editor confirmed by calling
the center's listed number. Only the editor's call is ever published."""

from django.conf import settings
from django.db import models
from django.utils import timezone

from programs.fields import PhoneNumberField
from programs.models.centers import TreatmentCenter


class Accepting(models.TextChoices):
    YES = "yes", "Yes, accepting new patients"
    WAITLIST = "waitlist", "Waiting list"
    NO = "no", "Not accepting new patients"


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

    @property
    def iop_evenings_or_weekends(self):
        return bool(self.iop_evenings or self.iop_weekends)


class ListingToVerify(TreatmentCenter):
    """The verification queue's rows: centers with update requests or
    unreachable reports waiting (`programs.centers.admin_verification`)."""

    class Meta:
        proxy = True
        verbose_name = "listing to verify"
        verbose_name_plural = "verification queue"
