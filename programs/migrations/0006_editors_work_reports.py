"""Editors work through visitors' incorrect-information reports."""

from django.db import migrations

from programs.migrations._editors import grant, revoke

REPORT_MODELS = ["listingreport"]


class Migration(migrations.Migration):
    dependencies = [("programs", "0005_listing_reports")]

    operations = [migrations.RunPython(grant(REPORT_MODELS), revoke(REPORT_MODELS))]
