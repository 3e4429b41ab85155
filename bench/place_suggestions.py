"""Benchmark: time to resolve a misspelled place (the finder's suggestions).

In-process, no server and no database: warms up the place index, then times
`resolve()` on about 50 misspelled or made-up places (city with state, city
alone, nonsense), each --repeat times, with time.perf_counter. Prints p50 /
p95 / max in milliseconds per kind and overall, beside a valid ZIP code and a
valid "City, ST" measured in the same run, and the suggestions for 3 inputs.

Usage: .venv/bin/python bench/place_suggestions.py [--repeat 5]
"""

import argparse
import os
import sys
import time

from support.figures import spread
from support.site import DEFAULT_DATABASE, ROOT, environment

sys.path.insert(0, str(ROOT))
os.environ.update(environment(DEFAULT_DATABASE))  # never opened here

import django  # noqa: E402

django.setup()

# New path first, old one as fallback, so that the same script measures the
# code before and after the move into programs/centers/.
try:
    from programs.centers.places import LocationError, resolve
except ImportError:
    from programs.locations import LocationError, resolve

# fmt: off
MISSPELLED = {
    "city, state": [
        "Sprngfield, IL", "Pittsbrgh, PA", "Pitsburgh, PA", "Philadelpia, PA", "Los Angelas, CA",
        "San Fransisco, CA", "Sacremento, CA", "Seatle, WA", "Portlnd, OR", "Denvr, CO",
        "Milwaukie, WI", "Mineapolis, MN", "Cincinatti, OH", "Clevland, OH", "Louisvile, KY",
        "Nashvile, TN", "Atlana, GA", "Tuscon, AZ", "Albequerque, NM", "Baltimor, MD",
    ],
    "city alone": [
        "Chicgo", "Albuqerque", "Phoenx", "Philadelfia", "Houstn", "Dalas", "San Antonoi",
        "Jacksonvile", "Charlote", "Detriot", "Bostn", "Las Vegs", "Okalhoma City", "Omaah",
        "Wichta", "Birmingam", "Raliegh", "Milwakee", "Minneaplis", "Spokan",
    ],
    "nonsense": [
        "Xyzzy", "Qwertyuiop", "Blorptown", "Nowhereville", "Flibbertigibbet", "Mxyzptlk",
        "Zzzz, TX", "Asdfgh, NY",
    ],
}
# fmt: on
VALID = ["10001", "Chicago, IL"]
SHOWN = ["Sprngfield, IL", "Chicgo", "Albuqerque"]


def timed(text):
    """Milliseconds for one resolve(), and the outcome."""
    started = time.perf_counter()
    try:
        outcome = resolve(text)
    except LocationError as error:
        outcome = error
    return (time.perf_counter() - started) * 1000, outcome


def row(label, times):
    p50, p95, most = spread(times)
    return f"{label:24} {len(times):>5} {p50:8.3f} {p95:8.3f} {most:8.3f}"


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()

    started = time.perf_counter()
    resolve("10001")  # builds the place index, as a worker's post_worker_init does
    print(f"place index built in {(time.perf_counter() - started) * 1000:.0f} ms ({resolve.__module__})")

    times, resolved = {}, []
    # Interleave inputs and repeats so that no input is timed only while warm.
    for _ in range(args.repeat):
        for kind, inputs in MISSPELLED.items():
            for text in inputs:
                elapsed, outcome = timed(text)
                times.setdefault(kind, []).append(elapsed)
                if not isinstance(outcome, LocationError) and text not in resolved:
                    resolved.append(text)
        for text in VALID * 10:  # fast, so more samples
            times.setdefault(f"valid: {text}", []).append(timed(text)[0])

    count = sum(len(inputs) for inputs in MISSPELLED.values())
    print(f"{count} misspelled inputs x {args.repeat}; times in ms")
    print(f"{'':24} {'n':>5} {'p50':>8} {'p95':>8} {'max':>8}")
    for kind in MISSPELLED:
        print(row(kind, times[kind]))
    print(row("all misspelled", [t for kind in MISSPELLED for t in times[kind]]))
    for text in VALID:
        print(row(f"valid: {text}", times[f"valid: {text}"]))
    if resolved:
        print("resolved without error (not misspellings to this index):", ", ".join(resolved))

    for text in SHOWN:
        outcome = timed(text)[1]
        if isinstance(outcome, LocationError):
            print(f"{text!r}: {outcome.message} suggestions: {outcome.suggestions}")
        else:
            print(f"{text!r}: resolved to {outcome.label}")


if __name__ == "__main__":
    main()
