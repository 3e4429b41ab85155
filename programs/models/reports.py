"""Reports from visitors that a listing is wrong, worked through by editors."""

from django.db import models
from django.utils.translation import gettext_lazy


class ListingReport(models.Model):
    class Reason(models.TextChoices):
        WRONG_PHONE = "wrong_phone", gettext_lazy("The phone number is wrong")
        WRONG_ADDRESS = "wrong_address", gettext_lazy("The address is wrong")
        CLOSED = "closed", gettext_lazy("The center has closed")
        NOT_ACCEPTING = "not_accepting", gettext_lazy("It is not accepting new patients")
        WRONG_SERVICES = "wrong_services", gettext_lazy("The services listed are wrong")
        OTHER = "other", gettext_lazy("Something else")
        UNREACHABLE = "unreachable", gettext_lazy("Could not reach them (one-click report)")

    class Status(models.TextChoices):
        NEW = "new", "New"
        CHECKING = "checking", "Being checked"
        FIXED = "fixed", "Fixed"
        CHECKED = "checked", "Checked by phone (see the verification calls)"
        DISMISSED = "dismissed", "Dismissed (listing was right)"

    center = models.ForeignKey("programs.TreatmentCenter", on_delete=models.CASCADE, related_name="reports")
    reason = models.CharField(max_length=20, choices=Reason)
    details = models.TextField(
        max_length=1000,
        blank=True,
        help_text="What the visitor wrote. It may be wrong or unkind: check before acting.",
    )
    status = models.CharField(max_length=10, choices=Status, default=Status.NEW)
    editor_notes = models.TextField(blank=True, help_text="What you checked and changed.")
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = "incorrect-information report"
        indexes = [models.Index(fields=["status", "-created_at"], name="report_status_created_idx")]

    def __str__(self):
        return f"{self.get_reason_display()}: {self.center}"
