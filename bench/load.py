"""Benchmark: the site under load, with callback requests, and a worker killed.

Prepares the same SQLite database as finder_search.py (var/bench.sqlite3, the
full SAMHSA 2022 directory), empties the callback-request table, flushes
Redis database 15 (the shared cache that holds the rate limits across
workers), and starts gunicorn with iop_site/gunicorn.conf.py and 2 sync
workers on 127.0.0.1, production-like (DEBUG off, no SSL redirect, cache
redis://127.0.0.1:6379/15, RATE_LIMIT_CLIENT_HEADER=HTTP_X_BENCH_CLIENT).

16 client threads (--concurrency), each with its own http.client connection,
run for 60 s (--seconds) or until --max-requests, whichever comes first, and
pick their next step at random (random.Random(seed + thread)):

  article         GET /treatment/intensive-outpatient-programs/
  finder          GET /treatment-centers/?location=...  (varied ZIPs of real
                  facilities, radii and filters, as in finder_search.py)
  center          GET a real center page (URLs from the database)
  callback        GET /call-me/ (CSRF cookie and token, signed consent_token),
                  POST the form with a fresh fictional number (555-0100..0199
                  across many area codes: one use per number, under the limit
                  of 3 per number a day) and a fresh X-Bench-Client address
                  (2001:db8::/32, documentation range: a header value only,
                  under the limit of 5 per address an hour), then GET the
                  /call-me/thanks/ page the 302 points to.

Prints the requests, the requests per second, latency p50/p95/p99/max per
kind and overall, every response that is not 2xx/3xx (target: none) and
every connection error, then compares the accepted callback requests (302 to
/call-me/thanks/) with the rows in the database: each accepted number must be
stored once, and nothing else. Also printed: how busy the 2 cores were and
how much of that was gunicorn, the load generator and other processes;
workers gunicorn replaced (max_requests); the slowest answers beside the
workers started just before them.

--kill-worker: at half time one worker gets SIGKILL. Reported: the errors
(connection resets, non-2xx) and which of them were in flight at the kill
(target: only those; a sync worker serves one request at a time, so at most
one), and how long until gunicorn's master has 2 workers again. Client
threads reconnect after any connection error and count it; a POST that
failed is not retried (it may have been stored).

Times are measured at the client over loopback, connect to last byte.
gunicorn's sync worker closes the connection after every response
("Connection: close"), so each request opens a new TCP connection: the
client's keep-alive is offered, not used. The client runs on the same 2
cores as the server, so the figures are for this machine as a whole.
gunicorn's own output goes to var/bench-load-gunicorn.log, summarised at the
end. Figures are reported, not asserted: the exit code is 0 when the run
completed.

Usage: .venv/bin/python bench/load.py [--seconds 60] [--concurrency 16] [--kill-worker]
       [--max-requests 200000] [--workers 2] [--seed 42] [--data DIR]
"""

import argparse
import http.client
import os
import random
import threading
import time

from support import report, visitors
from support.figures import print_log_summary
from support.server import HOST, CpuMeter, WorkerWatch, free_port, start_server, stop_server, worker_pids
from support.site import (
    ARTICLE,
    CACHE_URL,
    ROOT,
    add_data_arguments,
    flush_cache,
    prepared_environment,
    revision,
    search_urls,
)


def arguments():
    parser = argparse.ArgumentParser(
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
        epilog="Needs Redis on 127.0.0.1:6379 (database 15 is flushed). "
        "Run from the repository root: .venv/bin/python bench/load.py",
    )
    parser.add_argument("--seconds", type=float, default=60, help="length of the run (default 60)")
    parser.add_argument("--concurrency", type=int, default=16, help="client threads (default 16)")
    parser.add_argument(
        "--kill-worker",
        action="store_true",
        help="SIGKILL one gunicorn worker at half time and report what it cost",
    )
    parser.add_argument(
        "--max-requests",
        type=int,
        default=200_000,
        help="stop after this many requests even before --seconds (default 200000)",
    )
    parser.add_argument("--workers", type=int, default=2, help="gunicorn sync workers (default 2)")
    parser.add_argument("--seed", type=int, default=42, help="seed for every random choice")
    add_data_arguments(parser, data_help="SAMHSA files")
    return parser.parse_args()


def main():
    args = arguments()
    env = prepared_environment(
        args,
        DJANGO_SECURE_COOKIES="false",  # plain http on loopback: browsers would drop Secure cookies
        CACHE_URL=CACHE_URL,
        RATE_LIMIT_CLIENT_HEADER="HTTP_X_BENCH_CLIENT",
    )
    searches = search_urls(args.data, 400, seed=args.seed)
    all_centers = visitors.center_urls(env)
    centers = random.Random(args.seed).sample(all_centers, min(500, len(all_centers)))
    phones = visitors.PhoneBook(args.seed)
    deleted = visitors.delete_callbacks(env)
    flush_cache()
    log_path = ROOT / "var" / "bench-load-gunicorn.log"
    port = free_port()
    server = start_server(env, port, args.workers, log_path)
    try:
        warm = http.client.HTTPConnection(HOST, port, timeout=30)
        for path in [ARTICLE, visitors.CALL_ME, *searches[:10], *centers[:10]] * 2:  # both workers, roughly
            warm.request("GET", path, headers={"Host": HOST})
            warm.getresponse().read()
        warm.close()
        initial = worker_pids(server.pid)
        watch = WorkerWatch(server.pid)
        watch.start()
        meter = CpuMeter(server.pid)
        cpu_before = meter.sample()
        budget = visitors.Budget(args.seconds, args.max_requests)
        clients = [
            visitors.Client(n, port, args.seed, budget, searches, centers, phones)
            for n in range(args.concurrency)
        ]
        outcome, killer = {}, None
        if args.kill_worker:
            at = time.monotonic() + args.seconds / 2
            killer = threading.Thread(
                target=visitors.kill_one_worker, daemon=True, args=(server.pid, at, outcome)
            )
            killer.start()
        started = time.monotonic()
        for client in clients:
            client.start()
        for client in clients:  # each stops at the deadline, after at most one request's timeout
            client.join(timeout=max(0.0, started + args.seconds + 60 - time.monotonic()))
        elapsed = time.monotonic() - started
        cpu = CpuMeter.cores(cpu_before, meter.sample())
        if killer:
            killer.join(timeout=1)
        visitors.wait_for_replacement(server.pid, outcome, args.workers)  # let the watch see the new worker
        time.sleep(0.2)
        watch.stop()
        workers_at_end = len(worker_pids(server.pid))
    finally:
        stop_server(server)
    records = [r for client in clients for r in client.records]
    stored = visitors.stored_callback_phones(env)

    print()
    print(
        f"load.py: gunicorn iop_site/gunicorn.conf.py, {args.workers} sync workers on 127.0.0.1; "
        f"{args.concurrency} client threads, seed {args.seed}"
        f"{', one worker killed at half time' if args.kill_worker else ''}"
    )
    print(f"measured: {revision()}")
    print(
        f"ran {elapsed:.1f} s (asked {args.seconds:g} s); {len(records)} requests, "
        f"{len(records) / elapsed:.1f} per second"
    )
    print(
        f"CPU, in cores of {os.cpu_count()}: machine {cpu[0]:.2f} busy; gunicorn {cpu[1]:.2f}, "
        f"load generator {cpu[2]:.2f}, other processes {cpu[3]:.2f}"
    )
    print(
        f"inputs: {len(searches)} searches, {len(centers)} of {len(all_centers)} center pages; "
        f"callback table emptied ({deleted} rows), Redis db 15 flushed"
    )
    print()
    report.print_latencies(records, elapsed)
    print()
    report.print_failures(records)
    print()
    report.print_callbacks(clients, stored, phones)
    print()
    report.print_workers(watch.samples, initial, workers_at_end, outcome)
    if args.kill_worker:
        report.print_kill(records, watch.samples, outcome, log_path)
    report.print_slowest(records, watch.samples, initial)
    print_log_summary(log_path)


if __name__ == "__main__":
    main()
