"""The shape of the commands that delete personal data once its time is up
(`purge_callbacks`, `purge_update_requests`): one setting gives the days,
`--dry-run` only counts, and the output says how many and how old."""

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError


class PurgeCommand(BaseCommand):
    setting = ""  # the name of the setting that holds the retention in days
    things = ""  # what is deleted, e.g. "callback request(s)"

    def purge(self, *, older_than_days: int, dry_run: bool) -> int:
        raise NotImplementedError

    def add_arguments(self, parser):
        parser.add_argument(
            "--dry-run", action="store_true", help="Count what would be deleted; delete nothing."
        )

    def handle(self, *args, dry_run, verbosity, **options):
        days = getattr(settings, self.setting)
        if days < 1:
            raise CommandError(f"{self.setting} must be at least 1, not {days}.")
        count = self.purge(older_than_days=days, dry_run=dry_run)
        if verbosity < 1:
            return
        if dry_run:
            self.stdout.write(
                f"Would delete {count} {self.things} older than {days} days (dry run: nothing deleted)."
            )
        else:
            self.stdout.write(self.style.SUCCESS(f"Deleted {count} {self.things} older than {days} days."))
