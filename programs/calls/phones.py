"""Phone numbers: parse what people and editors type, store E.164, show the
familiar (xxx) xxx-xxxx.

Three-digit service codes (the crisis and emergency lines) are stored as they
are: they have no E.164 form, and a call link dials them as typed.
"""

import re
from functools import lru_cache

import phonenumbers
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy as _lazy

SERVICE_CODE = re.compile(r"^[2-9][0-9]{2}$")
# The shape the database accepts (see the CheckConstraint on HelplineNumber).
STORED_SHAPE = r"^(\+[1-9][0-9]{7,14}|[0-9]{3})$"


class InvalidPhoneNumber(ValueError):
    """Raised with a message that can be shown to the person who typed it,
    in the active language."""


def normalise(raw, *, region="US"):
    """Return `raw` as E.164 (or a bare service code), or raise InvalidPhoneNumber."""
    text = (raw or "").strip()
    if SERVICE_CODE.match(text):
        return text
    try:
        number = phonenumbers.parse(text, region)
    except phonenumbers.NumberParseException:
        raise InvalidPhoneNumber(
            _("Enter a phone number with its area code, for example (202) 555-0143.")
        ) from None
    if not phonenumbers.is_valid_number(number):
        raise InvalidPhoneNumber(
            _("That is not a valid phone number. Check the area code and the digit count.")
        )
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


@lru_cache(maxsize=4096)  # parsing costs more than the rest of a card
def display(stored):
    """(202) 555-0143 for North American numbers; international format otherwise."""
    if not stored or SERVICE_CODE.match(stored):
        return stored
    try:
        number = phonenumbers.parse(stored)
    except phonenumbers.NumberParseException:
        return stored
    if number.country_code == 1:
        return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)


# --- A visitor's own number (callback requests) ------------------------------

# Call handlers return calls within the United States only: the states and
# DC, and the territories that share its +1 numbering and domestic calling
# (Puerto Rico, the U.S. Virgin Islands, Guam, American Samoa, the Northern
# Mariana Islands). Canada and the Caribbean share +1 but are not domestic.
US_REGIONS = frozenset({"US", "PR", "VI", "GU", "AS", "MP"})

VISITOR_MESSAGES = {
    "letters": _lazy("Use digits only, for example (202) 555-0143. Letters cannot be part of the number."),
    "not_a_number": _lazy("Enter your phone number with its area code, for example (202) 555-0143."),
    "too_short": _lazy(
        "That number is too short. Enter all 10 digits, area code first, for example (202) 555-0143."
    ),
    "too_long": _lazy("That number has too many digits. A U.S. number has 10 digits, area code first."),
    "not_us": _lazy(
        "We can only call U.S. phone numbers. Outside the United States, please contact a local helpline."
    ),
    "impossible": _lazy("That number does not exist. Check the area code and the digits."),
    "premium": _lazy(
        "That is a premium-rate number (it starts with 900), which we cannot call. "
        "Enter the number of a phone you can answer."
    ),
}

_PARSE_ERRORS = {
    phonenumbers.NumberParseException.TOO_SHORT_NSN: "too_short",
    phonenumbers.NumberParseException.TOO_SHORT_AFTER_IDD: "too_short",
    phonenumbers.NumberParseException.TOO_LONG: "too_long",
    phonenumbers.NumberParseException.INVALID_COUNTRY_CODE: "not_us",
}

_LENGTH_ERRORS = {
    phonenumbers.ValidationResult.TOO_SHORT: "too_short",
    phonenumbers.ValidationResult.IS_POSSIBLE_LOCAL_ONLY: "too_short",  # no area code
    phonenumbers.ValidationResult.TOO_LONG: "too_long",
    phonenumbers.ValidationResult.INVALID_LENGTH: "impossible",
}


class InvalidVisitorNumber(InvalidPhoneNumber):
    """A visitor's number we cannot call; `kind` says which mistake it is."""

    def __init__(self, kind):
        super().__init__(str(VISITOR_MESSAGES[kind]))  # in the language of the request
        self.kind = kind


def normalise_us_visitor_number(raw):
    """A visitor's own U.S. number as E.164, or InvalidVisitorNumber.

    Stricter than `normalise`: no service codes, no letters (phonenumbers
    would read 1-800-FLOWERS as digits), no numbers outside the U.S., no
    premium-rate numbers, and a message for each kind of mistake.
    """
    text = (raw or "").strip()
    if any(character.isalpha() for character in text):
        raise InvalidVisitorNumber("letters")
    try:
        number = phonenumbers.parse(text, "US")
    except phonenumbers.NumberParseException as error:
        raise InvalidVisitorNumber(_PARSE_ERRORS.get(error.error_type, "not_a_number")) from None
    if number.country_code != 1:
        raise InvalidVisitorNumber("not_us")
    length = phonenumbers.is_possible_number_with_reason(number)
    if length in _LENGTH_ERRORS:
        raise InvalidVisitorNumber(_LENGTH_ERRORS[length])
    if not phonenumbers.is_valid_number(number):
        raise InvalidVisitorNumber("impossible")
    if phonenumbers.region_code_for_number(number) not in US_REGIONS:
        raise InvalidVisitorNumber("not_us")
    if phonenumbers.number_type(number) == phonenumbers.PhoneNumberType.PREMIUM_RATE:
        raise InvalidVisitorNumber("premium")
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
