"""“Is this your center? Update this listing”: the form a center's staff fill in.

Nothing here is published: an editor calls the center's *listed* number to
confirm it first. The sender's name, role and contact are kept only so the
editor can ask a question, and deleted on schedule (see the privacy page)."""

from django import forms
from django.core.validators import EmailValidator
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy as _lazy

from programs.calls import phones
from programs.models import Accepting, ListingUpdateRequest

SCHEDULE_CHOICES = [
    ("iop_weekday_daytime", _lazy("Weekdays, during the day")),
    ("iop_evenings", _lazy("Evenings")),
    ("iop_weekends", _lazy("Weekends")),
]
NOT_SAYING = _lazy("Not saying")
TELEHEALTH_CHOICES = [("", NOT_SAYING), ("yes", _lazy("Yes")), ("no", _lazy("No"))]
FACTS = ["accepting_new_patients", "iop_schedule", "telehealth", "languages"]
CORRECTIONS = ["phone_correction", "website_correction", "address_correction"]


class ListingUpdateForm(forms.ModelForm):
    accepting_new_patients = forms.ChoiceField(
        label=_lazy("Are you accepting new patients?"),
        choices=[("", NOT_SAYING), *Accepting.choices],
        required=False,
        widget=forms.RadioSelect,
    )
    iop_schedule = forms.MultipleChoiceField(
        label=_lazy("When do your intensive outpatient (IOP) groups meet?"),
        choices=SCHEDULE_CHOICES,
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=_lazy("Tick every time that applies. Leave all empty if you run no IOP groups."),
    )
    telehealth = forms.ChoiceField(
        label=_lazy("Do you offer sessions by video or phone (telehealth)?"),
        choices=TELEHEALTH_CHOICES,
        required=False,
        widget=forms.RadioSelect,
    )
    phone_correction = forms.CharField(
        label=_lazy("The right phone number for new patients"),
        required=False,
        max_length=32,
        help_text=_lazy("Only if the number we list is wrong."),
        widget=forms.TextInput(attrs={"type": "tel", "autocomplete": "off"}),
    )
    # A field people cannot see: bots fill it in, people leave it empty.
    homepage = forms.CharField(required=False, label=_lazy("Leave this empty"))

    class Meta:
        model = ListingUpdateRequest
        fields = [
            "accepting_new_patients",
            "telehealth",
            "languages",
            "phone_correction",
            "website_correction",
            "address_correction",
            "sender_name",
            "sender_role",
            "sender_contact",
        ]
        labels = {
            "languages": _lazy("Languages other than English your staff speak with patients"),
            "website_correction": _lazy("The right website"),
            "address_correction": _lazy("The right address"),
            "sender_name": _lazy("Your name"),
            "sender_role": _lazy("Your role at the center"),
            "sender_contact": _lazy("Your work email or phone number"),
        }
        help_texts = {
            "languages": _lazy("For example: Spanish, Vietnamese."),
            "website_correction": _lazy("Only if the website we list is wrong, e.g. https://example.org."),
            "address_correction": _lazy("Only if the address we list is wrong."),
            "sender_role": _lazy("For example: intake coordinator, clinical director."),
            "sender_contact": _lazy("So an editor can ask you a question. We never publish it."),
        }
        widgets = {
            "address_correction": forms.Textarea(attrs={"rows": 3, "maxlength": 300}),
            "sender_name": forms.TextInput(attrs={"autocomplete": "name"}),
            "sender_role": forms.TextInput(attrs={"autocomplete": "organization-title"}),
        }
        error_messages = {
            "sender_name": {"required": _lazy("Enter your name.")},
            "sender_role": {"required": _lazy("Enter your role at the center.")},
            "sender_contact": {
                "required": _lazy("Enter an email address or a phone number we can reach you on.")
            },
            "website_correction": {"invalid": _lazy("Enter a web address, e.g. https://example.org.")},
        }

    def clean_phone_correction(self):
        raw = self.cleaned_data["phone_correction"].strip()
        if not raw:
            return ""
        try:
            return phones.normalise(raw)
        except phones.InvalidPhoneNumber as error:
            raise forms.ValidationError(str(error)) from None

    def clean_telehealth(self):
        return {"yes": True, "no": False}.get(self.cleaned_data["telehealth"])

    def clean_sender_contact(self):
        contact = self.cleaned_data["sender_contact"].strip()
        if "@" in contact:
            try:
                EmailValidator()(contact)
            except forms.ValidationError:
                raise forms.ValidationError(
                    _("Enter a whole email address, e.g. intake@example.org.")
                ) from None
            return contact
        try:
            return phones.display(phones.normalise(contact))
        except phones.InvalidPhoneNumber:
            raise forms.ValidationError(
                _("Enter an email address, or a phone number with its area code.")
            ) from None

    def clean_homepage(self):
        if self.cleaned_data.get("homepage"):
            raise forms.ValidationError(_("Leave this field empty."))
        return ""

    def clean(self):
        data = super().clean()
        told = [name for name in FACTS + CORRECTIONS if data.get(name) not in ("", None, [])]
        if not told and not self.errors:
            raise forms.ValidationError(
                _(
                    "Tell us at least one thing: whether you accept new patients, when IOP groups "
                    "meet, telehealth, languages, or a correction."
                )
            )
        return data

    def request_fields(self) -> dict:
        """The cleaned answers as ListingUpdateRequest fields."""
        data = {name: self.cleaned_data[name] for name in self.Meta.fields}
        chosen = set(self.cleaned_data["iop_schedule"])
        data.update({name: name in chosen for name, _label in SCHEDULE_CHOICES})
        return data
