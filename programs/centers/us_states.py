"""U.S. states, the District of Columbia and territories with postal codes.

Reference data for reading what people type ("ohio", "OH") and for showing
state names on browse pages. Names are translated (Spanish has its own
names for some states), and what people type is read in every language the
site speaks, so a search link from either language finds the state.
"""

import unicodedata
from functools import cache

from django.conf import settings
from django.utils import translation
from django.utils.translation import gettext_lazy as _lazy

STATES = {
    "AL": _lazy("Alabama"),
    "AK": _lazy("Alaska"),
    "AZ": _lazy("Arizona"),
    "AR": _lazy("Arkansas"),
    "CA": _lazy("California"),
    "CO": _lazy("Colorado"),
    "CT": _lazy("Connecticut"),
    "DE": _lazy("Delaware"),
    "DC": _lazy("District of Columbia"),
    "FL": _lazy("Florida"),
    "GA": _lazy("Georgia"),
    "HI": _lazy("Hawaii"),
    "ID": _lazy("Idaho"),
    "IL": _lazy("Illinois"),
    "IN": _lazy("Indiana"),
    "IA": _lazy("Iowa"),
    "KS": _lazy("Kansas"),
    "KY": _lazy("Kentucky"),
    "LA": _lazy("Louisiana"),
    "ME": _lazy("Maine"),
    "MD": _lazy("Maryland"),
    "MA": _lazy("Massachusetts"),
    "MI": _lazy("Michigan"),
    "MN": _lazy("Minnesota"),
    "MS": _lazy("Mississippi"),
    "MO": _lazy("Missouri"),
    "MT": _lazy("Montana"),
    "NE": _lazy("Nebraska"),
    "NV": _lazy("Nevada"),
    "NH": _lazy("New Hampshire"),
    "NJ": _lazy("New Jersey"),
    "NM": _lazy("New Mexico"),
    "NY": _lazy("New York"),
    "NC": _lazy("North Carolina"),
    "ND": _lazy("North Dakota"),
    "OH": _lazy("Ohio"),
    "OK": _lazy("Oklahoma"),
    "OR": _lazy("Oregon"),
    "PA": _lazy("Pennsylvania"),
    "RI": _lazy("Rhode Island"),
    "SC": _lazy("South Carolina"),
    "SD": _lazy("South Dakota"),
    "TN": _lazy("Tennessee"),
    "TX": _lazy("Texas"),
    "UT": _lazy("Utah"),
    "VT": _lazy("Vermont"),
    "VA": _lazy("Virginia"),
    "WA": _lazy("Washington"),
    "WV": _lazy("West Virginia"),
    "WI": _lazy("Wisconsin"),
    "WY": _lazy("Wyoming"),
    "AS": _lazy("American Samoa"),
    "GU": _lazy("Guam"),
    "MP": _lazy("Northern Mariana Islands"),
    "PR": _lazy("Puerto Rico"),
    "VI": _lazy("U.S. Virgin Islands"),
    "FM": _lazy("Federated States of Micronesia"),
    "MH": _lazy("Marshall Islands"),
    "PW": _lazy("Palau"),
}


@cache
def _codes_by_name() -> dict[str, str]:
    """Lower-case name -> code, for the names in every language of the site
    (built on first use: translations cannot be read at import time)."""
    by_name = {}
    for language, _name in settings.LANGUAGES:
        with translation.override(language):
            by_name.update({_plain(str(name)): code for code, name in STATES.items()})
    return by_name


def _plain(name: str) -> str:
    """Lower case, without accents: "Hawái" and "hawai" are one name."""
    decomposed = unicodedata.normalize("NFKD", name.lower())
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def state_code(text):
    """'ny', 'NY', 'New York' -> 'NY'; None when it is not a state."""
    cleaned = " ".join((text or "").replace(".", "").split()).lower()
    if cleaned.upper() in STATES:
        return cleaned.upper()
    return _codes_by_name().get(_plain(cleaned))


def state_name(code):
    """The state's name in the active language (a plain string); an unknown
    code as it is."""
    name = STATES.get((code or "").upper())
    return code if name is None else str(name)
