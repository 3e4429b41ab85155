"""Benchmark: how fast the main pages answer, beside /healthz, and how much
the article weighs compressed.

Prepares the same SQLite database as finder_search.py (var/bench.sqlite3, the
full SAMHSA 2022 directory), runs `collectstatic` into var/bench-static/ with
DJANGO_STATIC_STORAGE=manifest (hashed names and the .gz/.br files WhiteNoise
serves), and starts gunicorn with iop_site/gunicorn.conf.py and 2 sync
workers on 127.0.0.1, production-like (DEBUG off, no SSL redirect).

Throughput: a load generator (wrk when it is installed, `apt-get install
wrk`; otherwise Python threads, one http.client connection each; the output
says which) runs at --connections (default 16) against each of:

  /healthz                                          baseline: no database, no template
  /treatment/intensive-outpatient-programs/         the article
  /treatment-centers/?location=10001&radius=25      a finder search
  a center page                                     the first result of that search (API)

for --seconds (default 10) each, split into --rounds (default 5) interleaved
rounds (healthz, article, finder, center, healthz, ...), so that anything
else the machine does in the meantime weighs on every page alike. Each
page's requests per second (all its requests over all its seconds) are
printed as a ratio to /healthz, beside the targets: article >= 0.7, center
page >= 0.6, finder search >= 0.3, with the spread between rounds, worker
restarts and the CPU other processes used. Every URL is requested 20 times
before it is measured.

Weight: the article's HTML fetched with Accept-Encoding: gzip (the site does
not compress HTML itself; when it arrives uncompressed it is gzipped here at
level 6 and the output says so), plus the CSS and JS the page references,
each fetched with Accept-Encoding: br and with gzip, counting the smaller
Content-Length actually served. The total is printed against the 30 KB
budget (30 x 1024 bytes). Images and icons are listed, not counted.
gunicorn's own output goes to var/bench-pages-gunicorn.log, summarised at
the end (wrk counts responses that are not 2xx/3xx but does not say which).

The load generator shares the machine's 2 cores with the server, so absolute
figures are for this machine; the ratios are the point. Figures are
reported, not asserted: the exit code is 0 when the run completed.

Usage: .venv/bin/python bench/pages.py [--seconds 10] [--rounds 5] [--connections 16]
       [--generator auto|wrk|python] [--cache-url URL] [--seed 42] [--data DIR]
"""

import argparse
import json
import random
import shutil
from collections import Counter
from urllib.parse import urlsplit

from support.figures import print_log_summary
from support.server import CpuMeter, WorkerWatch, free_port, get, new_workers, start_server, stop_server
from support.site import (
    ARTICLE,
    CACHE_URL,
    ROOT,
    add_data_arguments,
    check_data,
    flush_cache,
    manage,
    prepared_environment,
    revision,
)
from support.throughput import combine, print_throughput, run_python, run_wrk, wrk_version
from support.weight import article_weight, print_weight

SEARCH = "/treatment-centers/?location=10001&radius=25"
WORKERS = 2


def arguments():
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--seconds", type=float, default=10, help="seconds of load per page, all rounds together (default 10)"
    )
    parser.add_argument(
        "--rounds", type=int, default=5, help="interleaved rounds the seconds are split into (default 5)"
    )
    parser.add_argument("--connections", type=int, default=16, help="concurrent connections (default 16)")
    parser.add_argument(
        "--generator",
        choices=["auto", "wrk", "python"],
        default="auto",
        help="load generator: wrk if installed (auto), or Python threads",
    )
    parser.add_argument(
        "--cache-url",
        default=CACHE_URL,
        help=f"Django's cache, as in production with several workers (default {CACHE_URL}, "
        "flushed first; locmemcache:// for one cache per worker)",
    )
    parser.add_argument(
        "--seed", type=int, default=42, help="seed for the warm-up order (the URLs themselves are fixed)"
    )
    add_data_arguments(parser, data_help="SAMHSA files")
    return parser.parse_args()


def first_center(port):
    """The first center the finder lists for ZIP 10001 within 25 miles."""
    response, body = get(port, "/api/treatment-centers/?location=10001&radius=25")
    if response.status != 200:
        raise SystemExit(f"the finder API answered {response.status}")
    results = json.loads(body)["results"]
    if not results:
        raise SystemExit("the finder API found no center near 10001")
    return urlsplit(results[0]["url"]).path


def main():
    args = arguments()
    check_data(args)
    wrk = shutil.which("wrk") if args.generator in ("auto", "wrk") else None
    if args.generator == "wrk" and not wrk:
        raise SystemExit("wrk is not installed (apt-get install -y wrk), or use --generator python")
    static_root = ROOT / "var" / "bench-static"
    env = prepared_environment(
        args, DJANGO_STATIC_STORAGE="manifest", DJANGO_STATIC_ROOT=str(static_root), CACHE_URL=args.cache_url
    )
    manage(env, "collectstatic", "--noinput", "--clear", "-v0")
    if args.cache_url.startswith("redis"):
        flush_cache(args.cache_url)
    log_path = ROOT / "var" / "bench-pages-gunicorn.log"
    port = free_port()
    server = start_server(env, port, WORKERS, log_path)
    try:
        center = first_center(port)
        pages = [
            ("/healthz (baseline)", "/healthz"),
            ("article", ARTICLE),
            ("finder search", SEARCH),
            ("center page", center),
        ]
        statuses = {}
        warm_up = [path for _label, path in pages] * 20
        random.Random(args.seed).shuffle(warm_up)
        for path in warm_up:
            response, _body = get(port, path)
            statuses.setdefault(path, Counter())[response.status] += 1
        rounds = {label: [] for label, _path in pages}
        watch = WorkerWatch(server.pid)  # max_requests restarts workers mid-measurement
        watch.start()
        meter = CpuMeter(server.pid)
        slice_seconds = args.seconds / args.rounds
        for _round in range(args.rounds):  # interleaved: other load hits every page alike
            for label, path in pages:
                before = meter.sample()
                if wrk:
                    result = run_wrk(wrk, port, path, slice_seconds, args.connections)
                else:
                    result = run_python(port, path, slice_seconds, args.connections)
                after = meter.sample()
                result["restarts"] = len(new_workers(watch.samples, (), before[0], after[0]))
                result["cpu"] = CpuMeter.cores(before, after)
                rounds[label].append(result)
        watch.stop()
        weight, images = article_weight(port)
    finally:
        stop_server(server)

    generator = (
        f"wrk ({wrk_version(wrk)}, 2 threads)"
        if wrk
        else "Python threads, one http.client connection each"
        + (" (wrk not installed)" if args.generator == "auto" else "")
    )
    print()
    print(
        f"pages.py: gunicorn iop_site/gunicorn.conf.py, {WORKERS} sync workers on 127.0.0.1, "
        f"static files from collectstatic (manifest) in {static_root.relative_to(ROOT)}/"
    )
    print(f"measured: {revision()}; cache {args.cache_url}")
    print(
        f"load generator: {generator}; {args.connections} connections, {args.seconds:g} s per page "
        f"in {args.rounds} interleaved rounds of {args.seconds / args.rounds:g} s"
    )
    print(f"center page: {center}")
    print("warm-up statuses: " + "; ".join(f"{path}: {dict(counts)}" for path, counts in statuses.items()))
    print()
    print_throughput({label: combine(measured) for label, measured in rounds.items()}, args.rounds)
    print()
    print_weight(weight, images)
    print()
    print_log_summary(log_path)


if __name__ == "__main__":
    main()
