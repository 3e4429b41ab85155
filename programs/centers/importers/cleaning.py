"""Small, pure clean-ups shared by the readers and the import service."""

import re
from functools import lru_cache

from django.core.exceptions import ValidationError
from django.core.validators import URLValidator

from programs.calls import phones

ZIP = re.compile(r"^(\d{5})(?:-?\d{4})?$")
STATE = re.compile(r"^[A-Z]{2}$")
# Words that cannot end a facility's name: a name1 ending in one was cut
# mid-phrase, and a name2 starting with one (in lower case) carries on.
CONNECTING_WORDS = frozenset(
    {"a", "an", "and", "at", "by", "for", "in", "of", "on", "or", "the", "to", "with"}
)
EXTENSION = re.compile(r"(?:x|ext\.?|extension)\s*(\d{1,8})\s*$", re.IGNORECASE)
_validate_url = URLValidator(schemes=["http", "https"])


class BadRow(ValueError):
    """A row that cannot be imported; the message says why, for the report."""


def text(value):
    """Cells as a clean string: None becomes "", runs of whitespace one space."""
    return " ".join(str(value).split()) if value is not None else ""


def facility_names(name1, name2):
    """(name, program name) from SAMHSA's two name columns.

    name2 is usually a program or “doing business as” name, but when name1
    runs out of room the facility's own name carries on in it (“Austin
    Changes Counseling and” + “Education Services”). The two are joined
    when name1 ends with a lower-case connecting word, “&”, a comma or a
    hyphen, or name2 starts with a lower-case connecting word (“for Women
    LLC”). Capitalised words do not count: “Outside In” is a whole name and
    “The Haven”, “A Program of …” and “At Twin Lakes” are program names.
    """
    name1, name2 = text(name1), text(name2)
    if not (name1 and name2):
        return name1, name2
    last, first = name1.split()[-1], name2.split()[0]
    if last in CONNECTING_WORDS or first in CONNECTING_WORDS or name1.endswith(("&", ",")):
        return f"{name1} {name2}", ""
    if name1.endswith("-"):  # a word broken in two: “Co-” + “Occurring …”
        return f"{name1}{name2}", ""
    return name1, name2


def name_key(value):
    """Lower-case words only, so “Main St.” and “MAIN ST” compare equal."""
    return " ".join(re.sub(r"[^a-z0-9]+", " ", value.casefold()).split())


def directory_key(name, program_name, street1, street2, zip5):
    """The identity of a directory listing, which has no id of its own.

    Name *and* program name: one organisation often lists several programs
    at one address (236 such rows in the 2022 SA file alone).
    """
    return "|".join(name_key(part) for part in (name, program_name, street1, street2, zip5))


def zip5(value):
    """The five-digit ZIP of “12345” or “12345-6789”; raises BadRow otherwise."""
    match = ZIP.match(text(value))
    if not match:
        raise BadRow(f"ZIP code “{text(value)}” is not five digits" if text(value) else "no ZIP code")
    return match.group(1)


def state(value):
    code = text(value).upper()
    if not STATE.match(code):
        raise BadRow(f"state “{text(value)}” is not a two-letter code" if code else "no state")
    return code


def coordinates(latitude, longitude):
    """(lat, lon) as floats, or None when the row has none.

    0,0 is treated as none: it is what geocoders write when they fail.
    Raises BadRow when the values are not numbers or out of range.
    """
    lat_text, lon_text = text(latitude), text(longitude)
    if not lat_text and not lon_text:
        return None
    try:
        lat, lon = float(lat_text), float(lon_text)
    except ValueError:
        raise BadRow(f"malformed coordinates “{lat_text}”, “{lon_text}”") from None
    if not (-90 <= lat <= 90 and -180 <= lon <= 180):
        raise BadRow(f"coordinates {lat}, {lon} are out of range")
    return None if lat == lon == 0 else (lat, lon)


@lru_cache(maxsize=65536)
def phone(raw):
    """(stored, ok): E.164 for a readable number, ("", False) for one that is
    not, ("", True) for an empty cell. An extension is read by `extension()`."""
    value = text(raw)
    if not value:
        return "", True
    try:
        return phones.normalise(value), True
    except phones.InvalidPhoneNumber:
        return "", False


def extension(raw):
    """The digits of the number's extension (“202-555-0143 x10” -> "10"), or ""."""
    found = EXTENSION.search(text(raw))
    return found.group(1) if found else ""


def website(raw):
    """A full address (“http://” added when the source leaves it out), or ""
    when there is none or it is not an address."""
    value = text(raw)
    if not value:
        return ""
    if "://" not in value:
        value = f"http://{value}"
    try:
        _validate_url(value)
    except ValidationError:
        return ""
    return value
