"""Figures: how many of the listed 2022 centers show each sign of quality
(programs/centers/quality.py), on the full directory in var/bench.sqlite3.

Reads only: the database must exist already (bench/finder_search.py or
bench/sitemap.py import it). A center shows a sign when any one of the
sign's SAMHSA codes is among its answers, as on its page and in the finder.

Usage: .venv/bin/python bench/quality_signs.py [--database FILE]
"""

import argparse
import os
import sys
from pathlib import Path

from support.site import DEFAULT_DATABASE, ROOT, environment


def arguments():
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--database", type=Path, default=DEFAULT_DATABASE)
    return parser.parse_args()


def setup(database):
    if not database.exists():
        raise SystemExit(f"{database} not found: run bench/finder_search.py first to import the directory")
    sys.path.insert(0, str(ROOT))
    os.environ.update(environment(database))
    import django

    django.setup()


def counts():
    """(sign title, centers showing it, listed centers), one query per sign."""
    from programs.centers import quality
    from programs.models import TreatmentCenter

    total = TreatmentCenter.objects.listed().count()
    rows = []
    for sign in quality.SIGNS:
        # The same OR the finder builds for a filter, for every sign.
        centers = TreatmentCenter.objects.listed().filter(quality.any_answer(sign.codes))
        rows.append((sign.title, centers.count(), total))
    return rows


def main():
    args = arguments()
    setup(args.database)
    rows = counts()
    print(f"Signs of quality on {args.database.name} ({rows[0][2]:,} listed centers)")
    width = max(len(title) for title, _, _ in rows)
    for title, count, total in rows:
        print(f"  {title:<{width}}  {count:>6,} / {total:,}  {100 * count / total:5.1f}%")


if __name__ == "__main__":
    main()
