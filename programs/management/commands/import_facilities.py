import datetime
import time

from django.core.management.base import BaseCommand, CommandError

from programs.centers.importers import runs
from programs.centers.importers.closing import ClosingRefused
from programs.centers.importers.facilities import EmptyDictionary, facilities_import
from programs.centers.importers.rows import UnreadableFile

COMMAND = "manage.py import_facilities"


def iso_date(value):
    try:
        return datetime.date.fromisoformat(value)
    except ValueError:
        raise CommandError(f"--verified must be a date like 2022-01-01, not “{value}”.") from None


def _options(verified, close_missing, force):
    """The options that shaped the run, as the import log shows them."""
    given = [flag for flag, on in (("--close-missing", close_missing), ("--force", force)) if on]
    return " ".join([*given, *([f"--verified {verified.isoformat()}"] if verified else [])])


def _centers(count):
    return f"{count:,} demonstration center{'' if count == 1 else 's'}"


class Command(BaseCommand):
    help = (
        "Import treatment centers from SAMHSA National Directory CSV files "
        "(national-directory-2022-sa.csv, ...-mh.csv, plain or .gz: give both in one run "
        "so a facility listed in both becomes one center) and/or FindTreatment.gov JSON "
        "pages. Re-running with the same files writes nothing. Demonstration centers are "
        "removed first. Run import_service_codes first. Every run but a dry run is logged "
        "(admin: Directory imports)."
    )

    def add_arguments(self, parser):
        parser.add_argument("paths", nargs="+", metavar="PATH")
        parser.add_argument(
            "--verified",
            type=iso_date,
            help="Last-verified date for every row (YYYY-MM-DD). Default: 1 January of "
            "the directory's year for CSV files, today for JSON.",
        )
        parser.add_argument("--dry-run", action="store_true", help="Report, then roll back.")
        parser.add_argument(
            "--close-missing",
            action="store_true",
            help="The files are a complete national release (for directory CSV: the SA and "
            "the MH file of one year): close, never delete, the open centers of their "
            "source that they no longer list. Refused when that would close more than 15%% "
            "of them.",
        )
        parser.add_argument(
            "--force", action="store_true", help="With --close-missing: close them however many."
        )
        parser.add_argument(
            "--run-by",
            default="",
            metavar="TEXT",
            help="Who or what runs the import (e.g. “make run”, “nightly cron”), for the "
            "import log; the system user is recorded too.",
        )

    def handle(self, *args, paths, verified, dry_run, verbosity, close_missing, force, run_by, **options):
        if force and not close_missing:
            raise CommandError("--force only makes sense with --close-missing.")
        started = time.monotonic()
        progress = self.stdout.write if verbosity >= 1 else None
        try:
            report = facilities_import(
                paths=paths,
                verified=verified,
                dry_run=dry_run,
                progress=progress,
                close_missing=close_missing,
                force=force,
                run_by=runs.run_by(COMMAND, run_by),
                options=_options(verified, close_missing, force),
            )
        except (OSError, EOFError, UnreadableFile, EmptyDictionary, ClosingRefused) as error:
            raise CommandError(str(error)) from None
        self._details(report, verbosity)
        self._summary(report, time.monotonic() - started)
        self._closures(report, close_missing)
        if report.run is not None:
            self.stdout.write(f"Logged as import run {report.run.pk} (admin: Directory imports).")

    def _details(self, report, verbosity):
        if verbosity >= 1:
            for problem in report.skipped:
                self.stderr.write(f"Skipped {problem}")
        if verbosity >= 2:
            for where, field, raw in report.bad_phones:
                self.stdout.write(f"  {where}: {field} “{raw}” is not a phone number; stored blank")
            for where, raw in report.bad_websites:
                self.stdout.write(f"  {where}: website “{raw}” is not an address; stored blank")

    def _summary(self, report, seconds):
        write = self.stdout.write
        if report.dry_run:
            write("Dry run: nothing was saved.")
        if report.demo_removed:
            write(f"Removed {_centers(report.demo_removed)} before importing SAMHSA's directory.")
        counts = (
            f"{report.created:,} created, {report.updated:,} updated, "
            f"{report.unchanged:,} unchanged, {len(report.skipped):,} skipped "
            f"(from {report.rows_read:,} rows in {seconds:.1f} s)."
        )
        if report.wrote_nothing:
            write(f"Centers already up to date: nothing written. {counts}")
        else:
            write(self.style.SUCCESS(f"Centers: {counts}"))
        write(
            f"{report.merged:,} rows joined a facility from the other directory; "
            f"{report.approximate:,} centers placed at their ZIP code center; "
            f"{report.services_linked:,} service links written."
        )
        self._data_notes(report)
        self._unmapped(report)

    def _data_notes(self, report):
        if report.bad_phones or report.bad_websites:
            self.stdout.write(
                f"Phone numbers that are not numbers, stored blank: {len(report.bad_phones):,}; "
                f"websites stored blank: {len(report.bad_websites):,} (--verbosity 2 lists them)."
            )
        if report.extensions_kept:
            self.stdout.write(f"Extensions kept with their numbers: {report.extensions_kept:,}.")
        if report.narrowed:
            self.stdout.write(
                self.style.WARNING(
                    f"{report.narrowed:,} centers listed in both directories now have only one "
                    "directory's services: import the SA and MH files together, in one run."
                )
            )

    def _closures(self, report, close_missing):
        if not (close_missing or report.closed or report.reopened or report.left_closed):
            return
        would = "would be " if report.dry_run else ""
        self.stdout.write(
            f"Closures: {report.closed:,} {would}closed (no longer listed), {report.reopened:,} "
            f"{would}reopened (listed again after an import closed them), {report.left_closed:,} "
            "left closed (listed again, but closed by an editor or a verification call)."
        )

    def _unmapped(self, report):
        if not report.unmapped:
            self.stdout.write("Every service code and name was mapped.")
            return
        self.stdout.write(
            self.style.WARNING(
                f"Services not in the dictionary ({len(report.unmapped)} wordings, left off "
                "the centers; add an alias to map one):"
            )
        )
        for wording, rows in report.unmapped.most_common():
            self.stdout.write(f"  {rows:>6,}  {wording}")
