"""Phone numbers: parse what people and editors type, store E.164, show the
familiar (xxx) xxx-xxxx.

Three-digit service codes (the crisis and emergency lines) are stored as they
are: they have no E.164 form, and a call link dials them as typed.
"""

import re

import phonenumbers

SERVICE_CODE = re.compile(r"^[2-9][0-9]{2}$")
# The shape the database accepts (see the CheckConstraint on HelplineNumber).
STORED_SHAPE = r"^(\+[1-9][0-9]{7,14}|[0-9]{3})$"


class InvalidPhoneNumber(ValueError):
    """Raised with a message that can be shown to the person who typed it."""


def normalise(raw, *, region="US"):
    """Return `raw` as E.164 (or a bare service code), or raise InvalidPhoneNumber."""
    text = (raw or "").strip()
    if SERVICE_CODE.match(text):
        return text
    try:
        number = phonenumbers.parse(text, region)
    except phonenumbers.NumberParseException:
        raise InvalidPhoneNumber(
            "Enter a phone number with its area code, for example (202) 555-0143."
        ) from None
    if not phonenumbers.is_valid_number(number):
        raise InvalidPhoneNumber(
            "That is not a valid phone number. Check the area code and the digit count."
        )
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


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
