"""System checks for the helplines, registered by `ProgramsConfig.ready()`."""

from django.conf import settings
from django.core import checks
from django.db import DatabaseError, connection

from programs.calls.selectors import fallback_helplines
from programs.models import HelplineNumber


@checks.register(checks.Tags.database)
def fallback_matches_database(app_configs=None, **kwargs):
    """`manage.py check --database default`: warn when error pages would show
    numbers other than the ones in the admin. Silent before the first
    migration (`migrate` runs database checks before it creates the table)."""
    try:
        if HelplineNumber._meta.db_table not in connection.introspection.table_names():
            return []
        if fallback_helplines() == settings.HELPLINE_FALLBACK:
            return []
    except DatabaseError:
        return []  # an unreachable database is reported by other checks
    return [
        checks.Warning(
            "The helplines shown on error pages (HELPLINE_FALLBACK) differ from the database.",
            hint="Run `manage.py write_helpline_fallback` and deploy the updated file.",
            id="programs.W001",
        )
    ]
