"""pages.py's throughput: one page under load from wrk or Python threads for a
few seconds, a page's rounds combined, and the table of ratios to /healthz."""

import http.client
import os
import re
import statistics
import subprocess
import threading
import time
from collections import Counter

from support.figures import percentile
from support.server import HOST

TARGETS = {"article": 0.7, "center page": 0.6, "finder search": 0.3}


def wrk_version(wrk):
    result = subprocess.run([wrk, "--version"], capture_output=True, text=True, check=False, timeout=30)
    return (result.stdout + result.stderr).splitlines()[0].split(" Copyright")[0].strip()


def run_wrk(wrk, port, path, seconds, connections):
    """Requests per second and latency from wrk; its own text is parsed."""
    threads = max(1, min(2, connections))
    result = subprocess.run(
        [
            wrk,
            f"-t{threads}",
            f"-c{connections}",
            f"-d{seconds:g}s",
            "--timeout",
            "30s",
            "--latency",
            "-H",
            f"Host: {HOST}",
            f"http://{HOST}:{port}{path}",
        ],
        capture_output=True,
        text=True,
        check=True,
        timeout=seconds + 60,
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
        "duration": (
            float(duration[1]) * {"ms": 0.001, "s": 1.0, "m": 60.0}[duration[2]] if duration else seconds
        ),
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
    for thread in threads:  # each stops at the deadline, after at most one request's timeout
        thread.join(timeout=max(0.0, deadline + 60 - time.monotonic()))
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


def print_throughput(results, rounds):
    """One row a page: req/s, the spread of rounds, the ratio to /healthz and its target."""
    base = results["/healthz (baseline)"]["rps"]
    print(
        f"{'page':20} {'req/s':>7} {'rounds min-max':>15} {'ratio':>6} {'target':>7} {'':7} "
        f"{'p50 ms':>7} {'p99 ms':>7} {'requests':>8} {'non-2xx/3xx':>11} {'sock err':>8} "
        f"{'restarts':>8} {'others':>6}"
    )
    for label, row in results.items():
        ratio = row["rps"] / base if base else 0
        target = TARGETS.get(label)
        verdict = "" if target is None else ("met" if ratio >= target else "NOT met")
        p50 = f"{row['p50']:7.1f}" if row["p50"] is not None else f"{'-':>7}"
        p99 = f"{row['p99']:7.1f}" if row["p99"] is not None else f"{'-':>7}"
        print(
            f"{label:20} {row['rps']:7.1f} {row['low']:7.0f}-{row['high']:<7.0f} {ratio:6.2f} "
            f"{'>= ' + str(target) if target else '':>7} {verdict:7} {p50} {p99} "
            f"{row['requests']:8d} {row['non2xx3xx']:11d} {row['socket_errors']:8d} "
            f"{row['restarts']:8d} {row['others']:6.2f}"
        )
    print(
        f"req/s = all requests / all seconds over the {rounds} rounds; ratio = req/s / {base:.1f} "
        f"(/healthz); p50 = median of the rounds' p50, p99 = worst round's p99;"
    )
    print(
        f"restarts = workers gunicorn started meanwhile (max_requests, see iop_site/gunicorn.conf.py); "
        f"others = CPU cores (of {os.cpu_count()}) used by other processes on the machine meanwhile"
    )
