"""Admin for the import log (ImportRun): read-only.

Only `import_facilities` writes the log, so nobody adds, changes or deletes
a run here, superusers included: a log that can be edited proves nothing.
Editors read it (view permission, migration 0016).
"""

from django.contrib import admin
from django.utils.html import format_html, format_html_join

from programs.admin_site import EditorsAdmin
from programs.models import ImportRun

COUNTS = ["created", "updated", "unchanged", "closed", "reopened", "skipped", "demo_removed"]


@admin.register(ImportRun)
class ImportRunAdmin(EditorsAdmin):
    list_display = ["started_at", "finished_at", "run_by", "file_names", *COUNTS]
    search_fields = ["run_by", "options"]
    date_hierarchy = "started_at"
    fieldsets = [
        (None, {"fields": ["started_at", "finished_at", "run_by", "options"]}),
        ("Files read", {"fields": ["file_table"]}),
        ("What it changed", {"fields": COUNTS}),
    ]
    readonly_fields = ["started_at", "finished_at", "run_by", "options", "file_table", *COUNTS]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False

    @admin.display(description="files")
    def file_names(self, run):
        return ", ".join(entry["name"] for entry in run.files)

    @admin.display(description="files")
    def file_table(self, run):
        """Each file's name, size and SHA-256, to compare with `sha256sum FILE`."""
        if not run.files:
            return "No files recorded."
        cells = [(entry["name"], f"{entry['bytes']:,}", entry["sha256"]) for entry in run.files]
        rows = format_html_join("", "<tr><td>{}</td><td>{} bytes</td><td><code>{}</code></td></tr>", cells)
        return format_html(
            "<table><thead><tr><th>name</th><th>size</th><th>SHA-256 (of the file as stored)</th>"
            "</tr></thead><tbody>{}</tbody></table>",
            rows,
        )
