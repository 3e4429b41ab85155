"""One compact index of U.S. places: every ZIP code's centre, and every
city's, built once per process from the ZIP code database bundled with the
`zipcodes` package (GeoNames, CC BY). No network, no database.

Compact on purpose. `zipcodes.list_all()` keeps all 42,000 records as Python
dicts for the life of the process (about 86 MB in every worker); asking the
package one state at a time keeps only a state's records alive at once. The
index keeps numbers in arrays and each city's name once. The importer's ZIP
centroids and the finder's place names come from this one index.

A city's position is the mean of its ZIP codes' centres; a state's, the mean
of all of its ZIP codes' centres.
"""

from array import array
from bisect import bisect_left
from collections import defaultdict
from collections.abc import Iterable
from functools import cache
from statistics import fmean

import zipcodes
from rapidfuzz import fuzz, process

from programs.centers import us_states

# ZIP codes of military post offices abroad have centres too (an importer may
# meet one); they belong to no state a visitor can search.
MILITARY_MAIL = ("AA", "AE", "AP")
STATE_CODES = (*us_states.STATES, *MILITARY_MAIL)
NO_CITY = -1
ABBREVIATIONS = {"saint": "st", "sainte": "ste", "fort": "ft", "mount": "mt"}


def city_key(city: str) -> str:
    """'St. Louis', 'Saint Louis' and 'ST LOUIS' are the same place."""
    words = city.lower().replace(".", " ").replace("'", "").replace("’", "").split()
    return " ".join(ABBREVIATIONS.get(word, word) for word in words)


class PlaceIndex:
    """ZIP codes sorted in an array (looked up by bisection), with their
    centres and city; cities by (key, state), with their centres."""

    zip_codes: array[int]
    zip_lat: array[float]
    zip_lon: array[float]
    zip_city: array[int]
    city_ids: dict[tuple[str, str], int]
    city_names: list[str]
    city_states: list[str]
    city_lat: array[float]
    city_lon: array[float]
    state_centres: dict[str, tuple[float, float]]
    states_by_key: dict[str, list[str]]
    keys_in_state: dict[str, list[str]]
    all_keys: list[str]

    def __init__(self, records_by_state: Iterable[tuple[str, list[dict]]]) -> None:
        builder = _Builder()
        for state, records in records_by_state:
            for record in records:
                if record["lat"] and record["long"]:
                    builder.add(
                        state, record["zip_code"], record["city"], float(record["lat"]), float(record["long"])
                    )
        builder.finish(self)

    # --- ZIP codes --------------------------------------------------------

    def _zip_position(self, zip5: str) -> int | None:
        if len(zip5) != 5 or not zip5.isdigit():
            return None
        number = int(zip5)
        i = bisect_left(self.zip_codes, number)
        return i if i < len(self.zip_codes) and self.zip_codes[i] == number else None

    def zip_centre(self, zip5: str) -> tuple[float, float] | None:
        i = self._zip_position(zip5)
        return None if i is None else (self.zip_lat[i], self.zip_lon[i])

    def zip_place(self, zip5: str) -> tuple[str, str, float, float] | None:
        """(city name, state, lat, lon) of a ZIP code in a state or territory."""
        i = self._zip_position(zip5)
        if i is None or self.zip_city[i] == NO_CITY:
            return None
        city = self.zip_city[i]
        return self.city_names[city], self.city_states[city], self.zip_lat[i], self.zip_lon[i]

    # --- Cities and states ------------------------------------------------

    def city(self, key: str, state: str) -> tuple[str, float, float] | None:
        """(name, lat, lon) of the city called `key` in `state`."""
        i = self.city_ids.get((key, state))
        return None if i is None else (self.city_names[i], self.city_lat[i], self.city_lon[i])

    def states_of(self, key: str) -> list[str]:
        """States with a city called `key`, the one with most ZIP codes first."""
        return self.states_by_key.get(key, [])

    def similar_keys(self, key: str, *, state: str | None = None, limit: int) -> list[str]:
        """City keys spelt like `key` (at least 80% alike), closest first."""
        choices = self.keys_in_state.get(state, ()) if state else self.all_keys
        found = process.extract(key, choices, scorer=fuzz.ratio, limit=limit, score_cutoff=80)
        return [choice for choice, _score, _position in found]


class _Builder:
    """Collects records, then fills a PlaceIndex's compact fields."""

    def __init__(self) -> None:
        self.zips: list[tuple[int, float, float, int]] = []
        self.city_ids: dict[tuple[str, str], int] = {}
        self.names: list[str] = []
        self.points: list[list[tuple[float, float]]] = []
        self.state_points: dict[str, list[tuple[float, float]]] = defaultdict(list)

    def add(self, state: str, zip_code: str, city: str, lat: float, lon: float) -> None:
        city_id = NO_CITY
        if state in us_states.STATES:
            key = (city_key(city), state)
            city_id = self.city_ids.setdefault(key, len(self.names))
            if city_id == len(self.names):
                self.names.append(city)
                self.points.append([])
            self.points[city_id].append((lat, lon))
            self.state_points[state].append((lat, lon))
        self.zips.append((int(zip_code), lat, lon, city_id))

    def finish(self, index: PlaceIndex) -> None:
        self.zips.sort()
        index.zip_codes = array("I", (z[0] for z in self.zips))
        index.zip_lat = array("d", (z[1] for z in self.zips))
        index.zip_lon = array("d", (z[2] for z in self.zips))
        index.zip_city = array("i", (z[3] for z in self.zips))
        index.city_ids = self.city_ids
        index.city_names = self.names
        index.city_states = [state for _key, state in self.city_ids]
        index.city_lat = array("d", (fmean(p[0] for p in points) for points in self.points))
        index.city_lon = array("d", (fmean(p[1] for p in points) for points in self.points))
        index.state_centres = {
            state: (fmean(p[0] for p in points), fmean(p[1] for p in points))
            for state, points in self.state_points.items()
        }
        states_by_key: dict[str, list[str]] = defaultdict(list)
        keys_in_state: dict[str, list[str]] = defaultdict(list)
        # Biggest first: the city with most ZIP codes is the likelier meaning.
        for (key, state), _city in sorted(
            self.city_ids.items(), key=lambda item: (-len(self.points[item[1]]), item[0][1])
        ):
            states_by_key[key].append(state)
            keys_in_state[state].append(key)
        index.states_by_key = dict(states_by_key)
        index.keys_in_state = dict(keys_in_state)
        index.all_keys = sorted(states_by_key)


@cache
def place_index() -> PlaceIndex:
    """The index, built on first use (about half a second)."""
    return PlaceIndex((state, zipcodes.filter_by(state=state)) for state in STATE_CODES)


def zip_centroid(zip5: str) -> tuple[float, float] | None:
    """(lat, lon) of a five-digit ZIP code's centre, or None if it is unknown."""
    return place_index().zip_centre(str(zip5).strip())
