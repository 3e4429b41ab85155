"""Model fields shared by several models."""

from django.core.exceptions import ValidationError
from django.db import models

from programs.calls import phones


class PhoneNumberField(models.CharField):
    """Accepts a number typed any usual way; stores E.164 (or a three-digit service code).

    Normalising in ``to_python`` means ``full_clean()`` (and so the admin)
    stores the canonical form, and an editor sees a message they can act on.
    """

    description = "Phone number (stored as E.164)"

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("max_length", 16)
        super().__init__(*args, **kwargs)

    def to_python(self, value):
        value = super().to_python(value)
        if value in self.empty_values:
            return value
        try:
            return phones.normalise(value)
        except phones.InvalidPhoneNumber as error:
            raise ValidationError(str(error), code="invalid_phone") from None

    def formfield(self, **kwargs):
        # People type spaces, dots and brackets: allow more than the stored length.
        return super().formfield(**{"max_length": 32, **kwargs})
