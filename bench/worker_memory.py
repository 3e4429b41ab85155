"""Benchmark: resident memory of each gunicorn worker with the full 2022 directory.

Prepares var/bench.sqlite3 exactly as bench/finder_search.py does (re-running
skips the import when nothing changed), starts gunicorn with
iop_site/gunicorn.conf.py and 2 sync workers on 127.0.0.1, waits until
/healthz answers and both workers have finished post_worker_init (which builds
the place index), and reads each worker's VmRSS. Then it sends a few finder
searches (6 ZIP codes and one misspelled city) from 2 concurrent clients,
repeated until the access log shows that every worker served one (at most 3
rounds), and reads VmRSS again, with Pss and private memory from
/proc/PID/smaps_rollup. Prints one row per worker and the master's RSS, in MB.

Usage: .venv/bin/python bench/worker_memory.py [--data DIR] [--database PATH]
"""

import argparse
import os
import tempfile
import time
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from urllib.parse import urlencode

from support.server import cpu_ticks, free_port, get, start_server, stop_server, worker_pids
from support.site import add_data_arguments, prepared_environment

WORKERS = 2
ZIPS = ["10001", "60614", "94110", "30303", "98101", "85004"]  # NYC, Chicago, SF, Atlanta, Seattle, Phoenix
SEARCHES = [f"/treatment-centers/?{urlencode({'location': z, 'radius': 25})}" for z in ZIPS]
SEARCHES.append("/treatment-centers/?" + urlencode({"location": "Sprngfield, IL", "radius": 25}))


def proc_kb(pid, field, file="status"):
    """A "Field:  123 kB" line of /proc/PID/<file>, in kB; None if unreadable."""
    try:
        with open(f"/proc/{pid}/{file}") as f:
            for line in f:
                if line.startswith(field + ":"):
                    return int(line.split()[1])
    except OSError:
        pass
    return None


def wait_until_idle(server, timeout=90):
    """WORKERS workers whose CPU time stands still (post_worker_init done: a
    worker answers only once it is warm, but the other one may still be
    building its index)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        pids = sorted(worker_pids(server.pid))
        if len(pids) == WORKERS:
            try:
                before = [cpu_ticks(p) for p in pids]
                time.sleep(0.5)
                if [cpu_ticks(p) for p in pids] == before:
                    return pids
            except OSError:
                pass  # a worker was replaced; look again
        else:
            time.sleep(0.2)
    raise SystemExit(f"workers not idle within {timeout} s")


def served_by(access_log):
    """Searches served per worker pid, from the access log (format "<pid> path")."""
    counts = Counter()
    for line in Path(access_log).read_text().splitlines():
        pid, _, path = line.partition(" ")
        if path.startswith("/treatment-centers/"):
            counts[int(pid.strip("<>"))] += 1
    return counts


def private_kb(pid):
    """Memory only this process maps (not shared with the master or the other worker)."""
    parts = [proc_kb(pid, field, "smaps_rollup") for field in ("Private_Clean", "Private_Dirty")]
    return None if None in parts else sum(parts)


def mb(kb):
    return "-" if kb is None else f"{kb / 1024:.1f}"


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    add_data_arguments(parser)
    args = parser.parse_args()
    env = prepared_environment(args)
    port = free_port()
    fd, access_log = tempfile.mkstemp(prefix="worker_memory-", suffix=".log")
    os.close(fd)  # gunicorn opens it by name
    try:
        # Command-line options override the config file; %(p)s is the worker's pid.
        server = start_server(
            env, port, WORKERS, access_log=access_log, access_format="%(p)s %(U)s", timeout=90
        )
        try:
            pids = wait_until_idle(server)
            warm = {pid: proc_kb(pid, "VmRSS") for pid in pids}
            statuses = Counter()
            rounds = 0
            with ThreadPoolExecutor(max_workers=2) as pool:
                while rounds < 3:
                    rounds += 1
                    statuses.update(pool.map(lambda path: get(port, path)[0].status, SEARCHES))
                    time.sleep(0.3)  # gunicorn writes the access line after the response
                    if all(served_by(access_log)[pid] for pid in pids):
                        break
            served = served_by(access_log)
            rows = [
                (pid, warm[pid], proc_kb(pid, "VmRSS"), proc_kb(pid, "Pss", "smaps_rollup"), private_kb(pid))
                for pid in pids
            ]
            master_rss = proc_kb(server.pid, "VmRSS")
            if worker_pids(server.pid) != set(pids):
                print("note: a worker was replaced during the run; its row is incomplete")
        finally:
            stop_server(server)  # SIGTERM: graceful stop of master and workers
    finally:
        os.unlink(access_log)
    print(f"{WORKERS} workers; {rounds} round(s) of {len(SEARCHES)} searches, statuses {dict(statuses)}")
    header = ("worker pid", "RSS warm", "RSS after", "PSS", "private", "searches")
    print(" ".join(f"{title:>10}" for title in header), " (MB)")
    for pid, *memory in rows:
        print(" ".join(f"{cell:>10}" for cell in (pid, *map(mb, memory), served[pid])))
    print(f"{'master':>10} {mb(master_rss):>10}")


if __name__ == "__main__":
    main()
