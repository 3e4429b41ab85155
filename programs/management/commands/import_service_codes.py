from django.core.management.base import BaseCommand, CommandError

from programs.centers.importers.rows import UnreadableFile
from programs.centers.importers.service_codes import service_codes_import


class Command(BaseCommand):
    help = (
        "Load SAMHSA's service-code reference (service-codes-2022.csv, and/or the "
        "-sa/-mh files that carry descriptions; plain or .gz) into the service dictionary, then add "
        "the curated aliases for older wording. Re-running changes nothing that is "
        "already right, and never overwrites a description an editor wrote."
    )

    def add_arguments(self, parser):
        parser.add_argument("paths", nargs="+", metavar="PATH")
        parser.add_argument("--dry-run", action="store_true", help="Report, then roll back.")

    def handle(self, *args, paths, dry_run, verbosity, **options):
        try:
            progress = self.stdout.write if verbosity >= 1 else None
            report = service_codes_import(paths=paths, dry_run=dry_run, progress=progress)
        except (OSError, EOFError, UnreadableFile) as error:
            raise CommandError(str(error)) from None
        for problem in report.problems:
            self.stderr.write(f"Skipped {problem}")
        if verbosity >= 2:
            for code in report.created:
                self.stdout.write(f"  created {code}")
            for code in report.updated:
                self.stdout.write(f"  updated {code}")
        self.stdout.write(self._summary(report, dry_run))

    def _summary(self, report, dry_run):
        prefix = "Dry run, nothing saved. " if dry_run else ""
        if not report.changed_anything:
            return (
                f"{prefix}Service dictionary already up to date: nothing changed "
                f"({report.unchanged} rows checked)."
            )
        return self.style.SUCCESS(
            f"{prefix}Service codes: {len(report.created)} created, {len(report.updated)} "
            f"updated, {report.unchanged} unchanged; {report.categories_created} new "
            f"categories; {report.aliases_added} aliases added; "
            f"{len(report.problems)} rows skipped."
        )
