"""Writes: SAMHSA facility files (National Directory CSV, FindTreatment.gov
JSON) into TreatmentCenter, as one transaction.

Decisions, for whoever reads the summary and wonders:
- Identity. A FindTreatment row is keyed by its `frid`. A directory row has
  no id: it is keyed by name1, name2 (as listed, even when they are one
  name cut in two: cleaning.facility_names), street (both lines) and ZIP,
  normalised (see cleaning.directory_key). The same key in the SA and the MH
  file is one facility: one center with both sets of services, type “both”.
  The same key twice in one directory is a duplicate: the later row is
  skipped and reported.
- A bad row is skipped whole and reported with its file, row and reason: no
  name, city, state or ZIP; malformed coordinates; no coordinates and a ZIP
  the ZIP table does not know (a row with coordinates keeps an unknown ZIP);
  an unknown facility type; services of which none is in the dictionary.
- Service codes or names the dictionary (and its aliases) cannot map are
  left off the center and counted in the summary; the row is imported with
  the services that did map, so one renamed wording never hides a center.
- Phone numbers that do not parse are stored blank and counted; extensions
  are not kept (the stored form is E.164). A website without a scheme gets
  “http://”; one that is still not an address is stored blank and counted.
- last_verified: a directory row gets 1 January of the directory's year
  (the year in the file name: the data is at least that old, and SAMHSA
  gives no day); a FindTreatment row the import date. --verified overrides
  both. A date that merely defaulted to today is not, alone, a change: it is
  written with the center's next real change, so re-importing is a no-op.
- Imports own the fields their source provides. Description, photo, slug
  and sponsorship belong to editors and are never changed, nor is status
  except as `closing` decides (only what an import closed is reopened);
  directory files have no website or hotline, so those are left alone too.
- Demonstration centers are removed by the first import that has rows to
  write: the finder never mixes them with real listings.
- Closing centers a complete release leaves out (--close-missing), and
  reopening those it lists again: see `closing`. Every run but a dry run is
  logged as an ImportRun: see `runs`.
"""

import datetime
import hashlib
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from django.db import transaction
from django.utils import timezone

from programs.centers.importers import (
    cleaning,
    closing,
    directory_csv,
    findtreatment_json,
    formats,
    runs,
)
from programs.centers.importers.cleaning import BadRow
from programs.centers.importers.dictionary import ServiceLookup
from programs.centers.importers.records import center_record
from programs.centers.importers.report import ImportReport
from programs.centers.importers.rows import Problem, UnreadableFile
from programs.centers.importers.upsert import upsert_centers
from programs.models import TreatmentCenter
from programs.web import page_cache

PROGRESS_EVERY = 2000
KEY_LENGTH = TreatmentCenter._meta.get_field("source_key").max_length


class EmptyDictionary(RuntimeError):
    pass


@dataclass
class SourceFile:
    """One file of the run, with the reader and the dates that apply to it."""

    path: str
    read: Callable
    verified: datetime.date
    verified_is_import_date: bool = False


def facilities_import(
    *,
    paths: Sequence[str | Path],
    verified: datetime.date | None = None,
    dry_run: bool = False,
    progress: Callable[[str], None] | None = None,
    close_missing: bool = False,
    force: bool = False,
    run_by: str | None = None,
    options: str = "",
) -> ImportReport:
    """Import every file in `paths` in one transaction; return an ImportReport.

    `close_missing` closes the centers of the files' sources that they no
    longer list (`force`: even more than closing.MAX_SHARE of them). Raises
    closing.ClosingRefused, having written nothing, when that is refused.
    With `run_by` (who or what runs it; the command always says) and
    `options`, a run that is not a dry run is logged as an ImportRun in the
    same transaction; without, as from a test or the shell, it is not.
    """
    say = progress or (lambda message: None)
    started_at = timezone.now()
    lookup = ServiceLookup()
    if not lookup:
        raise EmptyDictionary(
            "The service dictionary is empty. Load it first: "
            "manage.py import_service_codes service-codes-2022.csv"
        )
    files = [_source_file(path, verified) for path in paths]
    if close_missing:
        closing.refuse_incomplete_release(files)
    facts = runs.file_facts(paths) if run_by and not dry_run else []
    report, listed = ImportReport(dry_run=dry_run), set()
    started = time.monotonic()
    records = _read_records(files, lookup, report, say, listed)
    say(f"Read {report.rows_read:,} rows in {time.monotonic() - started:.1f} s.")
    with transaction.atomic():
        # Refused before anything is written.
        absent = closing.absent_centers(records.values(), listed, force=force) if close_missing else []
        if records:
            report.demo_removed = _remove_demo_centers()
        upsert_centers(records.values(), report=report, progress=say)
        closing.reopen_listed(records, report=report)
        closing.close(absent, report=report)
        if dry_run:
            transaction.set_rollback(True)
        elif run_by:
            report.run = runs.log_run(
                report, started_at=started_at, run_by=run_by, options=options, files=facts
            )
    return report


def _source_file(path, verified):
    kind = formats.detect(path)
    if kind == formats.FINDTREATMENT_JSON:
        today = timezone.localdate()
        return SourceFile(path, findtreatment_json.read, verified or today, verified is None)
    if kind == formats.DIRECTORY_CSV:
        year = directory_csv.year_of(path)
        if verified is None and year is None:
            raise UnreadableFile(
                f"{path}: no year in the file name, so no default last-verified date. "
                "Give one with --verified YYYY-MM-DD."
            )
        return SourceFile(path, directory_csv.read, verified or datetime.date(year, 1, 1))
    raise UnreadableFile(f"{path}: a service-code reference. Load it with import_service_codes.")


def _read_records(files, lookup, report, say, listed):
    """Every good row as a CenterRecord, merged by key, in file order; the
    key of every row that has one, good or bad, added to `listed`."""
    records = {}
    for source_file in files:
        say(f"Reading {Path(source_file.path).name}…")
        for row in source_file.read(source_file.path):
            report.rows_read += 1
            if report.rows_read % PROGRESS_EVERY == 0:
                say(f"  {report.rows_read:,} rows read…")
            if isinstance(row, Problem):
                report.skip(row)
                continue
            try:
                key = _key(row)
                listed.add(key)
                _refuse_duplicate(records.get(key), row)
                _add(records, center_record(row, key, lookup, source_file, report), report)
            except BadRow as problem:
                report.skip(Problem(row.file, row.row, str(problem)))
    for record in records.values():
        record.fields["facility_type"] = _facility_type(record.directories)
        report.approximate += record.fields["location_is_approximate"]
    return records


def _remove_demo_centers():
    """Demonstration listings are never shown beside real ones (DESIGN.md,
    rule 8): a real import replaces them. Returns how many were removed."""
    demo = TreatmentCenter.objects.filter(is_demo=True)
    count = demo.count()
    if count:
        demo.delete()
        transaction.on_commit(page_cache.bump)
    return count


def _key(row):
    """The source's id, or the directory key (which needs a name and a ZIP)."""
    if row.key:
        return row.key
    if not row.name:
        raise BadRow("no name")
    zip5 = cleaning.zip5(row.zip)
    name1, name2 = row.listed_names or (row.name, row.program_name)
    return _fit(cleaning.directory_key(name1, name2, row.street1, row.street2, zip5))


def _refuse_duplicate(first, row):
    """The same key twice in one directory is a duplicate listing, not a merge."""
    if first is not None and row.directory in first.directories:
        same = "FindTreatment id" if row.key else "name, program, street and ZIP"
        raise BadRow(f"same facility as {first.origin} (same {same})")


def _fit(key):
    """Keys longer than the column keep their start and gain a digest."""
    if len(key) <= KEY_LENGTH:
        return key
    return f"{key[: KEY_LENGTH - 41]}#{hashlib.sha1(key.encode()).hexdigest()}"


def _add(records, record, report):
    """Add `record`, or merge it into the same facility from the other directory."""
    first = records.get(record.key)
    if first is None:
        records[record.key] = record
        return
    _merge(first, record)
    report.merged += 1


def _merge(first, other):
    """The first row's values win; blanks are filled from the other; services
    add up; an exact location beats a ZIP centre; the later date wins."""
    for name, value in other.fields.items():
        if first.fields.get(name) in ("", None):
            first.fields[name] = value
    if first.fields["location_is_approximate"] and not other.fields["location_is_approximate"]:
        for name in ("latitude", "longitude", "location_is_approximate"):
            first.fields[name] = other.fields[name]
    first.fields["last_verified"] = max(first.fields["last_verified"], other.fields["last_verified"])
    first.codes |= other.codes
    first.soft_fields &= other.soft_fields
    first.directories.append(other.directories[0])


def _facility_type(directories):
    if {"SA", "MH"} <= set(directories):
        return TreatmentCenter.FacilityType.BOTH
    return directories[0]
