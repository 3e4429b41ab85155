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
import http.cookies
import json
import os
import random
import re
import signal
import statistics
import subprocess
import sys
import threading
import time
from collections import Counter
from pathlib import Path
from urllib.parse import urlencode

from finder_search import (
    DEFAULT_DATA,
    DIRECTORIES,
    ROOT,
    environment,
    free_port,
    prepare,
    search_urls,
)

ARTICLE = "/treatment/intensive-outpatient-programs/"
CALL_ME = "/call-me/"
THANKS = "/call-me/thanks/"
CACHE_URL = "redis://127.0.0.1:6379/15"
HOST = "127.0.0.1"
# Steps a client thread chooses from, and how often (a callback is 3 requests).
STEPS = {"article": 3, "finder": 3, "center": 3, "callback": 1}
KINDS = ["article", "finder", "center", "call-me form", "call-me submit", "call-me thanks"]
# Area codes across the states and DC (each valid with 555-01XX); 100 numbers each.
AREA_CODES = [
    212, 312, 415, 213, 617, 202, 305, 404, 206, 303, 512, 602, 702, 503, 214, 713, 215, 313,
    612, 314, 412, 216, 317, 414, 502, 615, 901, 504, 801, 505, 907, 808, 401, 207, 802, 603,
    302, 304, 406, 307, 701, 605, 402, 515, 316, 405, 501, 601, 205, 803, 704, 804, 410, 860,
    518, 716, 916, 619, 360, 775,
]
FORMATS = ["({a}) 555-0{n}", "{a}-555-0{n}", "{a}.555.0{n}", "+1 {a} 555 0{n}", "1{a}5550{n}"]
NAMES = ["", "", "Sam", "A. J.", "María", "Lee", "Jo"]
BEST_TIMES = ["asap", "morning", "afternoon", "evening"]
TOKEN = re.compile(r'name="(csrfmiddlewaretoken|consent_token)" value="([^"]*)"')


# --- The server and the database ---------------------------------------------

def load_environment(database):
    return {
        **environment(database),
        "DJANGO_SECURE_COOKIES": "false",  # plain http on loopback: browsers would drop Secure cookies
        "CACHE_URL": CACHE_URL,
        "RATE_LIMIT_CLIENT_HEADER": "HTTP_X_BENCH_CLIENT",
    }


def django_json(env, code):
    """Run `code` in `manage.py shell`; it prints one JSON value last."""
    result = subprocess.run(
        [sys.executable, "manage.py", "shell", "-v0", "-c", code],
        cwd=ROOT, env=env, check=True, capture_output=True, text=True,
    )
    return json.loads(result.stdout.strip().splitlines()[-1])


def center_urls(env):
    """Every listed center's own address, in primary-key order."""
    return django_json(env, (
        "import json; from programs.models import TreatmentCenter as T; "
        "print(json.dumps([c.get_absolute_url() for c in "
        "T.objects.listed().only('state', 'city', 'slug').order_by('pk')]))"
    ))


def delete_callbacks(env):
    return django_json(env, (
        "import json; from programs.models import CallbackRequest as C; "
        "print(json.dumps(C.objects.all().delete()[0]))"
    ))


def stored_callback_phones(env):
    return django_json(env, (
        "import json; from programs.models import CallbackRequest as C; "
        "print(json.dumps(list(C.objects.values_list('phone', flat=True))))"
    ))


def flush_cache(url=CACHE_URL):
    import redis  # the application's own Redis client (requirements.txt)

    try:
        redis.Redis.from_url(url, socket_timeout=5).flushdb()
    except redis.RedisError as error:
        raise SystemExit(f"Redis at {url} is needed for shared rate limits: {error}") from None


def start_server(env, port, workers, log_path):
    """gunicorn as configured, `workers` sync workers, in its own process group."""
    with open(log_path, "w", encoding="utf-8") as log:  # the child keeps its own copy
        server = subprocess.Popen(
            [sys.executable, "-m", "gunicorn", "--config", "iop_site/gunicorn.conf.py",
             "--workers", str(workers), "--bind", f"{HOST}:{port}", "--access-logfile", "/dev/null",
             "iop_site.wsgi"],
            cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True,
        )
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise SystemExit(f"gunicorn exited with {server.returncode}; see {log_path}")
        if len(worker_pids(server.pid)) >= workers and healthy(port):
            return server
        time.sleep(0.2)
    stop_server(server)
    raise SystemExit(f"gunicorn did not start within 30 s; see {log_path}")


def healthy(port):
    try:
        connection = http.client.HTTPConnection(HOST, port, timeout=2)
        connection.request("GET", "/healthz", headers={"Host": HOST})
        return connection.getresponse().status == 200
    except OSError:
        return False


def stop_server(server):
    """TERM the whole process group (master and workers), KILL if it lingers."""
    if server.poll() is None:
        try:
            os.killpg(server.pid, signal.SIGTERM)
            server.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(server.pid, signal.SIGKILL)
            server.wait(timeout=10)
        except ProcessLookupError:
            pass
    try:  # a worker that outlived its master
        os.killpg(server.pid, signal.SIGKILL)
    except ProcessLookupError:
        pass


def worker_pids(master):
    """The master's child processes (its workers), from /proc or pgrep."""
    pids = set()
    try:
        for task in Path(f"/proc/{master}/task").iterdir():
            pids.update(int(pid) for pid in (task / "children").read_text().split())
        return pids
    except OSError:
        result = subprocess.run(["pgrep", "-P", str(master)], capture_output=True, text=True,
                                check=False)
        return {int(pid) for pid in result.stdout.split()}


def revision():
    """The commit measured, and whether the work tree had changes on top."""
    def git(*args):
        result = subprocess.run(["git", *args], cwd=ROOT, capture_output=True, text=True, check=False)
        return result.stdout.strip() if result.returncode == 0 else ""

    commit = git("rev-parse", "--short", "HEAD") or "unknown"
    changed = [line for line in git("status", "--porcelain", "--untracked-files=no").splitlines() if line]
    return commit + (f" + uncommitted changes to {len(changed)} files" if changed else "")


TICK = os.sysconf("SC_CLK_TCK")


def machine_busy_seconds():
    """CPU seconds all cores have spent busy since boot (/proc/stat)."""
    fields = [int(n) for n in Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:9]]
    user, nice, system, _idle, _iowait, irq, softirq, steal = fields
    return (user + nice + system + irq + softirq + steal) / TICK


def process_seconds(pid, children):
    """CPU seconds of `pid`, and of its reaped children if `children`."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return 0.0
    fields = [int(n) for n in stat[stat.rindex(")") + 2:].split()[11:15]]
    return (fields[0] + fields[1] + (fields[2] + fields[3] if children else 0)) / TICK


class CpuMeter:
    """How busy the machine was, and how much of that was this benchmark:
    gunicorn (master, live workers, and workers it reaped) and this process
    (client threads, and child processes it waited for, such as wrk). The
    rest is other processes on the machine, which make the figures noisy."""

    def __init__(self, master):
        self.master = master

    def sample(self):
        server = process_seconds(self.master, children=True) + sum(
            process_seconds(pid, children=False) for pid in worker_pids(self.master))
        times = os.times()
        client = times.user + times.system + times.children_user + times.children_system
        return time.monotonic(), machine_busy_seconds(), server, client

    @staticmethod
    def cores(before, after):
        """(machine, server, client, others) in cores, between two samples."""
        elapsed = after[0] - before[0]
        machine, server, client = ((after[i] - before[i]) / elapsed for i in (1, 2, 3))
        return machine, server, client, max(0.0, machine - server - client)


# --- The load ------------------------------------------------------------------

class Budget:
    """Stops every client at the deadline or after `count` requests."""

    def __init__(self, seconds, count):
        self.deadline = time.monotonic() + seconds
        self.left = count
        self.lock = threading.Lock()

    def take(self):
        if time.monotonic() >= self.deadline:
            return False
        with self.lock:
            if self.left <= 0:
                return False
            self.left -= 1
            return True


class PhoneBook:
    """Fictional numbers, each handed out once: (typed form, E.164, client address)."""

    def __init__(self, seed):
        rng = random.Random(seed)
        codes = list(dict.fromkeys(AREA_CODES))
        self.entries = [
            (rng.choice(FORMATS).format(a=area, n=n), f"+1{area}5550{n}")
            for area in codes for n in range(100, 200)
        ]
        rng.shuffle(self.entries)
        self.used = 0
        self.lock = threading.Lock()

    def next(self):
        with self.lock:
            if self.used >= len(self.entries):
                return None
            self.used += 1
            typed, e164 = self.entries[self.used - 1]
            return typed, e164, f"2001:db8::{self.used:x}"


class Client(threading.Thread):
    """One visitor after another over one http.client connection."""

    def __init__(self, index, port, seed, budget, searches, centers, phones):
        super().__init__(name=f"client-{index}", daemon=True)
        self.port, self.budget = port, budget
        self.rng = random.Random(seed + index)
        self.searches, self.centers, self.phones = searches, centers, phones
        self.connection = http.client.HTTPConnection(HOST, port, timeout=35)
        # (kind, started, ended, status or None, error name or None)
        self.records = []
        self.submitted, self.accepted, self.unknown = [], [], []
        self.reconnects = 0

    def run(self):
        steps, weights = list(STEPS), list(STEPS.values())
        while True:
            step = self.rng.choices(steps, weights)[0]
            if step == "callback":
                done = self.callback()
            elif step == "article":
                done = self.fetch("article", "GET", ARTICLE) is not False
            elif step == "finder":
                done = self.fetch("finder", "GET", self.rng.choice(self.searches)) is not False
            else:
                done = self.fetch("center", "GET", self.rng.choice(self.centers)) is not False
            if not done:
                break
        self.connection.close()

    def fetch(self, kind, method, path, body=None, headers=None):
        """(response, body) or None after an error; False when the budget is spent."""
        if not self.budget.take():
            return False
        headers = {"Host": HOST, **(headers or {})}
        started = time.monotonic()
        try:
            self.connection.request(method, path, body=body, headers=headers)
            response = self.connection.getresponse()
            data = response.read()
        except (OSError, http.client.HTTPException) as error:
            self.records.append((kind, started, time.monotonic(), None, type(error).__name__))
            self.connection.close()  # the next request connects again
            self.reconnects += 1
            return None
        self.records.append((kind, started, time.monotonic(), response.status, None))
        return response, data

    def callback(self):
        entry = self.phones.next()
        if entry is None:  # every number used: browse instead
            return self.fetch("article", "GET", ARTICLE) is not False
        typed, e164, client = entry
        got = self.fetch("call-me form", "GET", CALL_ME)
        if not got:
            return got is not False
        response, html = got
        tokens = dict(TOKEN.findall(html.decode("utf-8", "replace")))
        cookies = http.cookies.SimpleCookie()
        for header in response.headers.get_all("Set-Cookie") or []:
            cookies.load(header)
        if response.status != 200 or "csrftoken" not in cookies or len(tokens) != 2:
            return True  # counted as a non-2xx above, or a form without its tokens
        body = urlencode({
            "csrfmiddlewaretoken": tokens["csrfmiddlewaretoken"],
            "phone": typed,
            "name": self.rng.choice(NAMES),
            "best_time": self.rng.choice(BEST_TIMES),
            "consent": "on",
            "consent_token": tokens["consent_token"],
            "website": "",
        })
        got = self.fetch("call-me submit", "POST", CALL_ME, body=body, headers={
            "Content-Type": "application/x-www-form-urlencoded",
            "Cookie": f"csrftoken={cookies['csrftoken'].value}",
            "Origin": f"http://{HOST}",
            "X-Bench-Client": client,
        })
        if got is False:
            return False
        self.submitted.append(e164)
        if got is None:
            self.unknown.append(e164)  # the connection failed: stored or not, we cannot tell
            return True
        location = got[0].getheader("Location", "")
        if got[0].status == 302 and location.startswith(THANKS):
            self.accepted.append(e164)
            return self.fetch("call-me thanks", "GET", location) is not False
        return True


class WorkerWatch(threading.Thread):
    """Samples the master's worker pids every 10 ms until stopped."""

    def __init__(self, master):
        super().__init__(name="worker-watch", daemon=True)
        self.master = master
        self.samples = []  # (time, frozenset of pids), on change only
        self.stopped = threading.Event()

    def run(self):
        last = None
        while not self.stopped.is_set():
            pids = frozenset(worker_pids(self.master))
            if pids != last:
                self.samples.append((time.monotonic(), pids))
                last = pids
            time.sleep(0.01)


def kill_one_worker(master, at, outcome):
    """At `at`, SIGKILL the lowest-numbered worker; note which and when."""
    time.sleep(max(0.0, at - time.monotonic()))
    pids = sorted(worker_pids(master))
    if not pids:
        outcome["error"] = "no worker found"
        return
    outcome["pid"] = pids[0]
    outcome["time"] = time.monotonic()
    os.kill(pids[0], signal.SIGKILL)


# --- The figures -----------------------------------------------------------------

def percentile(ordered, q):
    """Nearest rank, as in finder_search.py."""
    return ordered[max(0, round(q * len(ordered)) - 1)]


def latency_row(label, times_ms, elapsed, errors):
    ordered = sorted(times_ms)
    if not ordered:
        return f"{label:16} {0:7d} {0:7.1f} {'-':>7} {'-':>7} {'-':>7} {'-':>8} {errors:6d}"
    return (f"{label:16} {len(ordered):7d} {len(ordered) / elapsed:7.1f} "
            f"{statistics.median(ordered):7.1f} {percentile(ordered, 0.95):7.1f} "
            f"{percentile(ordered, 0.99):7.1f} {ordered[-1]:8.1f} {errors:6d}")


def print_latencies(records, elapsed):
    print(f"{'kind':16} {'answers':>7} {'per s':>7} {'p50':>7} {'p95':>7} {'p99':>7} {'max':>8} "
          f"{'errors':>6}   (ms, connect to last byte)")
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


def print_kill(records, samples, outcome, master_log):
    if "time" not in outcome:
        print(f"--kill-worker: {outcome.get('error', 'the kill did not happen')}")
        return
    killed, victim = outcome["time"], outcome["pid"]
    failed = [r for r in records if r[4] is not None or not 200 <= r[3] < 400]
    in_flight = [r for r in failed if r[1] <= killed <= r[2]]
    later = [r for r in failed if r[1] > killed]
    earlier = [r for r in failed if r[2] < killed]
    busy = sum(1 for r in records if r[1] <= killed <= r[2])
    print(f"worker {victim} got SIGKILL at {killed - records_start(records):.1f} s; "
          f"{busy} requests were in flight (on either worker or queued)")
    print(f"  failed requests in flight at the kill: {len(in_flight)} "
          f"(target: only the one the killed worker was serving, at most 1)")
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
        print(f"  worker count back to 2: {(back[0] - killed) * 1000:.0f} ms after the kill "
              f"(workers {back[1]}; the new one then loads Django before it serves)")
    else:
        print("  worker count NOT back to 2 before the run ended")
    if master_log:
        print(f"  master said: {master_log}")
    print("  requests answered per 0.5 s, from 2 s before the kill to 8 s after:")
    answered = [r[2] for r in records if r[3] is not None]
    buckets = []
    for step in range(-4, 16):
        low = killed + step * 0.5
        buckets.append(f"{step * 0.5:+.1f}s:{sum(1 for t in answered if low <= t < low + 0.5)}")
    for line in range(0, len(buckets), 10):
        print("   ", " ".join(buckets[line:line + 10]))


def print_slowest(records, samples, initial, count=5):
    """The slowest answers, and whether a worker had just been started."""
    seen, births = set(initial), []
    for moment, pids in samples:
        births += [(moment, pid) for pid in sorted(pids - seen)]
        seen |= pids
    start = records_start(records)
    answered = sorted((r for r in records if r[3] is not None), key=lambda r: r[1] - r[2])
    print("slowest answers, and workers gunicorn started from 3 s before each until its answer")
    print("(a new worker loads Django, then builds the place index on its first search):")
    for kind, started, ended, status, _error in answered[:count]:
        born = [f"{pid} at {(moment - started) * 1000:+.0f} ms" for moment, pid in births
                if started - 3 <= moment <= ended]
        print(f"  {kind:14} {(ended - started) * 1000:7.0f} ms at {started - start:5.1f} s, {status}"
              + (f"; new worker {', '.join(born)}" if born else ""))


def records_start(records):
    return min(r[1] for r in records)


def recycled_workers(samples, initial, outcome):
    """Worker pids that appeared during the run, less the one replacing a killed worker."""
    seen, new = set(initial), []
    for _moment, pids in samples:
        new += sorted(pids - seen)
        seen |= pids
    return len(new) - (1 if "time" in outcome and new else 0)


def summarise_log(path):
    """gunicorn's and Django's warnings and errors, counted by message."""
    counts = Counter()
    tracebacks = 0
    for line in Path(path).read_text(encoding="utf-8", errors="replace").splitlines():
        if line.startswith("Traceback"):
            tracebacks += 1
        match = (re.match(r"\[[^]]+\] \[\d+\] \[(WARNING|ERROR|CRITICAL)\] (.*)", line)
                 or re.match(r"\S+ \S+ (WARNING|ERROR|CRITICAL) (\S+ .*)", line))
        if match:
            counts[(match[1], re.sub(r"\d+", "N", match[2])[:110])] += 1
    return counts, tracebacks


def master_kill_message(path):
    for line in Path(path).read_text(encoding="utf-8", errors="replace").splitlines():
        if "SIGKILL" in line:
            return line.split("] ", 3)[-1]
    return ""


def main():
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter,
        epilog="Needs Redis on 127.0.0.1:6379 (database 15 is flushed). "
               "Run from the repository root: .venv/bin/python bench/load.py",
    )
    parser.add_argument("--seconds", type=float, default=60, help="length of the run (default 60)")
    parser.add_argument("--concurrency", type=int, default=16, help="client threads (default 16)")
    parser.add_argument("--kill-worker", action="store_true",
                        help="SIGKILL one gunicorn worker at half time and report what it cost")
    parser.add_argument("--max-requests", type=int, default=200_000,
                        help="stop after this many requests even before --seconds (default 200000)")
    parser.add_argument("--workers", type=int, default=2, help="gunicorn sync workers (default 2)")
    parser.add_argument("--seed", type=int, default=42, help="seed for every random choice")
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="SAMHSA files")
    parser.add_argument("--database", type=Path, default=ROOT / "var" / "bench.sqlite3")
    args = parser.parse_args()
    if not (args.data / DIRECTORIES[0]).exists():
        raise SystemExit(f"SAMHSA directory files not found in {args.data}")
    args.database.parent.mkdir(exist_ok=True)
    env = load_environment(args.database)
    prepare(env, args.data)
    searches = search_urls(args.data, 400, seed=args.seed)
    rng = random.Random(args.seed)
    all_centers = center_urls(env)
    centers = rng.sample(all_centers, min(500, len(all_centers)))
    phones = PhoneBook(args.seed)
    deleted = delete_callbacks(env)
    flush_cache()
    log_path = ROOT / "var" / "bench-load-gunicorn.log"
    port = free_port()
    server = start_server(env, port, args.workers, log_path)
    try:
        warm = http.client.HTTPConnection(HOST, port, timeout=30)
        for path in [ARTICLE, CALL_ME, *searches[:10], *centers[:10]] * 2:  # both workers, roughly
            warm.request("GET", path, headers={"Host": HOST})
            warm.getresponse().read()
        warm.close()
        initial = worker_pids(server.pid)
        watch = WorkerWatch(server.pid)
        watch.start()
        meter = CpuMeter(server.pid)
        cpu_before = meter.sample()
        budget = Budget(args.seconds, args.max_requests)
        clients = [Client(n, port, args.seed, budget, searches, centers, phones)
                   for n in range(args.concurrency)]
        outcome = {}
        killer = None
        if args.kill_worker:
            killer = threading.Thread(target=kill_one_worker, daemon=True,
                                      args=(server.pid, time.monotonic() + args.seconds / 2, outcome))
            killer.start()
        started = time.monotonic()
        for client in clients:
            client.start()
        for client in clients:
            client.join()
        elapsed = time.monotonic() - started
        cpu = CpuMeter.cores(cpu_before, meter.sample())
        if killer:
            killer.join(timeout=1)
        if "time" in outcome:  # let the watch see the replacement worker
            limit = time.monotonic() + 30
            while time.monotonic() < limit:
                pids = worker_pids(server.pid)
                if outcome["pid"] not in pids and len(pids) >= args.workers:
                    break
                time.sleep(0.05)
        time.sleep(0.2)
        watch.stopped.set()
        watch.join()
        workers_at_end = len(worker_pids(server.pid))
    finally:
        stop_server(server)
    records = [r for client in clients for r in client.records]
    stored = stored_callback_phones(env)

    print()
    print(f"load.py: gunicorn iop_site/gunicorn.conf.py, {args.workers} sync workers on 127.0.0.1; "
          f"{args.concurrency} client threads, seed {args.seed}"
          f"{', one worker killed at half time' if args.kill_worker else ''}")
    print(f"measured: {revision()}")
    print(f"ran {elapsed:.1f} s (asked {args.seconds:g} s); {len(records)} requests, "
          f"{len(records) / elapsed:.1f} per second")
    print(f"CPU, in cores of {os.cpu_count()}: machine {cpu[0]:.2f} busy; gunicorn {cpu[1]:.2f}, "
          f"load generator {cpu[2]:.2f}, other processes {cpu[3]:.2f}")
    print(f"inputs: {len(searches)} searches, {len(centers)} of {len(all_centers)} center pages; "
          f"callback table emptied ({deleted} rows), Redis db 15 flushed")
    print()
    print_latencies(records, elapsed)
    print()
    print_failures(records)
    print()
    submitted = [p for client in clients for p in client.submitted]
    accepted = [p for client in clients for p in client.accepted]
    unknown = [p for client in clients for p in client.unknown]
    refused = len(submitted) - len(accepted) - len(unknown)
    missing = sorted(set(accepted) - set(stored))
    extra = sorted(set(stored) - set(accepted))
    duplicates = len(stored) - len(set(stored))
    print(f"callback requests: {len(submitted)} submitted, {len(accepted)} accepted "
          f"(302 to {THANKS}), {refused} refused, {len(unknown)} without an answer")
    print(f"  rows in the database: {len(stored)}; accepted and stored: {len(set(accepted) & set(stored))}; "
          f"accepted but missing: {len(missing)}; stored but not accepted: {len(extra)}; "
          f"duplicated: {duplicates}")
    print(f"  every accepted request stored exactly once: "
          f"{'yes' if not missing and not duplicates else 'NO'}")
    if extra:
        lost = set(extra) <= set(unknown)
        print(f"  rows without a 302: {len(extra)}, "
              + ("all from POSTs whose answer was lost (stored, never confirmed)" if lost
                 else "NOT explained by lost answers"))
    print(f"  fictional numbers used: {phones.used} of {len(phones.entries)}")
    print()
    recycled = recycled_workers(watch.samples, initial, outcome)
    print(f"gunicorn workers: {len(initial)} at the start, {workers_at_end} at the end; "
          f"{recycled} replaced during the run by max_requests (see iop_site/gunicorn.conf.py)")
    if args.kill_worker:
        print_kill(records, watch.samples, outcome, master_kill_message(log_path))
    print_slowest(records, watch.samples, initial)
    print_log_summary(log_path)


def print_log_summary(log_path):
    """gunicorn's log in a few lines: warnings and errors by message, tracebacks."""
    counts, tracebacks = summarise_log(log_path)
    print(f"server log {log_path.relative_to(ROOT)}: {sum(counts.values())} warnings/errors, "
          f"{tracebacks} tracebacks")
    for (level, message), count in counts.most_common(12):
        print(f"  {count:6d} {level:8} {message}")


if __name__ == "__main__":
    main()
