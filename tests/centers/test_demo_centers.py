"""The demonstration centers: fictional, clearly marked, and useful for trying
the finder around New York."""

import csv
import datetime
import re
from io import StringIO

import pytest
import zipcodes
from django.core.management import call_command
from django.core.management.base import CommandError

from programs.centers import demo_data as demo_centers
from programs.centers.geo import haversine_miles
from programs.centers.importers.demo import demo_centers_load
from programs.centers.importers.facilities import facilities_import
from programs.centers.place_index import zip_centroid
from programs.models import Service, ServiceCategory, TreatmentCenter
from tests.support.centers import make_center
from tests.support.samhsa import DIRECTORY_HEADER, directory_row, open_text, write_csv

pytestmark = pytest.mark.django_db

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


def test_the_demo_words_its_codes_as_samhsa_2022_does(shipped_samhsa):
    with open_text(shipped_samhsa / "service-codes-2022.csv.gz") as file:
        reference = {row["service_code"]: row for row in csv.DictReader(file)}
    for category_code, code, name in demo_centers.SERVICES:
        assert reference[code]["service_name"] == name, code
        assert reference[code]["category_code"] == category_code, code
        assert reference[code]["category_name"] == demo_centers.CATEGORIES[category_code], code


def test_the_demo_is_refused_where_real_centers_are_and_nothing_is_added(db):
    make_center(name="Real Recovery")
    with pytest.raises(CommandError, match="holds 1 real treatment centers; demonstration centers are never"):
        call_command("load_demo_centers", stdout=StringIO())
    assert list(TreatmentCenter.objects.values_list("name", flat=True)) == ["Real Recovery"]
    assert not Service.objects.filter(code="PW").exists()


def test_the_demo_command_exits_non_zero_where_real_centers_are(db):
    make_center()
    with pytest.raises(CommandError) as refused:
        call_command("load_demo_centers", stdout=StringIO())
    assert refused.value.returncode == 1  # what manage.py exits with


def test_a_real_import_removes_the_demo_first_and_says_so(demo, dictionary, tmp_path):
    path = write_csv(tmp_path / "dir-2022-sa.csv", DIRECTORY_HEADER, [directory_row()])
    output = StringIO()
    call_command("import_facilities", str(path), stdout=output, stderr=StringIO())
    removed = (
        f"Removed {len(demo_centers.CENTERS)} demonstration centers before importing SAMHSA's directory."
    )
    assert removed in output.getvalue()
    assert list(TreatmentCenter.objects.values_list("name", "is_demo")) == [("Alabaster Recovery", False)]


def test_a_dry_run_import_keeps_the_demo(demo, dictionary, tmp_path):
    path = write_csv(tmp_path / "dir-2022-sa.csv", DIRECTORY_HEADER, [directory_row()])
    report = facilities_import(paths=[path], dry_run=True)
    assert report.demo_removed == len(demo_centers.CENTERS)
    assert TreatmentCenter.objects.filter(is_demo=True).count() == len(demo_centers.CENTERS)


def test_an_import_with_no_good_row_leaves_the_demo_in_place(demo, dictionary, tmp_path):
    path = write_csv(tmp_path / "dir-2022-sa.csv", DIRECTORY_HEADER, [directory_row(zip="")])
    report = facilities_import(paths=[path])
    assert report.demo_removed == 0 and len(report.skipped) == 1
    assert TreatmentCenter.objects.filter(is_demo=True).count() == len(demo_centers.CENTERS)
