"""A record of every import of SAMHSA's directory: what ran, on which files,
and what it changed. Written by `import_facilities`, read-only in the admin."""

from django.db import models


class ImportRun(models.Model):
    started_at = models.DateTimeField()
    finished_at = models.DateTimeField()
    run_by = models.CharField(
        "run by", max_length=200, help_text="Who or what ran it: the system user and command."
    )
    options = models.CharField(
        max_length=200, blank=True, help_text="The options given, e.g. --close-missing."
    )
    files = models.JSONField(default=list, help_text="Each file's name, size in bytes and SHA-256.")
    created = models.PositiveIntegerField(default=0)
    updated = models.PositiveIntegerField(default=0)
    unchanged = models.PositiveIntegerField(default=0)
    closed = models.PositiveIntegerField(default=0, help_text="Open centers absent from the release, closed.")
    reopened = models.PositiveIntegerField(
        default=0, help_text="Centers an earlier import had closed, listed again in this release."
    )
    skipped = models.PositiveIntegerField(
        default=0, help_text="Rows not imported (see the command's output)."
    )
    demo_removed = models.PositiveIntegerField("demonstration centers removed", default=0)

    class Meta:
        ordering = ["-started_at"]
        verbose_name = "directory import"

    def __str__(self):
        return f"Import of {self.started_at:%Y-%m-%d %H:%M}"
