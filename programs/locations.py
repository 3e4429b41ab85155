"""What a visitor types into the finder's location box, resolved offline.

Accepted: a five-digit ZIP code ("10001", "10001-1234"), "City, ST" or
"City, State", a city name alone, or a state name or postal code. Places come
from the ZIP code database bundled with the `zipcodes` package (GeoNames,
CC BY); a city's position is the mean of its ZIP code centres.
"""

import difflib
import hashlib
import re
from collections import defaultdict
from dataclasses import dataclass, field
from functools import cache
from statistics import fmean

import zipcodes
from django.core.cache import cache as shared_cache

from programs import us_states

ZIP = re.compile(r"^(\d{5})(?:-\d{4})?$")
MAX_SUGGESTIONS = 6
CACHE_SECONDS = 24 * 60 * 60


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
    alternatives: tuple = ()


@dataclass
class LocationError(Exception):
    message: str
    suggestions: list = field(default_factory=list)

    def __str__(self):
        return self.message


def warm_up():
    """Build the place index now (a worker calls this before serving)."""
    _places()


def resolve_cached(text):
    """`resolve`, remembered in the shared cache for a day: the place table
    never changes while the site runs, and a misspelling's suggestions cost
    tens of milliseconds to find."""
    cleaned = " ".join((text or "").split())
    key = "location:v1:" + hashlib.sha256(cleaned.lower().encode()).hexdigest()
    answer = shared_cache.get(key)
    if answer is None:
        try:
            answer = ("place", resolve(cleaned))
        except LocationError as error:
            answer = ("error", error.message, list(error.suggestions))
        shared_cache.set(key, answer, CACHE_SECONDS)
    if answer[0] == "place":
        return answer[1]
    raise LocationError(answer[1], answer[2])


def resolve(text):
    """Return an Origin for `text`, or raise LocationError with a message a
    visitor can act on (and suggestions where there are likely ones)."""
    cleaned = " ".join((text or "").split())
    if not cleaned:
        raise LocationError("Enter a ZIP code, a city, or a state.")
    if len(cleaned) > 100:
        raise LocationError("That is longer than any place name. Enter a ZIP code, a city, or a state.")
    if match := ZIP.match(cleaned):
        return _zip_origin(match.group(1))
    if cleaned.isdigit():
        raise LocationError("A ZIP code has five digits, for example 10001.")
    if "," in cleaned:
        city, _, state = (part.strip() for part in cleaned.rpartition(","))
        return _city_origin(city, us_states.state_code(state), original=cleaned)
    if code := us_states.state_code(cleaned):
        return _state_origin(code, typed=cleaned)
    return _city_origin(cleaned, None, original=cleaned)


def _zip_origin(zip5):
    place = _places().zips.get(zip5)
    if place is None:
        raise LocationError(f"We could not find the ZIP code {zip5}. Check the digits, or enter a city.")
    city, state, lat, lon = place
    return Origin(f"{zip5} ({city}, {state})", lat, lon, state=state)


def _city_origin(city, state, *, original):
    places = _places()
    key = _key(city)
    if state:
        position = places.cities.get((key, state))
        if position:
            return Origin(f"{places.city_names[(key, state)]}, {state}", *position, state=state)
        suggestions = _similar_cities(key, state=state)
        raise LocationError(f"We could not find “{original}”.", suggestions)
    states = places.states_by_city.get(key, [])
    if len(states) == 1:
        return _city_origin(city, states[0], original=original)
    if states:
        suggestions = [f"{places.city_names[(key, s)]}, {s}" for s in _biggest_first(key, states)]
        raise LocationError(
            f"There is more than one {places.city_names[(key, states[0])]}. Which state?",
            suggestions[:MAX_SUGGESTIONS],
        )
    raise LocationError(f"We could not find “{original}”.", _similar_cities(key))


def _state_origin(code, typed=""):
    places = _places()
    position = places.states.get(code)
    if position is None:
        raise LocationError(f"We have no places for {us_states.state_name(code)}.")
    key = _key(typed)
    cities = _biggest_first(key, places.states_by_city.get(key, []))
    alternatives = tuple(f"{places.city_names[(key, s)]}, {s}" for s in cities[:MAX_SUGGESTIONS])
    return Origin(us_states.state_name(code), *position, state=code, whole_state=True,
                  alternatives=alternatives)


def _biggest_first(key, states):
    counts = _places().zip_counts
    return sorted(states, key=lambda s: (-counts[(key, s)], s))


def _similar_cities(key, state=None):
    places = _places()
    names = places.names_in_state[state] if state else places.all_city_keys
    close = difflib.get_close_matches(key, names, n=MAX_SUGGESTIONS, cutoff=0.8)
    if state:
        return [f"{places.city_names[(name, state)]}, {state}" for name in close]
    return [
        f"{places.city_names[(name, s)]}, {s}"
        for name in close
        for s in _biggest_first(name, places.states_by_city[name])[:2]
    ][:MAX_SUGGESTIONS]


@dataclass
class _Places:
    zips: dict
    cities: dict
    city_names: dict
    states_by_city: dict
    states: dict
    zip_counts: dict
    names_in_state: dict
    all_city_keys: list


@cache
def _places():
    """Indexes over every U.S. ZIP code, built once per process (~0.5 s)."""
    zips = {}
    city_points = defaultdict(list)
    city_names = {}
    state_points = defaultdict(list)
    for entry in zipcodes.list_all():
        if not (entry["lat"] and entry["long"]) or entry["state"] not in us_states.STATES:
            continue
        lat, lon, state = float(entry["lat"]), float(entry["long"]), entry["state"]
        city = entry["city"]
        zips[entry["zip_code"]] = (city, state, lat, lon)
        key = (_key(city), state)
        city_points[key].append((lat, lon))
        city_names.setdefault(key, city)
        state_points[state].append((lat, lon))
    cities = {key: _mean(points) for key, points in city_points.items()}
    states_by_city = defaultdict(list)
    names_in_state = defaultdict(list)
    for name, state in cities:
        states_by_city[name].append(state)
        names_in_state[state].append(name)
    return _Places(
        zips=zips,
        cities=cities,
        city_names=city_names,
        states_by_city=dict(states_by_city),
        states={state: _mean(points) for state, points in state_points.items()},
        zip_counts={key: len(points) for key, points in city_points.items()},
        names_in_state=dict(names_in_state),
        all_city_keys=sorted(states_by_city),
    )


ABBREVIATIONS = {"saint": "st", "sainte": "ste", "fort": "ft", "mount": "mt"}


def _key(city):
    """'St. Louis', 'Saint Louis' and 'ST LOUIS' are the same place."""
    words = city.lower().replace(".", " ").replace("'", "").replace("’", "").split()
    return " ".join(ABBREVIATIONS.get(word, word) for word in words)


def _mean(points):
    return fmean(p[0] for p in points), fmean(p[1] for p in points)
