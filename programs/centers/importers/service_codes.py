"""Writes: SAMHSA's service-code reference into ServiceCategory and Service."""

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from django.db import transaction

from programs.centers.importers import aliases, formats, service_codes_csv
from programs.centers.importers.rows import Problem, UnreadableFile
from programs.models import Service, ServiceAlias, ServiceCategory
from programs.web import page_cache

DIRECTORY_ORDER = ["SA", "MH"]


@dataclass
class CodesReport:
    created: list = field(default_factory=list)
    updated: list = field(default_factory=list)
    unchanged: int = 0
    categories_created: int = 0
    aliases_added: int = 0
    problems: list = field(default_factory=list)

    @property
    def changed_anything(self):
        return bool(self.created or self.updated or self.categories_created or self.aliases_added)


def service_codes_import(
    *,
    paths: Sequence[str | Path],
    dry_run: bool = False,
    progress: Callable[[str], None] | None = None,
) -> CodesReport:
    """Create or update every code the files list, then add the alias seed.

    Names, categories and directories follow the file; a description is
    filled only while the service has none, so an editor's plain-language
    rewording survives the next import. Importing the merged file and then
    the per-directory files therefore gives every code its description.
    """
    report = CodesReport()
    with transaction.atomic():
        categories = {c.code: c for c in ServiceCategory.objects.all()}
        services = {s.code: s for s in Service.objects.all()}
        for path in paths:
            if progress:
                progress(f"Reading {Path(path).name}…")
            _import_file(path, categories, services, report)
        report.aliases_added = seed_aliases(services)
        if report.changed_anything:  # names shown on center pages may have changed
            transaction.on_commit(page_cache.bump)
        if dry_run:
            transaction.set_rollback(True)
    return report


def _import_file(path, categories, services, report):
    if formats.detect(path) != formats.SERVICE_CODES_CSV:
        raise UnreadableFile(f"{path}: not a service-code reference CSV.")
    for number, row in enumerate(service_codes_csv.read(path), start=2):
        missing = [column for column in ("category_code", "code", "name") if not row[column]]
        if missing:
            report.problems.append(Problem(Path(path).name, number, "no " + ", no ".join(missing)))
            continue
        category = _category(row, categories, report)
        _upsert_service(row, category, services, report)


def _category(row, categories, report):
    category = categories.get(row["category_code"])
    name = row["category_name"] or row["category_code"]
    if category is None:
        category = ServiceCategory.objects.create(code=row["category_code"], name=name)
        categories[category.code] = category
        report.categories_created += 1
    elif row["category_name"] and category.name != name:
        category.name = name
        category.save(update_fields=["name"])
    return category


def _upsert_service(row, category, services, report):
    service = services.get(row["code"])
    if service is None:
        services[row["code"]] = Service.objects.create(
            category=category,
            code=row["code"],
            name=row["name"],
            description=row["description"],
            directories=directories_text(row["directories"]),
        )
        report.created.append(row["code"])
        return
    wanted = {
        "category": category,
        "name": row["name"],
        "directories": directories_text(set(service.directories.split("+")) | row["directories"]),
        "description": service.description or row["description"],
    }
    changed = [name for name, value in wanted.items() if getattr(service, name) != value]
    if not changed:
        report.unchanged += 1
        return
    for name in changed:
        setattr(service, name, wanted[name])
    service.save(update_fields=changed)
    report.updated.append(row["code"])


def directories_text(directories):
    """{"MH", "SA"} -> "SA+MH", the reference file's own spelling."""
    present = {d for d in directories if d}
    ordered = [d for d in DIRECTORY_ORDER if d in present] + sorted(present - set(DIRECTORY_ORDER))
    return "+".join(ordered)


def seed_aliases(services):
    """Add the curated aliases whose target exists; return how many were new."""
    have_codes = set(ServiceAlias.objects.exclude(code="").values_list("code", flat=True))
    have_names = set(ServiceAlias.objects.filter(code="").values_list("category_code", "name"))
    new = [
        ServiceAlias(code=alias, service=services[target], note=note)
        for alias, target, note in aliases.CODE_ALIASES
        if target in services and alias not in services and alias not in have_codes
    ] + [
        ServiceAlias(category_code=category, name=name, service=services[target], note=note)
        for category, name, target, note in aliases.NAME_ALIASES
        if target in services and (category, name) not in have_names
    ]
    ServiceAlias.objects.bulk_create(new)
    return len(new)
