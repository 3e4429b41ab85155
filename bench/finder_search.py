"""Benchmark: uncached finder searches with the full 2022 national directory.

Imports SAMHSA's 2022 directories into a separate SQLite database
(var/bench.sqlite3; re-running skips the import when nothing changed), or
uses PostgreSQL with --database-url; starts gunicorn with one sync worker on
127.0.0.1, and sends searches from 300 random U.S. ZIP codes (the `zipcodes`
package, a fixed seed), radius 10, 25, 50 or 100 miles, no filter or one,
sometimes a facility type. Every ZIP code is used once, so each search, its
place and its page are new to the cache, as they are for most real visitors.
Each search is paired with a request to /healthz, the trivial baseline, in
the same run. The JSON API gets its own 300 ZIP codes.

Times are measured at the client over loopback, a new connection per request
(sync workers close each one): the server's time plus a fraction of a
millisecond. Target (issue 11): p95 at most 15 ms for the page and the API.

Usage: .venv/bin/python bench/finder_search.py [--searches 300] [--cache-url URL]
           [--database-url postgres://postgres@127.0.0.1:5432/iop_bench]
"""

import argparse
import random
import time
from urllib.parse import urlencode

from support.figures import spread
from support.server import free_port, get, start_server, stop_server
from support.site import FILTERS, add_data_arguments, prepared_environment, revision

RADII = [10, 25, 50, 100]
TARGET_MS = 15
# Territories and military addresses: the directory lists few or no centers there.
NOT_STATES = {"PR", "VI", "GU", "AS", "MP", "FM", "MH", "PW", "AA", "AE", "AP"}


def random_zips(count, seed):
    import zipcodes  # the application's own ZIP table (requirements.txt)

    standard = sorted(
        z["zip_code"]
        for z in zipcodes.list_all()
        if z["zip_code_type"] == "STANDARD" and z["state"] not in NOT_STATES
    )
    return random.Random(seed).sample(standard, count)


def search_params(zip_code, rng):
    params = [("location", zip_code), ("radius", rng.choice(RADII))]
    if rng.random() < 0.4:
        params.append(("services", rng.choice(FILTERS)))
    if rng.random() < 0.15:
        params.append(("type", rng.choice(["sa", "mh", "both"])))
    return urlencode(params)


def timed(port, path):
    started = time.perf_counter()
    response, _ = get(port, path)
    return (time.perf_counter() - started) * 1000, response.status


def measure(port, paths):
    searches, baseline, statuses = [], [], {}
    for path in paths:
        baseline.append(timed(port, "/healthz")[0])
        elapsed, status = timed(port, path)
        searches.append(elapsed)
        statuses[status] = statuses.get(status, 0) + 1
    return searches, baseline, statuses


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--searches", type=int, default=300)
    parser.add_argument(
        "--cache-url", default="locmemcache://", help="the worker's cache (default: its own memory)"
    )
    parser.add_argument(
        "--database-url", default="", help="PostgreSQL instead of var/bench.sqlite3 (imported first)"
    )
    add_data_arguments(parser)
    args = parser.parse_args()
    extra = {"CACHE_URL": args.cache_url}
    if args.database_url:
        extra["DATABASE_URL"] = args.database_url
    env = prepared_environment(args, **extra)
    rng = random.Random(11)
    zips = random_zips(2 * args.searches + 40, seed=2022)
    warm = [f"/treatment-centers/?location={z}" for z in zips[:20]]
    warm += [f"/api/treatment-centers/?location={z}" for z in zips[20:40]]
    pages = [f"/treatment-centers/?{search_params(z, rng)}" for z in zips[40 : 40 + args.searches]]
    api = [f"/api/treatment-centers/?{search_params(z, rng)}" for z in zips[40 + args.searches :]]
    if args.cache_url.startswith("redis"):
        from support.site import flush_cache

        flush_cache(args.cache_url)
    port = free_port()
    server = start_server(env, port, workers=1)
    try:
        for path in warm:  # templates, the place index, connections
            timed(port, path)
        page_times, page_base, page_statuses = measure(port, pages)
        api_times, api_base, api_statuses = measure(port, api)
    finally:
        stop_server(server)
    database = args.database_url.rsplit("@", 1)[-1] if args.database_url else args.database.name
    print(f"finder_search.py: {revision()}; database {database}; cache {args.cache_url}; 1 sync worker")
    print(f"{len(pages)} page searches {page_statuses}, {len(api)} API searches {api_statuses}")
    print(
        "times in ms, client-side over loopback, a new connection per request, every search new to the cache"
    )
    print(f"{'':24} {'p50':>7} {'p95':>7} {'max':>7}")
    rows = {
        "/healthz (baseline)": spread(page_base + api_base),
        "finder page search": spread(page_times),
        "API search": spread(api_times),
    }
    for label, (p50, p95, top) in rows.items():
        print(f"{label:24} {p50:7.2f} {p95:7.2f} {top:7.2f}")
    base_p50, base_p95, _ = rows["/healthz (baseline)"]
    for label in ("finder page search", "API search"):
        p50, p95, _ = rows[label]
        verdict = "met" if p95 <= TARGET_MS else "NOT met"
        ratios = f"p50 x{p50 / base_p50:.1f}, p95 x{p95 / base_p95:.1f} of /healthz"
        print(f"{label}: {ratios}; p95 <= {TARGET_MS} ms {verdict}")


if __name__ == "__main__":
    main()
