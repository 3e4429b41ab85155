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
import gzip
import http.client
import json
import os
import random
import re
import shutil
import statistics
import subprocess
import threading
import time
from collections import Counter
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urlsplit

from finder_search import (
    DEFAULT_DATA,
    DIRECTORIES,
    ROOT,
    environment,
    free_port,
    manage,
    prepare,
)
from load import (
    ARTICLE,
    CACHE_URL,
    HOST,
    CpuMeter,
    WorkerWatch,
    flush_cache,
    percentile,
    print_log_summary,
    revision,
    start_server,
    stop_server,
)

SEARCH = "/treatment-centers/?location=10001&radius=25"
TARGETS = {"article": 0.7, "center page": 0.6, "finder search": 0.3}
BUDGET_BYTES = 30 * 1024
WORKERS = 2


def pages_environment(database, static_root, cache_url):
    return {
        **environment(database),
        "DJANGO_STATIC_STORAGE": "manifest",
        "DJANGO_STATIC_ROOT": str(static_root),
        "CACHE_URL": cache_url,
    }


def get(port, path, headers=None):
    connection = http.client.HTTPConnection(HOST, port, timeout=30)
    try:
        connection.request("GET", path, headers={"Host": HOST, **(headers or {})})
        response = connection.getresponse()
        return response, response.read()
    finally:
        connection.close()


def first_center(port):
    """The first center the finder lists for ZIP 10001 within 25 miles."""
    response, body = get(port, "/api/treatment-centers/?location=10001&radius=25")
    if response.status != 200:
        raise SystemExit(f"the finder API answered {response.status}")
    results = json.loads(body)["results"]
    if not results:
        raise SystemExit("the finder API found no center near 10001")
    return urlsplit(results[0]["url"]).path


# --- Load generators -----------------------------------------------------------

def wrk_version(wrk):
    result = subprocess.run([wrk, "--version"], capture_output=True, text=True, check=False)
    return (result.stdout + result.stderr).splitlines()[0].split(" Copyright")[0].strip()


def run_wrk(wrk, port, path, seconds, connections):
    """Requests per second and latency from wrk; its own text is parsed."""
    threads = max(1, min(2, connections))
    result = subprocess.run(
        [wrk, f"-t{threads}", f"-c{connections}", f"-d{seconds:g}s", "--timeout", "30s",
         "--latency", "-H", f"Host: {HOST}", f"http://{HOST}:{port}{path}"],
        capture_output=True, text=True, check=True,
    )
    text = result.stdout

    def number(pattern, default=0.0):
        match = re.search(pattern, text)
        return float(match[1]) if match else default

    def latency(label):
        match = re.search(rf"^\s+{label}%\s+([\d.]+)(us|ms|s)\s*$", text, re.MULTILINE)
        if not match:
            return None
        return float(match[1]) * {"us": 0.001, "ms": 1.0, "s": 1000.0}[match[2]]

    errors = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", text)
    duration = re.search(r"requests in ([\d.]+)(ms|s|m)\b", text)
    return {
        "rps": number(r"Requests/sec:\s+([\d.]+)"),
        "requests": int(number(r"(\d+) requests in")),
        "duration": (float(duration[1]) * {"ms": 0.001, "s": 1.0, "m": 60.0}[duration[2]]
                     if duration else seconds),
        "p50": latency("50"),
        "p99": latency("99"),
        "non2xx3xx": int(number(r"Non-2xx or 3xx responses: (\d+)")),
        "socket_errors": sum(int(n) for n in errors.groups()) if errors else 0,
    }


def run_python(port, path, seconds, connections):
    """The same measurement with threads, for machines without wrk."""
    deadline = time.monotonic() + seconds
    times, statuses, failures = [], Counter(), Counter()
    lock = threading.Lock()

    def client():
        connection = http.client.HTTPConnection(HOST, port, timeout=30)
        mine, my_statuses, my_failures = [], Counter(), Counter()
        while time.monotonic() < deadline:
            started = time.monotonic()
            try:
                connection.request("GET", path, headers={"Host": HOST})
                response = connection.getresponse()
                response.read()
            except (OSError, http.client.HTTPException) as error:
                connection.close()
                my_failures[type(error).__name__] += 1
                continue
            mine.append((time.monotonic() - started) * 1000)
            my_statuses[response.status] += 1
        connection.close()
        with lock:
            times.extend(mine)
            statuses.update(my_statuses)
            failures.update(my_failures)

    started = time.monotonic()
    threads = [threading.Thread(target=client, daemon=True) for _ in range(connections)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    elapsed = time.monotonic() - started
    ordered = sorted(times)
    return {
        "rps": len(ordered) / elapsed,
        "requests": len(ordered),
        "duration": elapsed,
        "p50": statistics.median(ordered) if ordered else None,
        "p99": percentile(ordered, 0.99) if ordered else None,
        "non2xx3xx": sum(n for status, n in statuses.items() if not 200 <= status < 400),
        "socket_errors": sum(failures.values()),
    }


# --- Weight ----------------------------------------------------------------------

class References(HTMLParser):
    """Stylesheets and scripts a page references; images and icons apart."""

    def __init__(self):
        super().__init__()
        self.css, self.js, self.images = [], [], []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        rel = (attrs.get("rel") or "").split()
        if tag == "link" and "stylesheet" in rel and attrs.get("href"):
            self.css.append(attrs["href"])
        elif tag == "link" and "icon" in rel and attrs.get("href"):
            self.images.append(attrs["href"])
        elif tag == "script" and attrs.get("src"):
            self.js.append(attrs["src"])
        elif tag in ("img", "source") and (attrs.get("src") or attrs.get("srcset")):
            self.images.append(attrs.get("src") or attrs["srcset"])


def served_size(response, body):
    length = response.getheader("Content-Length")
    return int(length) if length is not None else len(body)


def article_weight(port):
    """[(what, bytes, how)] for the article's HTML, CSS and JS; and its images."""
    response, body = get(port, ARTICLE, {"Accept-Encoding": "gzip"})
    if response.status != 200:
        raise SystemExit(f"the article answered {response.status}")
    encoding = response.getheader("Content-Encoding", "")
    if encoding:
        html = gzip.decompress(body) if encoding == "gzip" else None
        rows = [("article HTML", served_size(response, body), f"served {encoding}")]
    else:
        html = body
        rows = [("article HTML", len(gzip.compress(body, compresslevel=6, mtime=0)),
                 f"served uncompressed ({len(body):,} B); gzip -6 here")]
    refs = References()
    refs.feed((html or b"").decode("utf-8", "replace"))
    for kind, paths in (("CSS", refs.css), ("JS", refs.js)):
        for path in paths:
            path = urlsplit(path).path
            served = []
            for accept in ("br", "gzip", "identity"):
                response, body = get(port, path, {"Accept-Encoding": accept})
                if response.status != 200:
                    raise SystemExit(f"{path} answered {response.status}")
                served.append((served_size(response, body), response.getheader("Content-Encoding") or "none"))
            smallest = min(served[:2])
            how = (f"served {smallest[1]} (br {served[0][0]:,} B [{served[0][1]}], "
                   f"gzip {served[1][0]:,} B [{served[1][1]}], plain {served[2][0]:,} B)")
            rows.append((f"{kind} {path}", smallest[0], how))
    return rows, refs.images


def combine(measured):
    """One page's rounds as one row."""
    requests = sum(m["requests"] for m in measured)
    seconds = sum(m["duration"] for m in measured)
    p50s = [m["p50"] for m in measured if m["p50"] is not None]
    p99s = [m["p99"] for m in measured if m["p99"] is not None]
    return {
        "rps": requests / seconds if seconds else 0.0,
        "low": min(m["rps"] for m in measured),
        "high": max(m["rps"] for m in measured),
        "requests": requests,
        "p50": statistics.median(p50s) if p50s else None,
        "p99": max(p99s) if p99s else None,
        "non2xx3xx": sum(m["non2xx3xx"] for m in measured),
        "socket_errors": sum(m["socket_errors"] for m in measured),
        "restarts": sum(m["restarts"] for m in measured),
        "others": sum(m["cpu"][3] * m["duration"] for m in measured) / seconds if seconds else 0.0,
    }


def restarts(samples, start, end):
    """Worker pids that first appeared between `start` and `end`."""
    seen, count = set(), 0
    for moment, pids in samples:
        if start <= moment <= end:
            count += len(pids - seen)
        seen |= pids
    return count


def main():
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--seconds", type=float, default=10,
                        help="seconds of load per page, all rounds together (default 10)")
    parser.add_argument("--rounds", type=int, default=5,
                        help="interleaved rounds the seconds are split into (default 5)")
    parser.add_argument("--connections", type=int, default=16, help="concurrent connections (default 16)")
    parser.add_argument("--generator", choices=["auto", "wrk", "python"], default="auto",
                        help="load generator: wrk if installed (auto), or Python threads")
    parser.add_argument("--cache-url", default=CACHE_URL,
                        help=f"Django's cache, as in production with several workers (default {CACHE_URL}, "
                             "flushed first; locmemcache:// for one cache per worker)")
    parser.add_argument("--seed", type=int, default=42,
                        help="seed for the warm-up order (the URLs themselves are fixed)")
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="SAMHSA files")
    parser.add_argument("--database", type=Path, default=ROOT / "var" / "bench.sqlite3")
    args = parser.parse_args()
    if not (args.data / DIRECTORIES[0]).exists():
        raise SystemExit(f"SAMHSA directory files not found in {args.data}")
    wrk = shutil.which("wrk") if args.generator in ("auto", "wrk") else None
    if args.generator == "wrk" and not wrk:
        raise SystemExit("wrk is not installed (apt-get install -y wrk), or use --generator python")
    args.database.parent.mkdir(exist_ok=True)
    static_root = ROOT / "var" / "bench-static"
    env = pages_environment(args.database, static_root, args.cache_url)
    prepare(env, args.data)
    manage(env, "collectstatic", "--noinput", "--clear", "-v0")
    if args.cache_url.startswith("redis"):
        flush_cache(args.cache_url)
    log_path = ROOT / "var" / "bench-pages-gunicorn.log"
    port = free_port()
    server = start_server(env, port, WORKERS, log_path)
    try:
        center = first_center(port)
        pages = [("/healthz (baseline)", "/healthz"), ("article", ARTICLE),
                 ("finder search", SEARCH), ("center page", center)]
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
                result["restarts"] = restarts(watch.samples, before[0], after[0])
                result["cpu"] = CpuMeter.cores(before, after)
                rounds[label].append(result)
        watch.stopped.set()
        watch.join()
        weight, images = article_weight(port)
    finally:
        stop_server(server)

    generator = (f"wrk ({wrk_version(wrk)}, 2 threads)" if wrk
                 else "Python threads, one http.client connection each"
                 + (" (wrk not installed)" if args.generator == "auto" else ""))
    print()
    print(f"pages.py: gunicorn iop_site/gunicorn.conf.py, {WORKERS} sync workers on 127.0.0.1, "
          f"static files from collectstatic (manifest) in {static_root.relative_to(ROOT)}/")
    print(f"measured: {revision()}; cache {args.cache_url}")
    print(f"load generator: {generator}; {args.connections} connections, {args.seconds:g} s per page "
          f"in {args.rounds} interleaved rounds of {args.seconds / args.rounds:g} s")
    print(f"center page: {center}")
    print("warm-up statuses: " + "; ".join(
        f"{path}: {dict(counts)}" for path, counts in statuses.items()))
    print()
    results = {label: combine(measured) for label, measured in rounds.items()}
    base = results["/healthz (baseline)"]["rps"]
    print(f"{'page':20} {'req/s':>7} {'rounds min-max':>15} {'ratio':>6} {'target':>7} {'':7} "
          f"{'p50 ms':>7} {'p99 ms':>7} {'requests':>8} {'non-2xx/3xx':>11} {'sock err':>8} "
          f"{'restarts':>8} {'others':>6}")
    for label, row in results.items():
        ratio = row["rps"] / base if base else 0
        target = TARGETS.get(label)
        verdict = "" if target is None else ("met" if ratio >= target else "NOT met")
        p50 = f"{row['p50']:7.1f}" if row["p50"] is not None else f"{'-':>7}"
        p99 = f"{row['p99']:7.1f}" if row["p99"] is not None else f"{'-':>7}"
        print(f"{label:20} {row['rps']:7.1f} {row['low']:7.0f}-{row['high']:<7.0f} {ratio:6.2f} "
              f"{'>= ' + str(target) if target else '':>7} {verdict:7} {p50} {p99} "
              f"{row['requests']:8d} {row['non2xx3xx']:11d} {row['socket_errors']:8d} "
              f"{row['restarts']:8d} {row['others']:6.2f}")
    print(f"req/s = all requests / all seconds over the {args.rounds} rounds; ratio = req/s / {base:.1f} "
          f"(/healthz); p50 = median of the rounds' p50, p99 = worst round's p99;")
    print(f"restarts = workers gunicorn started meanwhile (max_requests, see iop_site/gunicorn.conf.py); "
          f"others = CPU cores (of {os.cpu_count()}) used by other processes on the machine meanwhile")
    print()
    total = sum(size for _what, size, _how in weight)
    print("article weight, compressed as served:")
    for what, size, how in weight:
        print(f"  {what:46} {size:7,d} B  {how}")
    print(f"  {'total':46} {total:7,d} B  = {total / 1024:.1f} KB of the 30 KB budget "
          f"({BUDGET_BYTES:,} B): {'within' if total <= BUDGET_BYTES else 'OVER'}")
    print(f"  images and icons referenced (not counted): {len(images)}"
          + (f" ({', '.join(images)})" if images else ""))
    print()
    print_log_summary(log_path)


if __name__ == "__main__":
    main()
