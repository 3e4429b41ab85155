from django.core.management.base import BaseCommand

from programs import fallback


class Command(BaseCommand):
    help = (
        "Write the active helplines from the database to the settings fallback file "
        "(HELPLINE_FALLBACK_FILE) that error pages read when the database is down."
    )

    def handle(self, *args, **options):
        lines = fallback.write()
        self.stdout.write(f"Wrote {len(lines)} helpline(s) to the fallback file.")
