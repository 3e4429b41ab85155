"""The helplines as error pages show them when the database is down.

They live in settings (a JSON file), so that a 500 or 503 page needs nothing
else; these functions build that list from the database and compare it."""

import json

from django.conf import settings
from django.core import checks
from django.db import DatabaseError, connection

from programs.models import HelplineNumber


def from_database():
    return [
        {
            "label": line.label,
            "number": line.number,
            "display": line.display,
            "who_label": line.who_label,
            "public": line.purpose == HelplineNumber.Purpose.PUBLIC,
            **({"accepts_texts": True} if line.accepts_texts else {}),
        }
        for line in HelplineNumber.objects.active().exclude(purpose=HelplineNumber.Purpose.CENTER)
    ]


def write(path=None):
    lines = from_database()
    text = "[\n" + ",\n".join("  " + json.dumps(line, ensure_ascii=False) for line in lines) + "\n]\n"
    (path or settings.HELPLINE_FALLBACK_FILE).write_text(text, encoding="utf-8")
    return lines


@checks.register(checks.Tags.database)
def fallback_matches_database(app_configs=None, **kwargs):
    """`manage.py check --database default`: warn when error pages would show
    numbers other than the ones in the admin. Silent before the first
    migration (`migrate` runs database checks before it creates the table)."""
    try:
        if HelplineNumber._meta.db_table not in connection.introspection.table_names():
            return []
        if from_database() == settings.HELPLINE_FALLBACK:
            return []
    except DatabaseError:
        return []  # an unreachable database is reported by other checks
    return [checks.Warning(
        "The helplines shown on error pages (HELPLINE_FALLBACK) differ from the database.",
        hint="Run `manage.py write_helpline_fallback` and deploy the updated file.",
        id="programs.W001",
    )]
