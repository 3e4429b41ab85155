from django.core.management.base import BaseCommand, CommandError

from programs.centers.importers.demo import RealCentersPresent, demo_centers_load


class Command(BaseCommand):
    help = (
        "Create the fictional demonstration centers (marked “demonstration”, phone "
        "numbers in 555-0100 to 555-0199) so the finder can be tried without SAMHSA's "
        "files. Adds the few service codes they use if the dictionary lacks them. "
        "Running it again changes nothing. Refused when the database holds imported "
        "centers: demonstration and real listings are never mixed."
    )

    def handle(self, *args, verbosity, **options):
        try:
            report, services_added = demo_centers_load()
        except RealCentersPresent as error:
            raise CommandError(str(error)) from None
        if services_added and verbosity >= 1:
            self.stdout.write(f"Added {services_added} service codes the demo centers use.")
        if report.wrote_nothing:
            self.stdout.write(f"Demo centers already loaded: nothing changed ({report.unchanged} kept).")
        else:
            self.stdout.write(
                self.style.SUCCESS(
                    f"Demo centers: {report.created} created, {report.updated} updated, "
                    f"{report.unchanged} unchanged."
                )
            )
