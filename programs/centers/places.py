"""What a visitor types into the finder's location box, resolved offline.

Accepted: a five-digit ZIP code ("10001", "10001-1234"), "City, ST" or
"City, State", a city name alone, or a state name or postal code. Places come
from the one place index (`place_index`); misspelt cities get suggestions.
"""

import hashlib
import re
from dataclasses import dataclass, field

from django.core.cache import cache as shared_cache
from django.utils.translation import get_language, gettext_noop
from django.utils.translation import gettext as _

from programs.centers import us_states
from programs.centers.place_index import city_key, place_index
from programs.web.log_filters import PHONE_LIKE

ZIP = re.compile(r"^(\d{5})(?:-\d{4})?$")
MAX_SUGGESTIONS = 6
CACHE_SECONDS = 24 * 60 * 60
# English as written; shown through gettext (`_(PHONE_MESSAGE)`).
PHONE_MESSAGE = gettext_noop("That looks like a phone number. Enter a ZIP code, a city, or a state.")
# Stands in for the visitor's own words in a cached message.
TYPED = "\u2063typed\u2063"


@dataclass(frozen=True)
class Origin:
    """Where a search is measured from."""

    label: str
    latitude: float
    longitude: float
    state: str = ""
    # A whole-state search lists the state's centers instead of a radius.
    whole_state: bool = False
    # Other places the same words name ("New York" the city, not the state).
    alternatives: tuple[str, ...] = ()
    # The words that name this place and nothing else, as the search box
    # shows them: what the visitor meant, never exactly what they typed.
    query: str = ""


@dataclass
class LocationError(Exception):
    message: str
    suggestions: list[str] = field(default_factory=list)

    def __str__(self) -> str:
        return self.message


def warm_up() -> None:
    """Build the place index now (a worker calls this before serving)."""
    place_index()


def resolve_cached(text: str) -> Origin:
    """`resolve`, remembered in the shared cache for a day: the place table
    never changes while the site runs, and a misspelling's suggestions cost
    about a millisecond to find (`bench/place_suggestions.py`).

    Nothing a visitor typed is stored: a message that repeats the input is
    kept with a placeholder and filled in for each visitor, and phone-shaped
    input (somebody's number, perhaps) is answered without the cache.
    Kept per language: the messages and a state's name are in the visitor's."""
    cleaned = " ".join((text or "").split())
    if PHONE_LIKE.search(cleaned):
        raise LocationError(_(PHONE_MESSAGE))
    key = f"location:v4:{get_language()}:" + hashlib.sha256(cleaned.lower().encode()).hexdigest()
    answer = shared_cache.get(key)
    if answer is None:
        try:
            answer = ("place", resolve(cleaned))
        except LocationError as error:
            answer = ("error", error.message.replace(cleaned, TYPED), list(error.suggestions))
        shared_cache.set(key, answer, CACHE_SECONDS)
    if answer[0] == "place":
        return answer[1]
    raise LocationError(answer[1].replace(TYPED, cleaned), answer[2])


def resolve(text: str) -> Origin:
    """Return an Origin for `text`, or raise LocationError with a message a
    visitor can act on (and suggestions where there are likely ones)."""
    cleaned = " ".join((text or "").split())
    if not cleaned:
        raise LocationError(_("Enter a ZIP code, a city, or a state."))
    if len(cleaned) > 100:
        raise LocationError(_("That is longer than any place name. Enter a ZIP code, a city, or a state."))
    if match := ZIP.match(cleaned):
        return _zip_origin(match.group(1))
    if PHONE_LIKE.search(cleaned):
        raise LocationError(_(PHONE_MESSAGE))
    if cleaned.isdigit():
        raise LocationError(_("A ZIP code has five digits, for example 10001."))
    if "," in cleaned:
        city, _comma, state = (part.strip() for part in cleaned.rpartition(","))
        return _city_origin(city, us_states.state_code(state), original=cleaned)
    if code := us_states.state_code(cleaned):
        return _state_origin(code, typed=cleaned)
    return _city_origin(cleaned, None, original=cleaned)


def _zip_origin(zip5: str) -> Origin:
    place = place_index().zip_place(zip5)
    if place is None:
        raise LocationError(
            _("We could not find the ZIP code %(zip)s. Check the digits, or enter a city.") % {"zip": zip5}
        )
    city, state, lat, lon = place
    return Origin(f"{zip5} ({city}, {state})", lat, lon, state=state, query=zip5)


def _city_origin(city: str, state: str | None, *, original: str) -> Origin:
    index = place_index()
    key = city_key(city)
    if state:
        if found := index.city(key, state):
            name, lat, lon = found
            return Origin(f"{name}, {state}", lat, lon, state=state, query=f"{name}, {state}")
        raise LocationError(_not_found(original), _similar_cities(key, state=state))
    states = index.states_of(key)
    if len(states) == 1:
        return _city_origin(city, states[0], original=original)
    if states:
        raise LocationError(
            _("There is more than one %(city)s. Which state?") % {"city": _city_name(key, states[0])},
            [_city_label(key, s) for s in states[:MAX_SUGGESTIONS]],
        )
    raise LocationError(_not_found(original), _similar_cities(key))


def _not_found(typed: str) -> str:
    return _("We could not find “%(place)s”.") % {"place": typed}


def _state_origin(code: str, typed: str = "") -> Origin:
    position = place_index().state_centres.get(code)
    if position is None:
        raise LocationError(_("We have no places for %(state)s.") % {"state": us_states.state_name(code)})
    key = city_key(typed)
    alternatives = tuple(_city_label(key, s) for s in place_index().states_of(key)[:MAX_SUGGESTIONS])
    name = us_states.state_name(code)
    return Origin(name, *position, state=code, whole_state=True, alternatives=alternatives, query=name)


def _similar_cities(key: str, state: str | None = None) -> list[str]:
    """Suggestions for a misspelt city: in `state`, or the two biggest places
    of each close spelling anywhere."""
    index = place_index()
    close = index.similar_keys(key, state=state, limit=MAX_SUGGESTIONS)
    if state:
        return [_city_label(name, state) for name in close]
    return [_city_label(name, s) for name in close for s in index.states_of(name)[:2]][:MAX_SUGGESTIONS]


def _city_name(key: str, state: str) -> str:
    found = place_index().city(key, state)
    return found[0] if found else key


def _city_label(key: str, state: str) -> str:
    return f"{_city_name(key, state)}, {state}"
