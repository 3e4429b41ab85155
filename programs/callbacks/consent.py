"""The consent statement beside the callback form's checkbox, and the
signed copy of it that the form carries, so that the words stored are the
words the visitor read."""

from dataclasses import dataclass
from datetime import timedelta

from django.core import signing
from django.urls import reverse
from django.utils.html import format_html

PRIVACY_LINK_TEXT = "privacy notice"
_CONSENT_SALT = "programs.callbacks.consent"
# A form left open longer than this shows a fresh statement to agree to.
CONSENT_MAX_AGE = timedelta(days=1)


@dataclass(frozen=True)
class Consent:
    """The statement beside the consent checkbox, and a signed copy of it
    that the form carries, so that the words stored are the words shown."""

    text: str

    @property
    def token(self):
        return signing.dumps(self.text, salt=_CONSENT_SALT)

    @property
    def label(self):
        """The text as HTML, with “privacy notice” linked to the notice."""
        before, found, after = self.text.rpartition(PRIVACY_LINK_TEXT)
        if not found:
            return format_html("{}", self.text)
        return format_html('{}<a href="{}">{}</a>{}', before, reverse("programs:privacy"), found, after)


def consent_for(partner):
    """What a visitor agrees to: who will call (the primary partner, named as
    everywhere else), what about, and that it commits them to nothing."""
    return Consent(
        f"I agree that {partner.description}, may call me at this number about treatment "
        "options. Agreeing is not a condition of buying anything. The privacy notice "
        "explains how my number is used and when it is deleted."
    )


def shown_consent(token):
    """The statement a form showed, from its signed copy; raises
    signing.BadSignature when the copy was changed or is too old."""
    return signing.loads(token, salt=_CONSENT_SALT, max_age=CONSENT_MAX_AGE)
