"""Load through nginx for bench/topology.py: client threads, each with its
own keep-alive connection (nginx keeps client connections open, unlike
gunicorn's sync workers), asking for paths chosen by the caller until a
deadline; every answer recorded with nginx's X-Cache-Status."""

import http.client
import itertools
import random
import threading
import time
from collections import Counter
from dataclasses import dataclass

from support.figures import percentile
from support.server import HOST

# What a browser says it accepts: nginx compresses with Brotli for it.
BROWSER_HEADERS = {"Host": HOST, "Accept-Encoding": "gzip, deflate, br"}


@dataclass(frozen=True)
class Record:
    kind: str
    started: float
    ended: float
    status: int | None  # None: the connection failed
    error: str | None
    cache: str

    @property
    def failed(self):
        return self.status is None or not 200 <= self.status < 400


class Unique:
    """Paths each handed out once (uncached searches); wraps around when spent."""

    def __init__(self, paths):
        self.paths = list(dict.fromkeys(paths))
        self.iterator = itertools.cycle(self.paths)
        self.handed = 0
        self.lock = threading.Lock()

    def __call__(self):
        with self.lock:
            self.handed += 1
            return next(self.iterator)

    @property
    def reused(self):
        return max(0, self.handed - len(self.paths))


def mix(choices, seed=42):
    """A chooser: (kind, path function or list of paths, weight) tuples."""
    rng = random.Random(seed)
    lock = threading.Lock()
    kinds = [kind for kind, _source, _weight in choices]
    weights = [weight for _kind, _source, weight in choices]
    sources = {kind: source for kind, source, _weight in choices}

    def choose():
        with lock:
            kind = rng.choices(kinds, weights)[0]
            source = sources[kind]
            return kind, source() if callable(source) else rng.choice(source)

    return choose


def run(port, choose, seconds, connections=8, during=None):
    """Records of `connections` clients for `seconds`; `during(started)` runs
    in its own thread meanwhile (a kill, say) and its result is returned too."""
    deadline = time.monotonic() + seconds
    records, lock = [], threading.Lock()

    def client():
        connection = http.client.HTTPConnection(HOST, port, timeout=30)
        mine = []
        while time.monotonic() < deadline:
            kind, path = choose()
            mine.append(_fetch(connection, kind, path))
            if mine[-1].status is None:
                connection.close()
                connection = http.client.HTTPConnection(HOST, port, timeout=30)
        connection.close()
        with lock:
            records.extend(mine)

    outcome = {}
    side = threading.Thread(target=lambda: outcome.update(during(time.monotonic()) or {}), daemon=True)
    threads = [threading.Thread(target=client, daemon=True) for _ in range(connections)]
    started = time.monotonic()
    if during:
        side.start()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=max(0.0, deadline + 60 - time.monotonic()))
    if during:
        side.join(timeout=120)
    return sorted(records, key=lambda r: r.started), time.monotonic() - started, outcome


def _fetch(connection, kind, path):
    started = time.monotonic()
    try:
        connection.request("GET", path, headers=BROWSER_HEADERS)
        response = connection.getresponse()
        response.read()
    except (OSError, http.client.HTTPException) as error:
        return Record(kind, started, time.monotonic(), None, type(error).__name__, "")
    cache = response.getheader("X-Cache-Status", "") or "-"
    return Record(kind, started, time.monotonic(), response.status, None, cache)


def summary(records, elapsed):
    """Requests per second, p50/p99 in ms, failures and X-Cache-Status counts."""
    times = sorted((r.ended - r.started) * 1000 for r in records if not r.failed)
    return {
        "requests": len(records),
        "rps": len(records) / elapsed if elapsed else 0.0,
        "p50": percentile(times, 0.50) if times else None,
        "p99": percentile(times, 0.99) if times else None,
        "failed": sum(r.failed for r in records),
        "statuses": Counter(r.status if r.status is not None else r.error for r in records),
        "cache": Counter(r.cache for r in records if not r.failed),
    }
