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
import csv
import http.client
import os
import random
import socket
import statistics
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import urlencode

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DATA = ROOT.parent / "shared" / "data" / "samhsa"
DIRECTORIES = ["national-directory-2022-sa.csv", "national-directory-2022-mh.csv"]
CODE_FILES = ["service-codes-2022.csv", "service-codes-2022-sa.csv", "service-codes-2022-mh.csv"]
FILTERS = ["OIT", "OP", "MD", "PI", "SS", "SF", "BU", "TELE", "SP", "VET"]
RADII = [5, 10, 25, 50, 100]


def environment(database):
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "iop_site.settings",
        "DATABASE_URL": f"sqlite:///{database}",
        "DJANGO_DEBUG": "false",
        "DJANGO_SECRET_KEY": "benchmark-only-secret-key-not-used-anywhere-else",
        "DJANGO_ALLOWED_HOSTS": "127.0.0.1",
        "DJANGO_STATIC_STORAGE": "plain",
        "DJANGO_SSL_REDIRECT": "false",
        "DJANGO_LOG_LEVEL": "WARNING",
    }


def manage(env, *args):
    subprocess.run([sys.executable, "manage.py", *args], cwd=ROOT, env=env, check=True)


def prepare(env, data):
    manage(env, "migrate", "--noinput", "-v0")
    manage(env, "load_site_content", "-v0")
    manage(env, "import_service_codes", *(str(data / name) for name in CODE_FILES))
    manage(env, "import_facilities", "-v0", *(str(data / name) for name in DIRECTORIES))


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def start_server(env, port):
    server = subprocess.Popen(
        [sys.executable, "-m", "gunicorn", "--config", "iop_site/gunicorn.conf.py",
         "--workers", "1", "--bind", f"127.0.0.1:{port}", "--access-logfile", "/dev/null",
         "iop_site.wsgi"],
        cwd=ROOT, env=env,
    )
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                return server
        except OSError:
            time.sleep(0.2)
    server.kill()
    raise SystemExit("gunicorn did not start within 30 s")


def search_urls(data, count, seed=42):
    """`count` searches from the ZIP codes of real facilities, every state."""
    zips_by_state = {}
    for name in DIRECTORIES:
        with open(data / name, encoding="utf-8", newline="") as file:
            for row in csv.DictReader(file):
                zips_by_state.setdefault(row["state"], set()).add(row["zip"][:5])
    rng = random.Random(seed)
    states = sorted(zips_by_state)
    urls = []
    for n in range(count):
        state = states[n % len(states)]
        params = [("location", rng.choice(sorted(zips_by_state[state]))), ("radius", rng.choice(RADII))]
        params += [("services", code) for code in rng.sample(FILTERS, rng.choice([0, 0, 1, 2]))]
        if rng.random() < 0.2:
            params.append(("type", rng.choice(["sa", "mh", "both"])))
        urls.append("/treatment-centers/?" + urlencode(params))
    return urls


def timed_get(connection, path):
    started = time.perf_counter()
    connection.request("GET", path, headers={"Host": "127.0.0.1"})
    response = connection.getresponse()
    response.read()
    return (time.perf_counter() - started) * 1000, response.status


def summary(label, times):
    ordered = sorted(times)
    p95 = ordered[max(0, round(0.95 * len(ordered)) - 1)]
    return {"label": label, "p50": statistics.median(ordered), "p95": p95, "max": ordered[-1]}


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--searches", type=int, default=200)
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--database", type=Path, default=ROOT / "var" / "bench.sqlite3")
    args = parser.parse_args()
    if not (args.data / DIRECTORIES[0]).exists():
        raise SystemExit(f"SAMHSA directory files not found in {args.data}")
    args.database.parent.mkdir(exist_ok=True)
    env = environment(args.database)
    prepare(env, args.data)
    urls = search_urls(args.data, args.searches)
    port = free_port()
    server = start_server(env, port)
    try:
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
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
    finally:
        server.terminate()
        server.wait(timeout=30)
    base, search = summary("/healthz (baseline)", health_times), summary("finder search", search_times)
    print(f"{len(urls)} searches, statuses {statuses}; times in ms, client-side over loopback")
    print(f"{'':22} {'p50':>7} {'p95':>7} {'max':>7}")
    for row in (base, search):
        print(f"{row['label']:22} {row['p50']:7.2f} {row['p95']:7.2f} {row['max']:7.2f}")
    print(f"search / baseline: p50 x{search['p50'] / base['p50']:.1f}, p95 x{search['p95'] / base['p95']:.1f}")
    print(f"target p95 <= 25 ms: {'met' if search['p95'] <= 25 else 'NOT met'}")


if __name__ == "__main__":
    main()
