from programs.callbacks.services import callback_requests_purge
from programs.management.purge import PurgeCommand


class Command(PurgeCommand):
    help = (
        "Delete callback requests older than CALLBACK_RETENTION_DAYS (default 30), "
        "whatever their status, and say how many. Run it daily (see the README)."
    )
    setting = "CALLBACK_RETENTION_DAYS"
    things = "callback request(s)"

    def purge(self, *, older_than_days, dry_run):
        return callback_requests_purge(older_than_days=older_than_days, dry_run=dry_run)
