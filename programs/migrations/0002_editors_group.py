"""The Editors group: edit every piece of site content, manage no users."""

from django.db import migrations

from programs.migrations._editors import EDITORS, grant

CONTENT_MODELS = [
    "article",
    "section",
    "sectionitem",
    "keyfigure",
    "citation",
    "helplinenumber",
    "routingpartner",
    "disclosure",
]


def remove_editors(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name=EDITORS).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("programs", "0001_initial"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(grant(CONTENT_MODELS), remove_editors)]
