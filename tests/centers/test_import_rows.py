"""Importing facility rows (directory CSV and FindTreatment.gov JSON) from
small files written into tmp_path: bad rows are skipped whole and reported,
good rows follow the rules, and files the import cannot use are refused."""

import datetime
from io import StringIO

import pytest
from django.core.management import CommandError, call_command
from django.utils import timezone

from programs.centers.importers.facilities import facilities_import
from programs.models import TreatmentCenter
from tests.support.samhsa import (
    DIRECTORY_HEADER,
    directory_row,
    json_row,
    stored_codes,
    write_csv,
    write_json,
)

pytestmark = pytest.mark.django_db


# --- Bad rows ------------------------------------------------------------------


def test_bad_csv_rows_are_skipped_whole_and_reported_with_file_row_and_reason(dictionary, tmp_path):
    rows = [
        directory_row(),  # row 2: good
        directory_row(name1=""),  # row 3
        directory_row(name1="No Zip", zip=""),  # row 4
        directory_row(name1="Short Zip", zip="3500"),  # row 5
        directory_row(name1="Unknown Zip", zip="00000"),  # row 6
        directory_row(name1="No Known Services", service_code_info="ZZ1 * ZZ2"),  # row 7
        directory_row(),  # row 8: the same facility as row 2
        directory_row(name1="No City", city=""),  # row 9
    ]
    path = write_csv(tmp_path / "national-directory-2022-sa.csv", DIRECTORY_HEADER, rows)
    report = facilities_import(paths=[path])
    reasons = {problem.row: problem.reason for problem in report.skipped}
    assert {problem.file for problem in report.skipped} == {"national-directory-2022-sa.csv"}
    assert reasons == {
        3: "no name",
        4: "no ZIP code",
        5: "ZIP code “3500” is not five digits",
        6: "ZIP code 00000 is unknown, and the row has no coordinates to place it by",
        7: "none of its 2 services is in the dictionary",
        8: "same facility as national-directory-2022-sa.csv, row 2 (same name, program, street and ZIP)",
        9: "no city",
    }
    assert list(TreatmentCenter.objects.values_list("name", flat=True)) == ["Alabaster Recovery"]
    assert stored_codes(TreatmentCenter.objects.get()) == {"SA", "OIT", "OP", "MD"}
    assert report.unmapped == {"code ZZ1": 1, "code ZZ2": 1}


def test_bad_json_rows_are_skipped_whole_and_reported(dictionary, tmp_path):
    rows = [
        json_row(),  # row 1: good
        json_row(frid="b" * 64, latitude="38.0x", longitude="-78.4"),  # row 2
        json_row(frid="c" * 64, latitude="", longitude="", zip="00000"),  # row 3
        json_row(frid="d" * 64, typeFacility="SPA"),  # row 4
        json_row(frid="e" * 64, latitude="138.0"),  # row 5
        "not a facility",  # row 6
        json_row(frid="f" * 64, website="www.example.org/" + "a" * 300),  # row 7
    ]
    path = write_json(tmp_path / "page.json", rows)
    report = facilities_import(paths=[path])
    assert [(p.file, p.row, p.reason) for p in report.skipped] == [
        ("page.json", 2, "malformed coordinates “38.0x”, “-78.4”"),
        ("page.json", 3, "ZIP code 00000 is unknown, and the row has no coordinates to place it by"),
        ("page.json", 4, "unknown facility type “SPA”"),
        ("page.json", 5, "coordinates 138.0, -78.4725231 are out of range"),
        ("page.json", 6, "not a facility object"),
        ("page.json", 7, "website is longer than 300 characters"),
    ]
    assert list(TreatmentCenter.objects.values_list("source_key", flat=True)) == ["a" * 64]


def test_the_command_lists_bad_rows_and_unmapped_names(dictionary, tmp_path):
    rows = [directory_row(service_code_info="SA OIT ZZ9"), directory_row(name1="", zip="")]
    path = write_csv(tmp_path / "national-directory-2022-sa.csv", DIRECTORY_HEADER, rows)
    output, errors = StringIO(), StringIO()
    call_command("import_facilities", str(path), stdout=output, stderr=errors)
    assert "Skipped national-directory-2022-sa.csv, row 3: no name" in errors.getvalue()
    assert "1 created, 0 updated, 0 unchanged, 1 skipped" in output.getvalue()
    assert "code ZZ9" in output.getvalue()


# --- Rules for good rows --------------------------------------------------------


def test_a_row_with_some_unknown_services_is_imported_with_the_known_ones(dictionary, tmp_path):
    path = write_csv(
        tmp_path / "dir-2022-sa.csv", DIRECTORY_HEADER, [directory_row(service_code_info="SA * OIT ZZZ")]
    )
    report = facilities_import(paths=[path])
    assert report.created == 1 and not report.skipped
    assert stored_codes(TreatmentCenter.objects.get()) == {"SA", "OIT"}
    assert report.unmapped == {"code ZZZ": 1}


def test_the_newer_iop_code_means_intensive_outpatient(dictionary, tmp_path):
    path = write_csv(
        tmp_path / "dir-2022-sa.csv", DIRECTORY_HEADER, [directory_row(service_code_info="SA IOP")]
    )
    facilities_import(paths=[path])
    assert stored_codes(TreatmentCenter.objects.get()) == {"SA", "OIT"}


def test_json_service_names_map_by_category_so_young_adults_stay_apart(dictionary, tmp_path):
    services = [
        {"f1": "Groups", "f2": "SG", "f3": "Young adults; Adult men"},
        {"f1": "Ages", "f2": "AGE", "f3": "Young adults"},
        {"f1": "Payment", "f2": "PYAS", "f3": "Sliding fee scale (fee is based on income and other factors)"},
        {"f1": "Opioids", "f2": "OT", "f3": "Accepts clients on opioid medication"},  # 2019 wording
    ]
    path = write_json(tmp_path / "page.json", [json_row(services=services)])
    facilities_import(paths=[path])
    assert stored_codes(TreatmentCenter.objects.get()) == {"TAY", "MN", "YAD", "SS", "MOA"}


def test_json_rows_take_their_coordinates_website_and_guide_spelling(dictionary, tmp_path):
    row = json_row(typeFacility=None, type_facility="MH", website="www.example.org/path")
    facilities_import(paths=[write_json(tmp_path / "page.json", [row])])
    center = TreatmentCenter.objects.get()
    assert center.facility_type == "MH"
    assert (center.latitude, center.longitude, center.location_is_approximate) == (
        38.0282239,
        -78.4725231,
        False,
    )
    assert center.website == "http://www.example.org/path"
    assert center.last_verified == timezone.localdate()


def test_json_rows_without_an_id_are_keyed_like_directory_rows(dictionary, tmp_path):
    rows = [json_row(frid=None), json_row(frid="", typeFacility="MH")]
    report = facilities_import(paths=[write_json(tmp_path / "page.json", rows)])
    center = TreatmentCenter.objects.get()
    assert center.source_key == "region sample board|mohr center|1014 east market street||22902"
    assert (report.merged, center.facility_type) == (1, "BOTH")


def test_rows_without_coordinates_are_placed_at_their_zip_centre_and_marked_approximate(dictionary, tmp_path):
    path = write_json(tmp_path / "page.json", [json_row(latitude=None, longitude="")])
    report = facilities_import(paths=[path])
    center = TreatmentCenter.objects.get()
    assert (center.latitude, center.longitude) == (38.0266, -78.4805)  # ZIP 22902
    assert center.location_is_approximate and report.approximate == 1


def test_phone_numbers_are_stored_as_e164_and_unreadable_ones_blank(dictionary, tmp_path):
    rows = [
        directory_row(phone="884-994-4325", intake1="205-216-0200 x110", intake2="205-933-8101 ext. 2232"),
        directory_row(name1="Vanity", intake1a="888-PARNEXT"),
    ]
    report = facilities_import(paths=[write_csv(tmp_path / "d-2022-sa.csv", DIRECTORY_HEADER, rows)])
    first, vanity = TreatmentCenter.objects.order_by("name")
    assert (first.phone, first.phone_ext) == ("", "")
    assert (first.intake_phone, first.intake_phone_ext) == ("+12052160200", "110")
    assert (first.intake2_phone, first.intake2_phone_ext) == ("+12059338101", "2232")
    assert (vanity.intake_phone, vanity.intake_phone_ext) == ("+18887276398", "")
    assert report.bad_phones == [("d-2022-sa.csv, row 2", "phone", "884-994-4325")]
    assert report.extensions_kept == 2


def test_directory_rows_are_verified_as_of_their_year_unless_told(dictionary, tmp_path):
    path = write_csv(tmp_path / "national-directory-2021-mh.csv", DIRECTORY_HEADER, [directory_row()])
    facilities_import(paths=[path])
    center = TreatmentCenter.objects.get()
    assert (center.last_verified, center.source) == (
        datetime.date(2021, 1, 1),
        "SAMHSA National Directory 2021",
    )
    assert center.facility_type == "MH"
    facilities_import(paths=[path], verified=datetime.date(2021, 6, 30))
    center.refresh_from_db()
    assert center.last_verified == datetime.date(2021, 6, 30)


def test_new_centers_get_readable_unique_slugs(dictionary, tmp_path):
    rows = [
        directory_row(),
        directory_row(name2="Day Program"),
        directory_row(name2="Night Program"),
        directory_row(street1="1 Other Road", name2="Day Program"),
    ]
    facilities_import(paths=[write_csv(tmp_path / "d-2022-sa.csv", DIRECTORY_HEADER, rows)])
    assert sorted(TreatmentCenter.objects.values_list("slug", flat=True)) == [
        "alabaster-recovery-alabaster",
        "alabaster-recovery-alabaster-2",
        "alabaster-recovery-day-program-alabaster",
        "alabaster-recovery-night-program-alabaster",
    ]


# --- Refusals -------------------------------------------------------------------


def test_an_empty_dictionary_stops_the_import_with_a_message(tmp_path):
    path = write_csv(tmp_path / "d-2022-sa.csv", DIRECTORY_HEADER, [directory_row()])
    with pytest.raises(CommandError, match="service dictionary is empty"):
        call_command("import_facilities", str(path))


def test_a_directory_file_must_say_whether_it_is_sa_or_mh(dictionary, tmp_path):
    path = write_csv(tmp_path / "facilities-2022.csv", DIRECTORY_HEADER, [directory_row()])
    with pytest.raises(CommandError, match="cannot tell which directory"):
        call_command("import_facilities", str(path))


def test_an_unknown_file_format_is_refused(dictionary, tmp_path):
    path = tmp_path / "notes.csv"
    path.write_text("a,b\n1,2\n")
    with pytest.raises(CommandError, match="not a SAMHSA file"):
        call_command("import_facilities", str(path))
    (tmp_path / "list.json").write_text("[1, 2]")
    with pytest.raises(CommandError, match="not a FindTreatment.gov response"):
        call_command("import_facilities", str(tmp_path / "list.json"))
