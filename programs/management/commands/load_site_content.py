from django.core.management.base import BaseCommand

from programs.content.services import site_content_load


class Command(BaseCommand):
    help = (
        "Create the site's starting content (the IOP article, helplines, partners, "
        "disclosures) where it is missing. Existing content is never changed, so "
        "running it again is safe and keeps editors' work."
    )

    def handle(self, *args, **options):
        report = site_content_load()
        if options["verbosity"] >= 2:
            for line in report.created:
                self.stdout.write(f"  created {line}")
            for line in report.kept:
                self.stdout.write(f"  kept    {line}")
            for line in report.spanish:
                self.stdout.write(f"  Spanish {line}")
        if report.spanish:
            self.stdout.write(f"Spanish text filled in where it was empty: {len(report.spanish)} item(s).")
        if report.created:
            self.stdout.write(
                self.style.SUCCESS(
                    f"Site content: created {len(report.created)} item(s), kept {len(report.kept)} existing."
                )
            )
        else:
            self.stdout.write(
                f"Site content already loaded: nothing changed ({len(report.kept)} item(s) kept as they are)."
            )
