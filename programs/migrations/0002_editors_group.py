"""The Editors group: edit every piece of site content, manage no users.

Permissions are normally created after all migrations run, so create this
app's first; the group then gets add/change/delete/view on each content model.
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations

EDITORS = "Editors"
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


def grant_editors(apps, schema_editor):
    app_config = apps.get_app_config("programs")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None

    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group, _ = Group.objects.get_or_create(name=EDITORS)
    group.permissions.add(
        *Permission.objects.filter(
            content_type__app_label="programs", content_type__model__in=CONTENT_MODELS
        )
    )


def remove_editors(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name=EDITORS).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("programs", "0001_initial"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(grant_editors, remove_editors)]
