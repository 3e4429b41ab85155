"""Importing SAMHSA's real files: the service code references, both 2022
directories (a facility listed in both becomes one center), and the
FindTreatment.gov sample.

These tests read the real files the repository ships, gzip-compressed, in
data/samhsa/. The full 21,213-row import is too slow for the suite: they
import slices of it.
"""

import datetime
import gzip
import hashlib
from io import StringIO

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from programs.centers.importers import formats
from programs.centers.importers.facilities import facilities_import
from programs.centers.importers.service_codes import service_codes_import
from programs.centers.place_index import zip_centroid
from programs.models import Service, ServiceAlias, TreatmentCenter
from tests.support.samhsa import (
    DIRECTORY_HEADER,
    key_of,
    read_directory,
    row_codes,
    stored_codes,
    write_gzip,
)

pytestmark = pytest.mark.django_db


def test_the_service_code_reference_loads_all_315_codes_with_their_meaning(shipped_samhsa):
    report = service_codes_import(paths=[shipped_samhsa / "service-codes-2022.csv.gz"])
    assert len(report.created) == Service.objects.count() == 315
    names = dict(Service.objects.values_list("code", "name"))
    assert names["OIT"] == "Intensive outpatient treatment"
    assert names["SS"] == "Sliding fee scale (fee is based on income and other factors)"
    assert names["SF"] == "Cash or self-payment"
    assert names["MD"] == "Medicaid"
    assert Service.objects.get(code="MD").directories == "SA+MH"
    assert Service.objects.get(code="OIT").category.code == "SET"
    assert ServiceAlias.objects.get(code="IOP").service.code == "OIT"


def test_the_per_directory_reference_files_fill_in_descriptions(shipped_samhsa, samhsa):
    service_codes_import(paths=[shipped_samhsa / "service-codes-2022.csv.gz"])
    assert Service.objects.get(code="SS").description == ""
    report = service_codes_import(
        paths=[
            shipped_samhsa / "service-codes-2022-sa.csv.gz",
            shipped_samhsa / "service-codes-2022-mh.csv.gz",
        ]
    )
    assert report.updated and not report.created
    assert "ability to pay" in Service.objects.get(code="SS").description
    assert "without an overnight stay" in Service.objects.get(code="OP").description
    assert Service.objects.exclude(description="").count() > 150
    again = service_codes_import(
        paths=[samhsa / "service-codes-2022.csv", samhsa / "service-codes-2022-sa.csv"]
    )
    assert not again.changed_anything


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


def test_the_findtreatment_sample_imports_with_its_2019_wording_mapped(real_dictionary, findtreatment_sample):
    report = facilities_import(paths=[findtreatment_sample])
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


def test_the_commands_read_the_shipped_gzip_files_as_they_are(shipped_samhsa, tmp_path):
    codes = [shipped_samhsa / f"service-codes-2022{part}.csv.gz" for part in ("", "-sa", "-mh")]
    output = StringIO()
    call_command("import_service_codes", *codes, stdout=output)
    assert "Reading service-codes-2022-sa.csv.gz…" in output.getvalue()
    assert Service.objects.count() == 315
    assert "ability to pay" in Service.objects.get(code="SS").description
    rows = read_directory(shipped_samhsa / "national-directory-2022-mh.csv.gz")[:50]
    path = write_gzip(
        tmp_path / "national-directory-2022-mh.csv.gz",
        DIRECTORY_HEADER,
        [[row[column] for column in DIRECTORY_HEADER] for row in rows],
    )
    output = StringIO()
    call_command("import_facilities", str(path), stdout=output, stderr=StringIO())
    assert "Reading national-directory-2022-mh.csv.gz…" in output.getvalue()
    assert TreatmentCenter.objects.filter(facility_type="MH").count() == 50
    assert TreatmentCenter.objects.filter(source_key=key_of(rows[0])).exists()


def test_a_compressed_file_is_recognised_by_its_content(shipped_samhsa, findtreatment_sample, tmp_path):
    assert formats.detect(shipped_samhsa / "national-directory-2022-sa.csv.gz") == formats.DIRECTORY_CSV
    assert formats.detect(shipped_samhsa / "service-codes-2022.csv.gz") == formats.SERVICE_CODES_CSV
    sample = tmp_path / "findtreatment-api-sample-2019.json.gz"
    sample.write_bytes(gzip.compress(findtreatment_sample.read_bytes()))
    assert formats.detect(sample) == formats.FINDTREATMENT_JSON


def test_a_damaged_gzip_file_is_refused_with_its_name(dictionary, tmp_path):
    broken = tmp_path / "national-directory-2022-sa.csv.gz"
    broken.write_bytes(b"name1,name2\nnot compressed at all\n")
    with pytest.raises(CommandError, match="national-directory-2022-sa.csv.gz: cannot be read"):
        call_command("import_facilities", str(broken), stdout=StringIO())


def test_every_shipped_file_matches_the_checksum_its_readme_gives(shipped_samhsa):
    readme = (shipped_samhsa / "README.md").read_text(encoding="utf-8")
    for path in shipped_samhsa.glob("*.gz"):
        assert hashlib.sha256(path.read_bytes()).hexdigest() in readme, path.name
