"""The demonstration centers: fictional, clearly marked, and useful for trying
the finder around New York."""

import csv
import datetime
import re
from io import StringIO
from pathlib import Path

import pytest
import zipcodes
from django.core.management import call_command

from programs.centers import demo_data as demo_centers
from programs.centers.geo import haversine_miles
from programs.centers.importers.demo import demo_centers_load
from programs.centers.place_index import zip_centroid
from programs.models import Service, ServiceCategory, TreatmentCenter

pytestmark = pytest.mark.django_db

SHARED = Path(__file__).resolve().parents[3] / "shared" / "data" / "samhsa"
FICTIONAL_PHONE = re.compile(r"^\+1([2-9][0-9]{2})55501[0-9]{2}$")  # (xxx) 555-0100..0199
PHONE_FIELDS = ("phone", "intake_phone", "hotline", "sponsor_phone")
ZIP_10001 = (40.7484, -73.9967)


@pytest.fixture
def demo(db):
    demo_centers_load()
    return TreatmentCenter.objects.all()


def stored_phones(centers):
    return [
        (center.name, number)
        for center in centers
        for number in (getattr(center, name) for name in PHONE_FIELDS)
        if number
    ]


def test_every_demo_center_is_marked_as_a_demonstration(demo):
    assert demo.count() == len(demo_centers.CENTERS) >= 36
    for center in demo:
        assert center.is_demo, center.name
        assert "(demonstration)" in center.name
        assert center.source == "Demonstration data (fictional)"
        assert "fictional" in center.description


def test_every_demo_phone_number_is_in_the_fictional_555_01xx_block(demo):
    phones = stored_phones(demo)
    assert len(phones) >= len(demo_centers.CENTERS)
    for name, number in phones:
        assert FICTIONAL_PHONE.match(number), (name, number)


def test_every_demo_phone_has_an_area_code_that_serves_its_zip(demo):
    for center in demo:
        area_codes = zipcodes.matching(center.zip)[0]["area_codes"]
        for number in (getattr(center, name) for name in PHONE_FIELDS):
            if number:
                assert FICTIONAL_PHONE.match(number).group(1) in area_codes, (center.name, number)


def test_demo_centers_sit_at_the_centroids_of_real_zip_codes(demo):
    for center in demo:
        centroid = zip_centroid(center.zip)
        assert centroid is not None, center.zip
        assert (center.latitude, center.longitude) == pytest.approx(centroid), center.name
        assert center.location_is_approximate
        assert zipcodes.matching(center.zip)[0]["state"] == center.state


def test_at_least_ten_demo_centers_are_within_25_miles_of_zip_10001(demo):
    near = [c for c in demo if haversine_miles(*ZIP_10001, c.latitude, c.longitude) <= 25]
    assert len(near) >= 10
    assert len([c for c in near if "OIT" in c.service_code_list]) >= 5


def test_demo_centers_span_several_states_and_cities(demo):
    assert len(set(demo.values_list("state", flat=True))) >= 6
    assert len(set(demo.values_list("city", flat=True))) >= 12


def test_demo_centers_offer_the_services_people_search_by(demo):
    offered = {code for center in demo for code in center.service_code_list}
    wanted = {
        "OIT",
        "OP",
        "RES",
        "MD",
        "MC",
        "PI",
        "SF",
        "SS",
        "NP",
        "MI",
        "TELE",
        "SP",
        "AH",
        "AD",
        "YAD",
        "TAY",
        "WN",
        "MN",
        "PW",
        "VET",
        "GL",
        "SE",
        "BU",
        "MU",
        "NU",
    }
    assert wanted <= offered
    for center in demo:
        assert set(center.services.values_list("code", flat=True)) == set(center.service_code_list)


def test_a_few_demo_centers_are_sponsored_on_27_november_2026(demo):
    day = datetime.date(2026, 11, 27)
    sponsored = [c for c in demo if c.sponsored_from and c.sponsored_from <= day <= c.sponsored_until]
    assert len(sponsored) >= 2
    for center in sponsored:
        assert FICTIONAL_PHONE.match(center.sponsor_phone), center.name


def test_demo_centers_have_every_facility_type_a_search_filters_by(demo):
    assert {"SA", "MH", "BOTH"} <= set(demo.values_list("facility_type", flat=True))


def test_loading_the_demo_twice_changes_nothing_and_says_so(db):
    call_command("load_demo_centers", stdout=StringIO())
    before = dict(TreatmentCenter.objects.values_list("pk", "updated_at"))
    output = StringIO()
    call_command("load_demo_centers", stdout=output)
    assert "Demo centers already loaded: nothing changed" in output.getvalue()
    assert dict(TreatmentCenter.objects.values_list("pk", "updated_at")) == before


def test_the_demo_brings_its_own_service_codes_to_an_empty_dictionary(db):
    assert not Service.objects.exists()
    _, added = demo_centers_load()
    assert added == len(demo_centers.SERVICES) == Service.objects.count()
    assert Service.objects.get(code="OIT").name == "Intensive outpatient treatment"
    assert Service.objects.get(code="SS").category.code == "PYAS"


def test_the_demo_leaves_an_existing_dictionary_as_it_is(db):
    category = ServiceCategory.objects.create(code="SET", name="Setting")
    Service.objects.create(category=category, code="OIT", name="Edited wording", description="Mine.")
    demo_centers_load()
    oit = Service.objects.get(code="OIT")
    assert (oit.name, oit.description) == ("Edited wording", "Mine.")
    assert Service.objects.count() == len(demo_centers.SERVICES)


def test_demo_centers_have_readable_unique_slugs(demo):
    slugs = list(demo.values_list("slug", flat=True))
    assert len(set(slugs)) == len(slugs)
    assert "demo-harbor-recovery-demonstration-new-york" in slugs


@pytest.mark.shared_data
def test_the_demo_words_its_codes_as_samhsa_2022_does():
    if not SHARED.is_dir():
        pytest.skip(f"SAMHSA data folder not found at {SHARED}; this test reads the real reference")
    with open(SHARED / "service-codes-2022.csv", encoding="utf-8", newline="") as file:
        reference = {row["service_code"]: row for row in csv.DictReader(file)}
    for category_code, code, name in demo_centers.SERVICES:
        assert reference[code]["service_name"] == name, code
        assert reference[code]["category_code"] == category_code, code
        assert reference[code]["category_name"] == demo_centers.CATEGORIES[category_code], code
