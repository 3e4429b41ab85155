"""The Call handlers group: see and work callback requests, nothing else.

Editors get no permission on callback requests: a visitor's number is for
the people who call back. As in _editors.py, this app's permissions are
created first, because Django creates them only after every migration."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

CALL_HANDLERS = "Call handlers"
CODENAMES = ["view_callbackrequest", "change_callbackrequest"]


def _permissions(apps):
    app_config = apps.get_app_config("programs")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None
    Permission = apps.get_model("auth", "Permission")
    return Permission.objects.filter(content_type__app_label="programs", codename__in=CODENAMES)


def create_call_handlers(apps, schema_editor):
    group, _ = apps.get_model("auth", "Group").objects.get_or_create(name=CALL_HANDLERS)
    group.permissions.add(*_permissions(apps))


def remove_call_handlers(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name=CALL_HANDLERS).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("programs", "0008_callbacks"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(create_call_handlers, remove_call_handlers)]
