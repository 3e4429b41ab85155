"""Small helpers to create centers and services for finder tests."""

import datetime
import itertools

from django.utils import timezone

from programs.models import Service, ServiceCategory, TreatmentCenter
from programs.models.centers import codes_text

_serial = itertools.count(1)

CATEGORIES = {
    "SET": ["OIT", "OP", "RES", "ODT", "HI"],
    "PAY": ["MD", "MC", "PI", "SF", "MI", "NP"],
    "PYAS": ["SS"],
    "SL": ["SP", "AH"],
    "TAP": ["TELE"],
    "TC": ["SA", "MH", "DT"],
}


def make_services():
    for category_code, codes in CATEGORIES.items():
        category, _ = ServiceCategory.objects.get_or_create(
            code=category_code, defaults={"name": f"Category {category_code}"}
        )
        for code in codes:
            Service.objects.get_or_create(
                code=code, defaults={"category": category, "name": f"Service {code}"}
            )


def make_center(*, lat=40.75, lon=-73.99, codes=("OIT",), **fields):
    n = next(_serial)
    defaults = {
        "name": f"Test Center {n:03d}",
        "street1": f"{n} Main Street",
        "city": "New York",
        "state": "NY",
        "zip": "10001",
        "phone": "+12125550100",
        "facility_type": TreatmentCenter.FacilityType.SUBSTANCE_USE,
        "source": "Test data",
        "source_key": f"test:{n}",
        "slug": f"test-center-{n:03d}",
        "last_verified": datetime.date(2022, 1, 1),
    }
    defaults.update(fields)
    center = TreatmentCenter.objects.create(
        latitude=lat, longitude=lon, service_codes=codes_text(codes), **defaults
    )
    services = Service.objects.filter(code__in=codes)
    if services:
        TreatmentCenter.services.through.objects.bulk_create(
            TreatmentCenter.services.through(treatmentcenter_id=center.pk, service_id=s.pk) for s in services
        )
    return center


def sponsor(center, days=30):
    today = timezone.localdate()
    center.sponsored_from = today - datetime.timedelta(days=1)
    center.sponsored_until = today + datetime.timedelta(days=days)
    center.sponsor_phone = "+12125550199"
    center.save()
    return center
