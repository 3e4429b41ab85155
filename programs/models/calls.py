"""Helpline numbers, who answers them, and what the site discloses about it."""

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext, gettext_lazy

from programs.calls import phones
from programs.content import text
from programs.fields import PhoneNumberField


class RoutingPartner(models.Model):
    """An organisation that answers or returns calls made through the site."""

    class Role(models.TextChoices):
        PRIMARY = "primary", gettext_lazy("Primary (answers general calls)")
        ADDITIONAL = "additional", gettext_lazy("Additional (may return some calls)")

    name = models.CharField(max_length=120)
    role = models.CharField(
        max_length=10,
        choices=Role,
        default=Role.ADDITIONAL,
        help_text="Only one partner can be primary: it answers the site's general lines.",
    )
    paid = models.BooleanField(
        "paid partner",
        default=True,
        help_text="Tick when the partner pays for the calls it receives. "
        "Visitors are told so next to every number it answers.",
    )
    website = models.URLField(blank=True)
    order = models.PositiveSmallIntegerField(default=0)

    class Meta:
        ordering = ["order", "name"]
        constraints = [
            models.UniqueConstraint(
                fields=["role"],
                condition=Q(role="primary"),
                name="at_most_one_primary_partner",
                violation_error_message="There is already a primary partner. Make that "
                "partner additional first, then make this one primary.",
            ),
        ]

    def __str__(self):
        return self.name

    @property
    def description(self):
        """How the partner is named beside a number: “Niznik …, our paid partner”."""
        if self.paid:
            return gettext("%(name)s, our paid partner") % {"name": self.name}
        return gettext("%(name)s, our partner") % {"name": self.name}


class HelplineNumberQuerySet(models.QuerySet):
    def active(self):
        return self.filter(active=True).select_related("partner")


class HelplineNumber(models.Model):
    class Purpose(models.TextChoices):
        CALL_NOW = "call_now", "Call now: talk to someone"
        CALL_ME = "call_me", "Have us call you"
        CENTER = "center", "A treatment center's own line"
        PUBLIC = "public", "Free public line (crisis, emergency, SAMHSA)"

    PARTNER_PURPOSES = (Purpose.CALL_NOW, Purpose.CALL_ME)

    label = models.CharField(
        max_length=120,
        help_text="What the number is for, in a few words, e.g. “Speak with a "
        "treatment specialist”. Screen readers read it with the number.",
    )
    number = PhoneNumberField(
        help_text="Type it any usual way, e.g. (202) 555-0143. It is stored as "
        "+12025550143; three-digit crisis and emergency lines stay as they are.",
    )
    purpose = models.CharField(max_length=10, choices=Purpose)
    partner = models.ForeignKey(
        RoutingPartner,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="numbers",
        help_text="Who answers. Required for “Call now” and “Have us call you” lines.",
    )
    answered_by = models.CharField(
        max_length=160,
        blank=True,
        help_text="Who answers, for lines no partner answers, e.g. “SAMHSA, a free public service”.",
    )
    note = models.CharField(
        max_length=160, blank=True, help_text="Short extra detail, e.g. “free and confidential”."
    )
    spanish_service = models.CharField(
        "Spanish",
        max_length=120,
        blank=True,
        help_text="What the line offers in Spanish, as its operator says, e.g. “Spanish: press 2”. "
        "Leave empty when we do not know: the site then says nothing.",
    )
    accepts_texts = models.BooleanField("can also be texted", default=False)
    around_the_clock = models.BooleanField("answered 24/7", default=True)
    active = models.BooleanField(default=True, help_text="Untick to take the number off the site.")
    order = models.PositiveSmallIntegerField(default=0)

    objects = HelplineNumberQuerySet.as_manager()

    class Meta:
        ordering = ["order", "pk"]
        constraints = [
            models.CheckConstraint(
                condition=Q(number__regex=phones.STORED_SHAPE),
                name="helpline_number_is_e164_or_service_code",
            ),
            models.CheckConstraint(
                condition=~Q(purpose__in=["call_now", "call_me"]) | Q(partner__isnull=False),
                name="helpline_partner_line_names_partner",
                violation_error_message="Choose the partner who answers this line.",
            ),
            models.CheckConstraint(
                condition=Q(partner__isnull=False) | ~Q(answered_by=""),
                name="helpline_says_who_answers",
                violation_error_message="Say who answers this line: a partner, or the “answered by” text.",
            ),
        ]

    def __str__(self):
        return f"{self.label}: {self.display}"

    def clean(self):
        if self.purpose in self.PARTNER_PURPOSES and self.partner_id is None:
            raise ValidationError({"partner": "Choose the partner who answers this line."})
        answered_by = text.language_columns(self, "answered_by")[0]  # English; Spanish may fall back
        if self.partner_id is None and not (getattr(self, answered_by) or "").strip():
            raise ValidationError({answered_by: "Say who answers this line."})

    @property
    def display(self):
        return phones.display(self.number)

    @property
    def who_answers(self):
        return self.partner.description if self.partner_id else self.answered_by

    @property
    def who_label(self):
        return gettext("Answered by %(who)s") % {"who": self.who_answers}


class Disclosure(models.Model):
    """A statement the site owes its visitors, edited in the admin."""

    class Key(models.TextChoices):
        ROUTING_SUMMARY = "routing_summary", "Where do calls go? (short, in every footer)"
        ROUTING_DETAIL = "routing_detail", "Where do calls go? (full page)"
        PAID_LISTINGS = "paid_listings", "Paid listings note (in every footer)"

    # Values editors can write into disclosure text as [[name]].
    TOKENS = {"primary_partner": "the primary partner's name"}

    key = models.CharField(max_length=20, choices=Key, unique=True)
    title = models.CharField(max_length=160)
    body = models.TextField(
        help_text="Plain text; a blank line starts a new paragraph. "
        "Write [[primary_partner]] for the primary partner's name."
    )
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["key"]

    def __str__(self):
        return self.get_key_display()

    def clean(self):
        text.check_tokens(self, "body", self.TOKENS)
