"""The “have us call you” form."""

from django import forms
from django.core import signing
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy as _lazy

from programs.callbacks.consent import shown_consent
from programs.calls import phones
from programs.models import CallbackRequest

CONSENT_AGAIN = _lazy("Please read the statement again and tick the box if you agree.")


class CallbackRequestForm(forms.Form):
    """A visitor's number, an optional name, a time of day, and their consent.

    `consent_token` is the signed copy of the statement the page showed:
    what is stored is what the visitor read, even if a partner was renamed
    while the page was open.
    """

    phone = forms.CharField(
        label=_lazy("Your phone number"),
        max_length=32,
        error_messages={
            "required": _lazy("Enter the phone number we should call."),
            "max_length": _lazy("That is too long for a phone number."),
        },
    )
    name = forms.CharField(
        label=_lazy("Your first name or initials (optional)"),
        max_length=40,
        required=False,
        error_messages={"max_length": _lazy("Please keep it short: a first name or initials.")},
    )
    best_time = forms.ChoiceField(
        label=_lazy("Best time to call"),
        choices=CallbackRequest.BestTime,
        initial=CallbackRequest.BestTime.ASAP,
        widget=forms.RadioSelect,
        error_messages={
            "required": _lazy("Choose a time of day."),
            "invalid_choice": _lazy("Choose a time of day from the list."),
        },
    )
    consent = forms.BooleanField(
        error_messages={
            "required": _lazy(
                "Tick the box to agree to the call. If you would rather not, you can call us instead."
            )
        },
    )
    consent_token = forms.CharField(widget=forms.HiddenInput, required=False)
    # A field people cannot see: bots fill it in, people leave it empty.
    website = forms.CharField(required=False, label=_lazy("Leave this empty"))

    def clean_phone(self):
        try:
            return phones.normalise_us_visitor_number(self.cleaned_data["phone"])
        except phones.InvalidVisitorNumber as error:
            raise forms.ValidationError(str(error), code=error.kind) from None

    def clean_name(self):
        name = " ".join(self.cleaned_data["name"].split())
        if any(character.isdigit() for character in name):
            raise forms.ValidationError(_("Only a first name or initials here, please: no numbers."))
        return name

    def clean_website(self):
        if self.cleaned_data.get("website"):
            raise forms.ValidationError(_("Leave this field empty."))
        return ""

    def clean(self):
        cleaned = super().clean()
        try:
            cleaned["consent_text"] = shown_consent(cleaned.get("consent_token", ""))
        except signing.BadSignature:
            if "consent" not in self.errors:
                self.add_error("consent", CONSENT_AGAIN)
        return cleaned
