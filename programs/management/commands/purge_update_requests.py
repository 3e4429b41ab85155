from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from programs.centers.services import update_requests_purge


class Command(BaseCommand):
    help = (
        "Delete centers' “update this listing” requests (with their sender's name and "
        "contact) older than LISTING_UPDATE_RETENTION_DAYS (default 90), answered or not, "
        "and say how many. Run it daily (see the README). Editors' verification calls stay."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--dry-run", action="store_true", help="Count what would be deleted; delete nothing."
        )

    def handle(self, *args, dry_run, verbosity, **options):
        days = settings.LISTING_UPDATE_RETENTION_DAYS
        if days < 1:
            raise CommandError(f"LISTING_UPDATE_RETENTION_DAYS must be at least 1, not {days}.")
        count = update_requests_purge(older_than_days=days, dry_run=dry_run)
        if verbosity < 1:
            return
        if dry_run:
            self.stdout.write(
                f"Would delete {count} update request(s) older than {days} days (dry run: nothing deleted)."
            )
        else:
            self.stdout.write(
                self.style.SUCCESS(f"Deleted {count} update request(s) older than {days} days.")
            )
