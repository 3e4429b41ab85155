"""Benchmark: finder search time with the full 2022 national directory.

Imports SAMHSA's 2022 directories into a separate SQLite database
(var/bench.sqlite3; re-running skips the import when nothing changed), starts
gunicorn with one sync worker on 127.0.0.1, and sends 200 varied searches
(ZIP codes of real facilities across the states, every radius, 0 to 2
filters, sometimes a facility type), each paired with a request to /healthz,
the trivial baseline, measured in the same run over one keep-alive
connection. Prints p50 / p95 / max in milliseconds for both, and the ratios.

The times are measured at the client over loopback, so they are the server's
time plus well under a millisecond of transport: an upper bound on server
time. Target (DESIGN.md): search p95 at most 25 ms on SQLite here.

Usage: .venv/bin/python bench/finder_search.py [--searches 200] [--data DIR]
"""

import argparse
import http.client
import time

from support.figures import spread
from support.server import HOST, free_port, start_server, stop_server
from support.site import add_data_arguments, prepared_environment, search_urls


def timed_get(connection, path):
    started = time.perf_counter()
    connection.request("GET", path, headers={"Host": HOST})
    response = connection.getresponse()
    response.read()
    return (time.perf_counter() - started) * 1000, response.status


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--searches", type=int, default=200)
    add_data_arguments(parser)
    args = parser.parse_args()
    env = prepared_environment(args)
    urls = search_urls(args.data, args.searches)
    port = free_port()
    server = start_server(env, port, workers=1)
    try:
        connection = http.client.HTTPConnection(HOST, port, timeout=30)
        for path in urls[:20]:  # warm up: place index, templates, caches
            timed_get(connection, path)
            timed_get(connection, "/healthz")
        search_times, health_times, statuses = [], [], {}
        for path in urls:
            elapsed, status = timed_get(connection, "/healthz")
            health_times.append(elapsed)
            elapsed, status = timed_get(connection, path)
            search_times.append(elapsed)
            statuses[status] = statuses.get(status, 0) + 1
        connection.close()
    finally:
        stop_server(server)
    rows = {"/healthz (baseline)": spread(health_times), "finder search": spread(search_times)}
    (base_p50, base_p95, _), (p50, p95, _) = rows.values()
    print(f"{len(urls)} searches, statuses {statuses}; times in ms, client-side over loopback")
    print(f"{'':22} {'p50':>7} {'p95':>7} {'max':>7}")
    for label, (row_p50, row_p95, row_max) in rows.items():
        print(f"{label:22} {row_p50:7.2f} {row_p95:7.2f} {row_max:7.2f}")
    print(f"search / baseline: p50 x{p50 / base_p50:.1f}, p95 x{p95 / base_p95:.1f}")
    print(f"target p95 <= 25 ms: {'met' if p95 <= 25 else 'NOT met'}")


if __name__ == "__main__":
    main()
