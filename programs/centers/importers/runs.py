"""Writes: the import log. Every import that is not a dry run leaves one
ImportRun (who ran it, with which options, on which exact files, and what it
changed), even one that wrote nothing: “the same release, checked again, on
this day” is worth knowing too. A refused run rolls back with the rest and
leaves none.
"""

import getpass
import hashlib
from pathlib import Path

from django.utils import timezone

from programs.models import ImportRun

RUN_BY_LENGTH = ImportRun._meta.get_field("run_by").max_length
OPTIONS_LENGTH = ImportRun._meta.get_field("options").max_length


def file_facts(paths):
    """Each file's name, size and SHA-256, of the bytes as stored (a .csv.gz
    itself, not its content), so a run can be matched to the file it read."""
    return [
        {"name": Path(path).name, "bytes": Path(path).stat().st_size, "sha256": sha256(path)}
        for path in paths
    ]


def sha256(path):
    with open(path, "rb") as file:
        return hashlib.file_digest(file, "sha256").hexdigest()


def system_user():
    """The operating-system user; getpass raises when the environment and the
    password database both lack one (a bare container), which is no reason to fail."""
    try:
        return getpass.getuser()
    except (OSError, KeyError, ImportError):
        return "unknown user"


def run_by(command, label=""):
    """“alice, manage.py import_facilities”, after the caller's own name
    (“make run”, “nightly cron”) when it gives one."""
    who = f"{system_user()}, {command}"
    return (f"{label} ({who})" if label else who)[:RUN_BY_LENGTH]


def log_run(report, *, started_at, run_by, options, files):
    """Store one ImportRun with the counts of `report`; return it."""
    return ImportRun.objects.create(
        started_at=started_at,
        finished_at=timezone.now(),
        run_by=run_by[:RUN_BY_LENGTH],
        options=options[:OPTIONS_LENGTH],
        files=files,
        created=report.created,
        updated=report.updated,
        unchanged=report.unchanged,
        closed=report.closed,
        reopened=report.reopened,
        skipped=len(report.skipped),
        demo_removed=report.demo_removed,
    )
