"""Writes: the demonstration centers of `programs.centers.demo_data`."""

from types import ModuleType

from django.db import transaction
from django.utils.text import slugify

from programs.calls import phones
from programs.centers import demo_data
from programs.centers.importers.report import ImportReport
from programs.centers.importers.upsert import CenterRecord, upsert_centers
from programs.models import Service, ServiceCategory, TreatmentCenter

PHONE_FIELDS = ("phone", "intake_phone", "hotline", "sponsor_phone")


class RealCentersPresent(RuntimeError):
    """The database holds imported centers, which demo centers must never join."""


def demo_centers_load(*, data: ModuleType = demo_data) -> tuple[ImportReport, int]:
    """Create the demo centers, or bring them back to the data; return
    (ImportReport, number of service codes added to the dictionary).

    Demo centers are ours, so every field is set from the data, including
    description and sponsorship. Running it again writes nothing. Refused
    (RealCentersPresent) when real centers are there: demonstration listings
    are never shown beside real ones (DESIGN.md, rule 8).
    """
    with transaction.atomic():
        real = TreatmentCenter.objects.real().count()
        if real:
            raise RealCentersPresent(
                f"This database holds {real:,} real treatment centers; demonstration "
                "centers are never mixed with real ones, so none were loaded. Load them "
                "into an empty database (for example DATABASE_URL=sqlite:////tmp/demo.sqlite3)."
            )
        added = add_missing_services(data)
        report = ImportReport()
        upsert_centers([demo_record(center, data) for center in data.CENTERS], report=report)
    return report, added


def add_missing_services(data=demo_data):
    """Add the demo's codes the dictionary lacks; never change existing ones."""
    have = set(Service.objects.values_list("code", flat=True))
    missing = [row for row in data.SERVICES if row[1] not in have]
    for category_code, code, name in missing:
        category, _ = ServiceCategory.objects.get_or_create(
            code=category_code, defaults={"name": data.CATEGORIES[category_code]}
        )
        Service.objects.create(category=category, code=code, name=name)
    return len(missing)


def demo_record(center, data=demo_data):
    fields = {
        "program_name": "",
        "street2": "",
        "website": "",
        "location_is_approximate": True,  # the ZIP's centre: the streets are invented
        "source": data.SOURCE,
        "last_verified": None,
        "description": data.DESCRIPTION,
        "status": TreatmentCenter.Status.OPEN,
        "is_demo": True,
        "sponsored_from": None,
        "sponsored_until": None,
        **dict.fromkeys(PHONE_FIELDS, ""),
        **{name: value for name, value in center.items() if name != "services"},
    }
    for name in PHONE_FIELDS:
        fields[name] = phones.normalise(fields[name]) if fields[name] else ""
    return CenterRecord(
        key=f"demo:{slugify(center['name'] + ' ' + center['city'])}",
        fields=fields,
        codes=set(center["services"].split()),
        directories=[center["facility_type"]],
        origin=center["name"],
    )
