"""Figures every benchmark prints: percentiles, and gunicorn's log in a few lines."""

import re
import statistics
from collections import Counter
from pathlib import Path

from support.site import ROOT


def percentile(ordered, q):
    """Nearest rank in the sorted list `ordered`."""
    return ordered[max(0, round(q * len(ordered)) - 1)]


def spread(times):
    """(p50, p95, max) of `times`: the median, and p95 by nearest rank."""
    ordered = sorted(times)
    return statistics.median(ordered), percentile(ordered, 0.95), ordered[-1]


def summarise_log(path):
    """gunicorn's and Django's warnings and errors, counted by message."""
    counts = Counter()
    tracebacks = 0
    for line in Path(path).read_text(encoding="utf-8", errors="replace").splitlines():
        if line.startswith("Traceback"):
            tracebacks += 1
        match = re.match(r"\[[^]]+\] \[\d+\] \[(WARNING|ERROR|CRITICAL)\] (.*)", line) or re.match(
            r"\S+ \S+ (WARNING|ERROR|CRITICAL) (\S+ .*)", line
        )
        if match:
            counts[(match[1], re.sub(r"\d+", "N", match[2])[:110])] += 1
    return counts, tracebacks


def print_log_summary(log_path):
    """gunicorn's log in a few lines: warnings and errors by message, tracebacks."""
    counts, tracebacks = summarise_log(log_path)
    print(
        f"server log {log_path.relative_to(ROOT)}: {sum(counts.values())} warnings/errors, "
        f"{tracebacks} tracebacks"
    )
    for (level, message), count in counts.most_common(12):
        print(f"  {count:6d} {level:8} {message}")
