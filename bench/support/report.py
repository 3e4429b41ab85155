"""load.py's tables: latencies per kind of request, failures, the callback
requests against the database rows, the worker it killed, the slowest answers.
A record is (kind, started, ended, status or None, error name or None)."""

import statistics
from collections import Counter
from pathlib import Path

from support.figures import percentile
from support.server import new_workers
from support.visitors import THANKS

KINDS = ["article", "finder", "center", "call-me form", "call-me submit", "call-me thanks"]


def latency_row(label, times_ms, elapsed, errors):
    ordered = sorted(times_ms)
    if not ordered:
        return f"{label:16} {0:7d} {0:7.1f} {'-':>7} {'-':>7} {'-':>7} {'-':>8} {errors:6d}"
    return (
        f"{label:16} {len(ordered):7d} {len(ordered) / elapsed:7.1f} "
        f"{statistics.median(ordered):7.1f} {percentile(ordered, 0.95):7.1f} "
        f"{percentile(ordered, 0.99):7.1f} {ordered[-1]:8.1f} {errors:6d}"
    )


def print_latencies(records, elapsed):
    print(
        f"{'kind':16} {'answers':>7} {'per s':>7} {'p50':>7} {'p95':>7} {'p99':>7} {'max':>8} "
        f"{'errors':>6}   (ms, connect to last byte)"
    )
    for kind in KINDS + [None]:
        rows = [r for r in records if kind is None or r[0] == kind]
        times = [(r[2] - r[1]) * 1000 for r in rows if r[3] is not None]
        errors = sum(1 for r in rows if r[4] is not None or not 200 <= r[3] < 400)
        print(latency_row(kind or "all", times, elapsed, errors))


def print_failures(records):
    bad = Counter((r[0], r[3]) for r in records if r[3] is not None and not 200 <= r[3] < 400)
    broken = Counter((r[0], r[4]) for r in records if r[4] is not None)
    print(f"responses not 2xx/3xx: {sum(bad.values())} (target 0)")
    for (kind, status), count in sorted(bad.items()):
        print(f"  {status} {kind}: {count}")
    print(f"connection errors (client reconnected after each): {sum(broken.values())}")
    for (kind, error), count in sorted(broken.items()):
        print(f"  {error} {kind}: {count}")


def print_kill(records, samples, outcome, log_path):
    """What SIGKILL to one worker cost: failed requests, and the time until 2 workers again."""
    if "time" not in outcome:
        print(f"--kill-worker: {outcome.get('error', 'the kill did not happen')}")
        return
    killed, victim = outcome["time"], outcome["pid"]
    failed = [r for r in records if r[4] is not None or not 200 <= r[3] < 400]
    in_flight = [r for r in failed if r[1] <= killed <= r[2]]
    later = [r for r in failed if r[1] > killed]
    earlier = [r for r in failed if r[2] < killed]
    busy = sum(1 for r in records if r[1] <= killed <= r[2])
    print(
        f"worker {victim} got SIGKILL at {killed - records_start(records):.1f} s; "
        f"{busy} requests were in flight (on either worker or queued)"
    )
    print(
        f"  failed requests in flight at the kill: {len(in_flight)} "
        f"(target: only the one the killed worker was serving, at most 1)"
    )
    for r in in_flight:
        print(f"    {r[0]}: {r[4] or r[3]} after {(r[2] - r[1]) * 1000:.0f} ms")
    print(f"  failed requests started after the kill: {len(later)} (target 0); before it: {len(earlier)}")
    for (kind, what), count in sorted(Counter((r[0], r[4] or r[3]) for r in later).items()):
        print(f"    {kind}: {what} x{count}")
    reaped = back = None
    for moment, pids in samples:
        if moment >= killed and victim not in pids and reaped is None:
            reaped = moment
        if moment >= killed and victim not in pids and len(pids) >= 2:
            back = moment, sorted(pids)
            break
    if reaped is not None:
        print(f"  master noticed (worker count 1): {(reaped - killed) * 1000:.0f} ms after the kill")
    if back:
        print(
            f"  worker count back to 2: {(back[0] - killed) * 1000:.0f} ms after the kill "
            f"(workers {back[1]}; the new one then loads Django before it serves)"
        )
    else:
        print("  worker count NOT back to 2 before the run ended")
    master_log = master_kill_message(log_path)
    if master_log:
        print(f"  master said: {master_log}")
    print("  requests answered per 0.5 s, from 2 s before the kill to 8 s after:")
    answered = [r[2] for r in records if r[3] is not None]
    buckets = []
    for step in range(-4, 16):
        low = killed + step * 0.5
        buckets.append(f"{step * 0.5:+.1f}s:{sum(1 for t in answered if low <= t < low + 0.5)}")
    for line in range(0, len(buckets), 10):
        print("   ", " ".join(buckets[line : line + 10]))


def print_slowest(records, samples, initial, count=5):
    """The slowest answers, and whether a worker had just been started."""
    births = new_workers(samples, initial)
    start = records_start(records)
    answered = sorted((r for r in records if r[3] is not None), key=lambda r: r[1] - r[2])
    print("slowest answers, and workers gunicorn started from 3 s before each until its answer")
    print("(a new worker loads Django, then builds the place index on its first search):")
    for kind, started, ended, status, _error in answered[:count]:
        born = [
            f"{pid} at {(moment - started) * 1000:+.0f} ms"
            for moment, pid in births
            if started - 3 <= moment <= ended
        ]
        print(
            f"  {kind:14} {(ended - started) * 1000:7.0f} ms at {started - start:5.1f} s, {status}"
            + (f"; new worker {', '.join(born)}" if born else "")
        )


def records_start(records):
    return min(r[1] for r in records)


def print_workers(samples, initial, at_end, outcome):
    """Workers at the start and end; those replaced, less the one replacing a killed worker."""
    new = new_workers(samples, initial)
    recycled = len(new) - (1 if "time" in outcome and new else 0)
    print(
        f"gunicorn workers: {len(initial)} at the start, {at_end} at the end; "
        f"{recycled} replaced during the run by max_requests (see iop_site/gunicorn.conf.py)"
    )


def master_kill_message(path):
    for line in Path(path).read_text(encoding="utf-8", errors="replace").splitlines():
        if "SIGKILL" in line:
            return line.split("] ", 3)[-1]
    return ""


def print_callbacks(clients, stored, phones):
    """Accepted callback requests (302 to the thanks page) against the rows stored."""
    submitted = [p for client in clients for p in client.submitted]
    accepted = [p for client in clients for p in client.accepted]
    unknown = [p for client in clients for p in client.unknown]
    refused = len(submitted) - len(accepted) - len(unknown)
    missing = sorted(set(accepted) - set(stored))
    extra = sorted(set(stored) - set(accepted))
    duplicates = len(stored) - len(set(stored))
    print(
        f"callback requests: {len(submitted)} submitted, {len(accepted)} accepted "
        f"(302 to {THANKS}), {refused} refused, {len(unknown)} without an answer"
    )
    print(
        f"  rows in the database: {len(stored)}; accepted and stored: {len(set(accepted) & set(stored))}; "
        f"accepted but missing: {len(missing)}; stored but not accepted: {len(extra)}; "
        f"duplicated: {duplicates}"
    )
    print(
        f"  every accepted request stored exactly once: {'yes' if not missing and not duplicates else 'NO'}"
    )
    if extra:
        lost = set(extra) <= set(unknown)
        print(
            f"  rows without a 302: {len(extra)}, "
            + (
                "all from POSTs whose answer was lost (stored, never confirmed)"
                if lost
                else "NOT explained by lost answers"
            )
        )
    print(f"  fictional numbers used: {phones.used} of {len(phones.entries)}")
