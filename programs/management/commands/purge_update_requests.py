from programs.centers.services import update_requests_purge
from programs.management.purge import PurgeCommand


class Command(PurgeCommand):
    help = (
        "Delete centers' “update this listing” requests (with their sender's name and "
        "contact) older than LISTING_UPDATE_RETENTION_DAYS (default 90), answered or not, "
        "and say how many. Run it daily (see the README). Editors' verification calls stay."
    )
    setting = "LISTING_UPDATE_RETENTION_DAYS"
    things = "update request(s)"

    def purge(self, *, older_than_days, dry_run):
        return update_requests_purge(older_than_days=older_than_days, dry_run=dry_run)
