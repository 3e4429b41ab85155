"""The consent statement beside the callback form's checkbox, and the
signed copy of it that the form carries, so that the words stored are the
words the visitor read.

The statement is written once per request in the active language (the
language of the page's address) by `consent_for`: that one string is both
shown and signed, so a Spanish page stores the Spanish words it showed.
"""

from dataclasses import dataclass
from datetime import timedelta

from django.core import signing
from django.urls import reverse
from django.utils.html import format_html
from django.utils.translation import gettext, gettext_noop

# The msgids, translated when a statement is written (`consent_for`).
# Translators: the words of the consent statement linked to the privacy notice.
PRIVACY_LINK_TEXT = gettext_noop("privacy notice")
# Translators: the statement a visitor ticks to be called back, stored word for word
# as their consent. %(partner)s is who calls, e.g. "<partner name>, our paid
# partner". Write the translation of "privacy notice" in it exactly: it becomes the link.
STATEMENT = gettext_noop(
    "I agree that %(partner)s, may call me at this number about treatment "
    "options. Agreeing is not a condition of buying anything. The privacy notice "
    "explains how my number is used and when it is deleted."
)
_CONSENT_SALT = "programs.callbacks.consent"
# A form left open longer than this shows a fresh statement to agree to.
CONSENT_MAX_AGE = timedelta(days=1)


@dataclass(frozen=True)
class Consent:
    """The statement beside the consent checkbox, and a signed copy of it
    that the form carries, so that the words stored are the words shown."""

    text: str
    link_text: str = PRIVACY_LINK_TEXT

    @property
    def token(self):
        return signing.dumps(self.text, salt=_CONSENT_SALT)

    @property
    def label(self):
        """The text as HTML, with “privacy notice” (`link_text`) linked to the notice."""
        before, found, after = self.text.rpartition(self.link_text)
        if not found:
            return format_html("{}", self.text)
        return format_html('{}<a href="{}">{}</a>{}', before, reverse("programs:privacy"), found, after)


def consent_for(partner):
    """What a visitor agrees to: who will call (the primary partner, named as
    everywhere else), what about, and that it commits them to nothing; in
    the active language."""
    return Consent(
        gettext(STATEMENT) % {"partner": partner.description},
        link_text=gettext(PRIVACY_LINK_TEXT),
    )


def shown_consent(token):
    """The statement a form showed, from its signed copy; raises
    signing.BadSignature when the copy was changed or is too old."""
    return signing.loads(token, salt=_CONSENT_SALT, max_age=CONSENT_MAX_AGE)
