"""Benchmark: time and size of the sitemap, cold and warm, on the full 2022
directory (var/bench.sqlite3, 19,131 centers; imported first if missing).

In process, with Django's test Client (no server, no network), settings as
in production (DEBUG off). For each URL, --runs times, interleaved:

  cold   the first request after a content generation bump: what every
         request cost before the sitemap was cached (queries and rendering)
  warm   the next request, from Django's cache (--cache-url: local memory
         unless it names a Redis, e.g. redis://127.0.0.1:6379/15, flushed
         first), as every worker then gets it

Prints the medians in ms, the warm/cold ratios, the size, the number of
<loc> entries and of queries. Figures are reported, not asserted.

Usage: .venv/bin/python bench/sitemap.py [--runs 5] [--cache-url URL] [--data DIR] [--database FILE]
"""

import argparse
import os
import statistics
import sys
import time

from support.site import ROOT, add_data_arguments, environment, flush_cache, prepared_environment, revision

URLS = [
    "/sitemap.xml",
    "/sitemap-articles.xml",
    "/sitemap-pages.xml",
    "/sitemap-states.xml",
    "/sitemap-cities.xml",
    "/sitemap-centers.xml",
]
HOST = "127.0.0.1"  # in ALLOWED_HOSTS of support.site.environment


def arguments():
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--runs", type=int, default=5, help="cold/warm pairs per URL (default 5)")
    parser.add_argument("--cache-url", default="locmemcache://", help="Django's cache (default local memory)")
    add_data_arguments(parser, data_help="SAMHSA files, imported when the database is missing")
    return parser.parse_args()


def setup(args):
    """Django on args.database, imported first if it does not exist yet."""
    if args.cache_url.startswith("redis"):
        flush_cache(args.cache_url)
    if not args.database.exists():
        prepared_environment(args)
    sys.path.insert(0, str(ROOT))
    os.environ.update(environment(args.database, CACHE_URL=args.cache_url))
    import django

    django.setup()


def timed(client, url):
    """(ms, response, queries) for one GET."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as queries:
        started = time.perf_counter()
        response = client.get(url)
        elapsed = (time.perf_counter() - started) * 1000
    if response.status_code != 200:
        raise SystemExit(f"{url} answered {response.status_code}")
    return elapsed, response, len(queries)


def measure(client, runs):
    """{url: {"cold": [ms], "warm": [ms], "bytes", "locs", "queries"}}."""
    from programs.web import page_cache

    figures = {url: {"cold": [], "warm": []} for url in URLS}
    for _ in range(runs):
        for url in URLS:
            page_cache.bump()
            cold, first, queries = timed(client, url)
            warm, second, warm_queries = timed(client, url)
            if first.content != second.content or warm_queries:
                raise SystemExit(f"{url}: the cached answer differs, or ran {warm_queries} queries")
            row = figures[url]
            row["cold"].append(cold)
            row["warm"].append(warm)
            row.update(bytes=len(first.content), locs=first.content.count(b"<loc>"), queries=queries)
    return figures


def print_table(figures, args):
    from programs.models import TreatmentCenter

    print(f"sitemap.py: {revision()}; {TreatmentCenter.objects.count():,} centers in {args.database.name}")
    print(f"in process (Django test Client), cache {args.cache_url}; medians of {args.runs} runs, ms")
    print(f"{'url':22} {'bytes':>9} {'locs':>6} {'queries':>7} {'cold':>8} {'warm':>7} {'warm/cold':>9}")
    for url, row in figures.items():
        cold, warm = statistics.median(row["cold"]), statistics.median(row["warm"])
        print(
            f"{url:22} {row['bytes']:9,d} {row['locs']:6,d} {row['queries']:7d} {cold:8.1f} {warm:7.2f} "
            f"{warm / cold:9.4f}"
        )


def main():
    args = arguments()
    setup(args)
    from django.test import Client

    client = Client(HTTP_HOST=HOST)
    timed(client, "/sitemap-states.xml")  # opens the database connection, loads the templates
    print_table(measure(client, args.runs), args)


if __name__ == "__main__":
    main()
