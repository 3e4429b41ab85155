"""Importing SAMHSA's real files: the service code references, both 2022
directories (a facility listed in both becomes one center), and the
FindTreatment.gov sample.

These tests read the real files in ../shared/data/samhsa/ (never committed
here) and skip, saying so, when that folder is absent. The full 21,213-row
import is too slow for the suite: they import slices of it.
"""

import datetime

import pytest

from programs.centers.importers.facilities import facilities_import
from programs.centers.importers.service_codes import service_codes_import
from programs.centers.place_index import zip_centroid
from programs.models import Service, ServiceAlias, TreatmentCenter
from tests.support.samhsa import key_of, read_directory, row_codes, stored_codes

pytestmark = pytest.mark.django_db


@pytest.mark.shared_data
def test_the_service_code_reference_loads_all_315_codes_with_their_meaning(samhsa):
    report = service_codes_import(paths=[samhsa / "service-codes-2022.csv"])
    assert len(report.created) == Service.objects.count() == 315
    names = dict(Service.objects.values_list("code", "name"))
    assert names["OIT"] == "Intensive outpatient treatment"
    assert names["SS"] == "Sliding fee scale (fee is based on income and other factors)"
    assert names["SF"] == "Cash or self-payment"
    assert names["MD"] == "Medicaid"
    assert Service.objects.get(code="MD").directories == "SA+MH"
    assert Service.objects.get(code="OIT").category.code == "SET"
    assert ServiceAlias.objects.get(code="IOP").service.code == "OIT"


@pytest.mark.shared_data
def test_the_per_directory_reference_files_fill_in_descriptions(samhsa):
    service_codes_import(paths=[samhsa / "service-codes-2022.csv"])
    assert Service.objects.get(code="SS").description == ""
    report = service_codes_import(
        paths=[samhsa / "service-codes-2022-sa.csv", samhsa / "service-codes-2022-mh.csv"]
    )
    assert report.updated and not report.created
    assert "ability to pay" in Service.objects.get(code="SS").description
    assert "without an overnight stay" in Service.objects.get(code="OP").description
    assert Service.objects.exclude(description="").count() > 150
    again = service_codes_import(
        paths=[samhsa / "service-codes-2022.csv", samhsa / "service-codes-2022-sa.csv"]
    )
    assert not again.changed_anything


@pytest.mark.shared_data
def test_both_2022_directories_import_as_centers_with_every_code_mapped(real_dictionary, directory_slices):
    sa, mh, _, _ = directory_slices
    report = facilities_import(paths=[sa, mh])
    assert report.rows_read == len(read_directory(sa)) + len(read_directory(mh))
    assert report.created == TreatmentCenter.objects.count()
    assert report.created + report.merged + len(report.skipped) == report.rows_read
    assert report.merged >= 1
    assert not report.unmapped
    assert not TreatmentCenter.objects.filter(location_is_approximate=False).exists()
    assert set(TreatmentCenter.objects.values_list("source", "last_verified")) == {
        ("SAMHSA National Directory 2022", datetime.date(2022, 1, 1))
    }


@pytest.mark.shared_data
def test_a_facility_in_both_directories_becomes_one_center_with_both_sets_of_services(
    real_dictionary, directory_slices
):
    sa, mh, sa_row, mh_row = directory_slices
    facilities_import(paths=[sa, mh])
    center = TreatmentCenter.objects.get(source_key=key_of(sa_row))
    assert center.facility_type == TreatmentCenter.FacilityType.BOTH
    assert stored_codes(center) == row_codes(sa_row) | row_codes(mh_row)
    assert center.service_code_list == sorted(row_codes(sa_row) | row_codes(mh_row))
    assert center.location_is_approximate
    assert (center.latitude, center.longitude) == zip_centroid(sa_row["zip"])


@pytest.mark.shared_data
def test_every_center_gets_exactly_the_codes_its_row_lists(real_dictionary, directory_slices):
    sa, _, _, _ = directory_slices
    facilities_import(paths=[sa])
    rows = read_directory(sa)
    with_oit = next(r for r in rows if {"OIT", "SS", "MD"} <= row_codes(r))
    without_sliding_fee = next(r for r in rows if "SF" in row_codes(r) and "SS" not in row_codes(r))
    center = TreatmentCenter.objects.get(source_key=key_of(with_oit))
    assert stored_codes(center) == row_codes(with_oit)
    assert {" OIT ", " SS ", " MD "} <= {f" {code} " for code in center.service_code_list}
    cash_only = TreatmentCenter.objects.get(source_key=key_of(without_sliding_fee))
    assert " SF " in cash_only.service_codes and " SS " not in cash_only.service_codes


@pytest.mark.shared_data
def test_the_findtreatment_sample_imports_with_its_2019_wording_mapped(real_dictionary, samhsa):
    report = facilities_import(paths=[samhsa / "findtreatment-api-sample-2019.json"])
    assert report.created == 30 and not report.skipped
    mohr = TreatmentCenter.objects.get(
        source_key="811a908f82269778a2fe2a8bc603afa08df868f3e2fa56aa62e214d03997dea1"
    )
    assert (mohr.name, mohr.program_name, mohr.facility_type) == (
        "Region Ten Community Services Board",
        "Mohr Center",
        "SA",
    )
    assert (mohr.latitude, mohr.longitude) == (38.0282239, -78.4725231)
    assert not mohr.location_is_approximate
    assert mohr.source == "FindTreatment.gov"
    assert mohr.phone == "+14349798871" and mohr.intake_phone == "+14349721800"
    # Sliding fee (SS) and cash (SF) are different things; “Adult men” is MN;
    # AGE “Young adults” is YAD, not SG's TAY; MOA comes through an alias.
    assert {"SA", "RES", "RS", "SS", "SF", "MD", "PI", "MN", "YAD", "MOA", "CSAA"} <= stored_codes(mohr)
    assert "TAY" not in stored_codes(mohr)
    assert report.unmapped["TAP “Psychotropic medication”"] > 0
