"""Editors also keep the treatment-center finder current: centers and the
service dictionary."""

from django.db import migrations

from programs.migrations._editors import grant, revoke

CENTER_MODELS = ["treatmentcenter", "service", "servicecategory", "servicealias"]


class Migration(migrations.Migration):
    dependencies = [("programs", "0003_centers")]

    operations = [migrations.RunPython(grant(CENTER_MODELS), revoke(CENTER_MODELS))]
