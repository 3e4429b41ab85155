"""“Have us call you” requests, returned by call handlers and deleted after
the retention period (`manage.py purge_callbacks`)."""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy

from programs.calls import phones
from programs.fields import PhoneNumberField

# A U.S. number in E.164 (the +1 numbering plan): what call handlers can dial.
US_E164 = r"^\+1[2-9][0-9]{2}[2-9][0-9]{6}$"


class CallbackRequest(models.Model):
    """What is needed to call someone back, and the words they agreed to. Nothing more."""

    class BestTime(models.TextChoices):
        # Shown to visitors on the form (Status is for call handlers only).
        ASAP = "asap", gettext_lazy("As soon as possible")
        MORNING = "morning", gettext_lazy("Morning")
        AFTERNOON = "afternoon", gettext_lazy("Afternoon")
        EVENING = "evening", gettext_lazy("Evening")

    class Status(models.TextChoices):
        NEW = "new", "New"
        CONTACTED = "contacted", "Contacted"
        CLOSED = "closed", "Closed"

    phone = PhoneNumberField(help_text="The number to call, as the visitor gave it (U.S. only).")
    name = models.CharField(
        "first name or initials", max_length=40, blank=True, help_text="Optional: how to greet them."
    )
    best_time = models.CharField(
        "best time to call",
        max_length=10,
        choices=BestTime,
        default=BestTime.ASAP,
        help_text="In the visitor's local time.",
    )
    consent_text = models.TextField(
        help_text="The statement the visitor ticked, word for word as the page showed it."
    )
    consented_at = models.DateTimeField("consent given at")
    status = models.CharField(max_length=10, choices=Status, default=Status.NEW)
    handled_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        help_text="Set automatically to whoever last changed the status or the notes.",
    )
    handler_notes = models.TextField(
        blank=True,
        help_text="What happened on the call, for the next handler. No health details: "
        "only what is needed to finish the call-back.",
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = "callback request"
        indexes = [
            models.Index(fields=["status", "-created_at"], name="callback_status_created_idx"),
            models.Index(fields=["created_at"], name="callback_created_idx"),  # the daily purge
        ]
        constraints = [
            models.CheckConstraint(
                condition=Q(phone__regex=US_E164),
                name="callback_phone_is_us_e164",
                violation_error_message="The phone number must be a U.S. number.",
            ),
            models.CheckConstraint(
                condition=~Q(consent_text=""),
                name="callback_has_consent_text",
                violation_error_message="A callback request needs the consent text the visitor saw.",
            ),
        ]

    def __str__(self):
        # No number or name: this text is kept in the admin's history, which
        # outlives the request itself.
        return f"Callback request #{self.pk}"

    @property
    def display_phone(self):
        return phones.display(self.phone)
