"""Bulk upsert of centers and their services: the one place imports write.

One query loads the existing centers by key; new ones go in with
bulk_create, changed ones with bulk_update, and service links straight into
the through table. A center whose values and services already match is not
written at all, so importing the same files twice writes nothing.
"""

from dataclasses import dataclass, field

from django.db import connection, transaction
from django.utils import timezone

from programs.centers.importers.slugs import SlugMaker
from programs.models import Service, TreatmentCenter
from programs.models.centers import codes_text
from programs.web import page_cache

BATCH = 2000
Link = TreatmentCenter.services.through


@dataclass
class CenterRecord:
    """One center as the sources describe it, ready to compare and write."""

    key: str
    fields: dict  # model field -> value; only fields the source provides
    codes: set = field(default_factory=set)
    # Fields compared only when something else changed (e.g. a last_verified
    # that defaults to the import date, which alone is no reason to write).
    soft_fields: frozenset = frozenset()
    directories: list = field(default_factory=list)  # SA, MH, ... in the order seen
    origin: str = ""  # file and row it was first read from, for messages


def upsert_centers(records, *, report, progress=None):
    """Create, update or leave each record's center; count each in `report`."""
    say = progress or (lambda message: None)
    records = list(records)
    existing = TreatmentCenter.objects.in_bulk([r.key for r in records], field_name="source_key")
    plan = _plan(records, existing, report)
    _name_new_centers(plan.new)
    if plan.new or plan.changed:
        say(f"Writing {len(plan.new):,} new and {len(plan.changed):,} changed centers…")
    TreatmentCenter.objects.bulk_create(plan.new, batch_size=BATCH)
    if plan.changed:
        fields = sorted(plan.changed_fields | {"service_codes", "updated_at"})
        TreatmentCenter.objects.bulk_update(plan.changed, fields, batch_size=BATCH)
    report.created, report.updated = len(plan.new), len(plan.changed)
    report.services_linked = _link_services(plan.new, plan.relink, say)
    if plan.new or plan.changed:
        # Bulk writes send no model signals: mark cached pages stale
        # ourselves, once the data is committed.
        transaction.on_commit(page_cache.bump)


@dataclass
class _Plan:
    new: list = field(default_factory=list)
    changed: list = field(default_factory=list)
    relink: list = field(default_factory=list)  # changed centers whose services changed
    changed_fields: set = field(default_factory=set)


def _plan(records, existing, report):
    """Sort records into new and changed centers; count the unchanged."""
    plan, now = _Plan(), timezone.now()
    for record in records:
        center = existing.get(record.key)
        if center is None:
            plan.new.append(_new_center(record))
            continue
        different = _differences(center, record)
        codes = codes_text(record.codes)
        if not different and center.service_codes == codes:
            report.unchanged += 1
            continue
        if "facility_type" in different and center.facility_type == TreatmentCenter.FacilityType.BOTH:
            report.narrowed += 1
        for name, value in record.fields.items():
            setattr(center, name, value)
        plan.changed_fields |= set(different) | (record.soft_fields & set(record.fields))
        center.updated_at = now
        if center.service_codes != codes:
            center.service_codes = codes
            plan.relink.append(center)
        plan.changed.append(center)
    return plan


def _new_center(record):
    center = TreatmentCenter(source_key=record.key, **record.fields)
    center.service_codes = codes_text(record.codes)
    return center


def _differences(center, record):
    return [
        name
        for name, value in record.fields.items()
        if name not in record.soft_fields and getattr(center, name) != value
    ]


def _name_new_centers(centers):
    if not centers:
        return
    slugs = SlugMaker(TreatmentCenter.objects.values_list("slug", flat=True))
    for center in centers:
        center.slug = slugs.make(center.name, center.city, center.program_name)


def _link_services(new, relink, say):
    """Replace the through-table rows of `relink`, add those of `new`."""
    service_ids = dict(Service.objects.values_list("code", "id"))
    ids = [center.pk for center in relink]
    for start in range(0, len(ids), 1000):  # SQLite caps the parameters of one query
        Link.objects.filter(treatmentcenter_id__in=ids[start : start + 1000]).delete()
    links = [
        (center.pk, service_ids[code]) for center in [*new, *relink] for code in center.service_codes.split()
    ]
    if links:
        say(f"Linking {len(links):,} services…")
        _insert_links(links)
    return len(links)


def _insert_links(links):
    """Write (center id, service id) pairs into the through table.

    Raw SQL on purpose: a full directory is 1.3 million links, and building
    a model instance for each one (bulk_create) takes 35 s of a 45 s import.
    PostgreSQL gets COPY, the fastest way in; SQLite executemany.
    """
    table = connection.ops.quote_name(Link._meta.db_table)
    columns = "treatmentcenter_id, service_id"
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            with cursor.copy(f"COPY {table} ({columns}) FROM STDIN") as copy:
                for link in links:
                    copy.write_row(link)
        else:
            cursor.executemany(f"INSERT INTO {table} ({columns}) VALUES (%s, %s)", links)
