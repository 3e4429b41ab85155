from django.core.management.base import BaseCommand

from programs.calls.services import helpline_fallback_write


class Command(BaseCommand):
    help = (
        "Write the active helplines from the database to the settings fallback file "
        "(HELPLINE_FALLBACK_FILE) that error pages read when the database is down."
    )

    def handle(self, *args, **options):
        lines = helpline_fallback_write()
        self.stdout.write(f"Wrote {len(lines)} helpline(s) to the fallback file.")
