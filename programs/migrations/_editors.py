"""Shared by the data migrations that give the Editors group permissions.

Django creates permissions only after every migration has run, so each
migration creates this app's permissions first. (Modules whose names start
with an underscore are not migrations.)"""

from django.contrib.auth.management import create_permissions

EDITORS = "Editors"


def _permissions(apps, model_names):
    app_config = apps.get_app_config("programs")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None
    Permission = apps.get_model("auth", "Permission")
    return Permission.objects.filter(content_type__app_label="programs", content_type__model__in=model_names)


def grant(model_names):
    def forwards(apps, schema_editor):
        Group = apps.get_model("auth", "Group")
        group, _ = Group.objects.get_or_create(name=EDITORS)
        group.permissions.add(*_permissions(apps, model_names))

    return forwards


def revoke(model_names):
    def backwards(apps, schema_editor):
        group = apps.get_model("auth", "Group").objects.filter(name=EDITORS).first()
        if group:
            group.permissions.remove(*_permissions(apps, model_names))

    return backwards
