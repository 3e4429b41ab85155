"""The finder's parameters and the form for reporting a wrong listing."""

from urllib.parse import urlencode

from django import forms
from django.utils.text import format_lazy
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy as _lazy
from django.utils.translation import ngettext

from programs.centers import places
from programs.centers.presentation import LABELS, TYPE_CHOICES
from programs.centers.search import DEFAULT_RADIUS, RADIUS_CHOICES
from programs.models import ListingReport

# More filters than this at once leave no center that offers them all; each
# one costs the search a condition.
MAX_FILTERS = 12


class FinderForm(forms.Form):
    """The finder's GET parameters, shared by the HTML page and the JSON API."""

    location = forms.CharField(
        label=_lazy("ZIP code, city or state"),
        max_length=100,
        error_messages={"required": _lazy("Enter a ZIP code, a city, or a state.")},
        widget=forms.TextInput(attrs={"autocomplete": "postal-code", "inputmode": "text"}),
    )
    radius = forms.TypedChoiceField(
        label=_lazy("Within"),
        choices=[(r, format_lazy(_lazy("{count} miles"), count=r)) for r in RADIUS_CHOICES],
        coerce=int,
        initial=DEFAULT_RADIUS,
        required=False,
        empty_value=DEFAULT_RADIUS,
        error_messages={"invalid_choice": _lazy("Choose a distance from the list.")},
    )
    services = forms.MultipleChoiceField(
        choices=[(code, label) for code, label in LABELS.items()],
        required=False,
        widget=forms.CheckboxSelectMultiple,
        error_messages={"invalid_choice": _lazy("“%(value)s” is not one of the filters.")},
    )
    type = forms.ChoiceField(
        label=_lazy("Treatment for"),
        choices=TYPE_CHOICES,
        required=False,
        error_messages={"invalid_choice": _lazy("Choose a type of treatment from the list.")},
    )
    page = forms.CharField(required=False)

    def __init__(self, data=None, **kwargs):
        if data is not None and not data.get("radius"):
            # A search without a distance uses the default one, and shows it.
            data = data.copy()
            data["radius"] = str(DEFAULT_RADIUS)
        super().__init__(data, **kwargs)

    def clean_location(self):
        try:
            return places.resolve_cached(self.cleaned_data["location"])
        except places.LocationError as error:
            self.suggestions = error.suggestions
            raise forms.ValidationError(error.message) from None

    def clean_services(self):
        """Each filter once, in the order the page lists them; at most MAX_FILTERS."""
        chosen = set(self.cleaned_data["services"])
        if len(chosen) > MAX_FILTERS:
            raise forms.ValidationError(
                ngettext("Choose at most %(count)d filter.", "Choose at most %(count)d filters.", MAX_FILTERS)
                % {"count": MAX_FILTERS}
            )
        return [code for code in LABELS if code in chosen]

    def canonical_query(self, *, page=None):
        """The query string of this valid search as the site writes it: the
        finder's own parameters only, each once, from what the search means.
        Links on a cached page are built from this, never from the request."""
        data = self.cleaned_data
        pairs = [("location", data["location"].query), ("radius", data["radius"])]
        pairs += [("services", code) for code in data["services"]]
        if data["type"]:
            pairs.append(("type", data["type"]))
        if page:
            pairs.append(("page", page))
        return urlencode(pairs)

    def clean_page(self):
        """A page number that is not one (a typo, an edited link, "¹") means page 1."""
        value = self.cleaned_data.get("page") or ""
        return int(value) if value.isascii() and value.isdigit() and 0 < len(value) < 6 else 1

    suggestions = ()


class ListingReportForm(forms.ModelForm):
    # A field people cannot see: bots fill it in, people leave it empty.
    website = forms.CharField(required=False, label=_lazy("Leave this empty"))

    class Meta:
        model = ListingReport
        fields = ["reason", "details"]
        labels = {"reason": _lazy("What is wrong?"), "details": _lazy("Details (optional)")}
        help_texts = {
            "details": _lazy(
                "For example the right phone number. Please do not include "
                "your own name or health information."
            )
        }
        widgets = {
            "reason": forms.RadioSelect,
            "details": forms.Textarea(attrs={"rows": 4, "maxlength": 1000}),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # "Could not reach them" is the center page's one-click button, not a reason to type about.
        reason = self.fields["reason"]
        reason.choices = [c for c in reason.choices if c[0] != ListingReport.Reason.UNREACHABLE]  # type: ignore[attr-defined]

    def clean_website(self):
        if self.cleaned_data.get("website"):
            raise forms.ValidationError(_("Leave this field empty."))
        return ""
