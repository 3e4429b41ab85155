"""Writes: what a release says about a center by leaving it out, or by
listing it again. Called by `facilities.facilities_import`, inside its
transaction.

Decisions:
- Closing only on request (--close-missing), for a complete national
  release: a center is marked closed, never deleted, so its page can answer
  “gone” and a later release can list it again.
- “Of that source”: the source with its year dropped, so a 2023 release
  closes the “SAMHSA National Directory 2022” centers it no longer lists,
  and a FindTreatment.gov run only FindTreatment.gov centers. Demonstration
  centers and centers editors added are never closed.
- “Listed” means a row with a key, imported or skipped as bad: a row that
  could not be read leaves its center as it was, open or closed.
- A facility can be listed in the SA directory, the MH one or both, so a
  directory run closes nothing unless it holds both files of its year.
- More than 15% of a source's open centers absent at once is more likely a
  partial or broken file than a wave of closures: refused without --force.
- A center an import closed is reopened when a release lists it again; one
  closed by an editor or a verification call stays closed (and is counted),
  whatever the files say.
"""

import re
from collections import defaultdict

from django.db import transaction
from django.utils import timezone

from programs.centers.importers import directory_csv
from programs.models import TreatmentCenter
from programs.web import page_cache

MAX_SHARE = 0.15
CHUNK = 1000  # SQLite caps the parameters of one query
BOTH_DIRECTORIES = frozenset({"SA", "MH"})
YEAR_AT_END = re.compile(r"\s*\b(?:19|20)\d\d$")
Status, ClosedBy = TreatmentCenter.Status, TreatmentCenter.ClosedBy


class ClosingRefused(RuntimeError):
    """Closing would be wrong or too big to trust; the message says why and what to do."""


def source_family(source):
    """The source without its year: “SAMHSA National Directory 2022” ->
    “SAMHSA National Directory”."""
    return YEAR_AT_END.sub("", source)


def refuse_incomplete_release(source_files):
    """Raise ClosingRefused unless each directory year of the run has both files."""
    directories = defaultdict(set)
    for source_file in source_files:
        if source_file.read is directory_csv.read:
            path = source_file.path
            directories[directory_csv.year_of(path)].add(directory_csv.directory_of(path))
    for year, found in directories.items():
        missing = sorted(BOTH_DIRECTORIES - found)
        if missing:
            release = f"the {year} release" if year else "this release"
            raise ClosingRefused(
                f"--close-missing needs both directories of {release} in one run, and the "
                f"{' and '.join(missing)} file is missing. A facility may be listed in one "
                "directory only, so closing with one file would close every facility the other "
                "lists. Nothing was written. Give national-directory-YEAR-sa.csv and "
                "national-directory-YEAR-mh.csv together."
            )


def absent_centers(records, listed, *, force=False):
    """The ids of the open centers, of the sources of `records`, whose key is
    not in `listed`. Raises ClosingRefused when they are too many and not `force`."""
    absent = []
    for family in sorted({source_family(record.fields["source"]) for record in records}):
        open_centers = _open_centers_of(family)
        missing = [pk for pk, key in open_centers if key not in listed]
        if not force:
            _refuse_too_many(family, len(missing), len(open_centers))
        absent += missing
    return absent


def _open_centers_of(family):
    """(id, key) of every open center of the family that an import wrote."""
    centers = TreatmentCenter.objects.real().listed().filter(source__startswith=family)
    return list(centers.exclude(source_key__startswith="editor:").values_list("pk", "source_key"))


def _refuse_too_many(family, absent, open_count):
    if not open_count or absent / open_count <= MAX_SHARE:
        return
    raise ClosingRefused(
        f"--close-missing would close {absent:,} of the {open_count:,} open centers from "
        f"{family} ({absent / open_count:.1%}), more than the {MAX_SHARE:.0%} one complete "
        "release should drop. Nothing was written. If the files are partial, import them "
        "without --close-missing; if the closures are real, run again with --force."
    )


def close(ids, *, report):
    """Mark the centers closed by an import, today; count them in `report`."""
    _update(ids, status=Status.CLOSED, closed_on=timezone.localdate(), closed_by=ClosedBy.IMPORT)
    report.closed = len(ids)


def reopen_listed(keys, *, report):
    """Reopen the closed centers of `keys` that an import closed; count, and
    leave closed, those an editor or a call closed."""
    closed = TreatmentCenter.objects.real().filter(status=Status.CLOSED)
    found = [(pk, by) for pk, key, by in closed.values_list("pk", "source_key", "closed_by") if key in keys]
    reopen = [pk for pk, by in found if by == ClosedBy.IMPORT]
    _update(reopen, status=Status.OPEN, closed_on=None, closed_by=ClosedBy.NOT_CLOSED)
    report.reopened, report.left_closed = len(reopen), len(found) - len(reopen)


def _update(ids, **values):
    if not ids:
        return
    now = timezone.now()
    for start in range(0, len(ids), CHUNK):
        TreatmentCenter.objects.filter(pk__in=ids[start : start + CHUNK]).update(updated_at=now, **values)
    # Bulk writes send no model signals: mark cached pages stale ourselves, on commit.
    transaction.on_commit(page_cache.bump)
