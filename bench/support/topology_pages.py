"""bench/topology.py's step 4: requests per second through nginx for each
page beside /healthz, in interleaved rounds; the article's bytes on the wire
as each encoding is asked for; a static file as nginx serves it."""

import re

import zipcodes

from support import topology_load
from support.client import Visitor
from support.server import machine_busy_seconds
from support.site import ARTICLE, RADII, search_urls
from support.visitors import center_urls

STYLESHEET = re.compile(
    r'<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"|<link[^>]+href="([^"]+)"[^>]+rel="stylesheet"'
)


def searches(plan, count, seed=42):
    """Searches nobody made before: distinct ZIP codes and radii (real
    facilities' ZIP codes with the full directory, any U.S. ZIP with the demo)."""
    if not plan.demo:
        return search_urls(plan.data, count, seed=seed)
    codes = [z["zip_code"] for z in zipcodes.list_all() if z["active"] and z["zip_code_type"] == "STANDARD"]
    urls = [f"/treatment-centers/?location={code}&radius={radius}" for radius in RADII for code in codes]
    return urls[:count]


def centers(env, count=500):
    every = center_urls(env)
    step = max(1, len(every) // count)
    return every[::step][:count]


def throughput(port, pages, seconds, rounds, connections):
    """{label: summary} for `pages` ({label: chooser}), `seconds` each over `rounds` interleaved rounds."""
    measured = {label: [] for label in pages}
    busy = dict.fromkeys(pages, 0.0)
    for _round in range(rounds):
        for label, choose in pages.items():
            before = machine_busy_seconds()
            records, elapsed, _ = topology_load.run(port, choose, seconds / rounds, connections)
            busy[label] += machine_busy_seconds() - before
            measured[label].append((records, elapsed))
    results = {}
    for label, runs in measured.items():
        records = [r for run, _elapsed in runs for r in run]
        elapsed = sum(elapsed for _run, elapsed in runs)
        results[label] = topology_load.summary(records, elapsed) | {"busy_cores": busy[label] / elapsed}
    return results


def fixed(path):
    return lambda: ("fixed", path)


def wire_bytes(port, path=ARTICLE):
    """[(asked, bytes received, Content-Encoding, X-Cache-Status)] for one page."""
    rows = []
    for asked in ("identity", "gzip", "br"):
        answer = Visitor(port).get(path, headers={"Accept-Encoding": asked})
        rows.append(
            (
                asked,
                len(answer.body),
                answer.headers.get("Content-Encoding", "none"),
                answer.headers.get("X-Cache-Status", "-"),
            )
        )
    return rows


def static_file(port):
    """The article's stylesheet through nginx, twice per encoding: what came back."""
    page = Visitor(port).get(ARTICLE).text
    match = STYLESHEET.search(page)
    if not match:
        return None, []
    path = match[1] or match[2]
    rows = []
    for asked in ("br", "gzip"):
        for attempt in ("first", "again"):
            answer = Visitor(port).get(path, headers={"Accept-Encoding": asked})
            rows.append(
                (
                    asked,
                    attempt,
                    answer.status,
                    len(answer.body),
                    answer.headers.get("Content-Encoding", "none"),
                    answer.headers.get("X-Cache-Status", "-"),
                    answer.headers.get("Cache-Control", "-"),
                )
            )
    return path, rows
