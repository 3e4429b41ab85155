"""Importing SAMHSA's service codes and facility files into centers.

Most tests write small files into tmp_path. Those marked `shared_data` read
the real files in ../shared/data/samhsa/ (never committed here) and skip,
saying so, when that folder is absent. The full 21,213-row import is too
slow for the suite: they import slices of it.
"""

import csv
import datetime
import json
from io import StringIO

import pytest
from django.core.management import CommandError, call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from programs.centers.place_index import zip_centroid
from programs.centers.importers import cleaning
from programs.centers.importers.facilities import import_facilities
from programs.centers.importers.service_codes import import_service_codes
from programs.models import Service, ServiceAlias, TreatmentCenter

pytestmark = pytest.mark.django_db

DIRECTORY_HEADER = [
    "name1", "name2", "street1", "street2", "city", "state", "zip", "phone",
    "intake1", "intake2", "intake1a", "intake2a", "service_code_info",
]
# A few codes as SAMHSA's 2022 reference words them.
REFERENCE = [
    ("TC", "Type of Care", "SA", "Substance use treatment", "SA+MH"),
    ("TC", "Type of Care", "MH", "Mental health treatment", "MH"),
    ("SET", "Service Setting", "OIT", "Intensive outpatient treatment", "SA"),
    ("SET", "Service Setting", "OP", "Outpatient", "SA+MH"),
    ("SET", "Service Setting", "RES", "Residential/24-hour residential", "SA+MH"),
    ("PAY", "Payment/Insurance/Funding Accepted", "MD", "Medicaid", "SA+MH"),
    ("PAY", "Payment/Insurance/Funding Accepted", "SF", "Cash or self-payment", "SA+MH"),
    ("PYAS", "Payment Assistance Available", "SS",
     "Sliding fee scale (fee is based on income and other factors)", "SA+MH"),
    ("SG", "Special Programs/Groups Offered", "TAY", "Young adults", "SA+MH"),
    ("SG", "Special Programs/Groups Offered", "MN", "Adult men", "SA"),
    ("AGE", "Age Groups Accepted", "YAD", "Young adults", "SA+MH"),
    ("OT", "Type of Opioid Treatment", "MOA", "Accepts clients using MAT but prescribed elsewhere", "SA"),
]


# --- Helpers and fixtures ----------------------------------------------------


def write_csv(path, header, rows):
    with open(path, "w", encoding="utf-8", newline="") as file:
        writer = csv.writer(file)
        writer.writerow(header)
        writer.writerows(rows)
    return path


def directory_row(**cells):
    row = {
        "name1": "Alabaster Recovery", "street1": "750 Highway 31 South", "city": "Alabaster",
        "state": "AL", "zip": "35007", "phone": "205-216-0200", "service_code_info": "SA * OIT OP * MD",
    }
    row.update(cells)
    return [row.get(column, "") for column in DIRECTORY_HEADER]


def json_row(**fields):
    row = {
        "_irow": 1, "frid": "a" * 64, "name1": "Region Sample Board", "name2": "Mohr Center",
        "street1": "1014 East Market Street", "street2": "", "city": "Charlottesville",
        "state": "VA", "zip": "22902", "phone": "434-979-8871", "typeFacility": "SA",
        "intake1": "434-972-1800", "hotline1": None, "website": "www.example.org",
        "latitude": "38.0282239", "longitude": "-78.4725231", "miles": 0.24,
        "services": [
            {"f1": "Type of Care", "f2": "TC", "f3": "Substance use treatment"},
            {"f1": "Service Settings", "f2": "SET", "f3": "Intensive outpatient treatment; Residential"},
            {"f1": "Payment", "f2": "PAY", "f3": "Medicaid; Cash or self-payment"},
        ],
    }
    row.update(fields)
    return row


def write_json(path, rows):
    envelope = {"page": 1, "totalPages": 1, "recordCount": len(rows), "rows": rows}
    path.write_text(json.dumps(envelope), encoding="utf-8")
    return path


def stored_codes(center):
    return set(center.services.values_list("code", flat=True))


@pytest.fixture
def dictionary(tmp_path):
    """A small service dictionary, loaded the way the command loads the real one."""
    path = write_csv(
        tmp_path / "service-codes-2022.csv",
        ["category_code", "category_name", "service_code", "service_name", "directories"],
        REFERENCE,
    )
    import_service_codes([path])


def read_directory(path):
    with open(path, encoding="utf-8", newline="") as file:
        return list(csv.DictReader(file))


def key_of(row):
    return cleaning.directory_key(row["name1"], row["name2"], row["street1"], row["street2"], row["zip"])


@pytest.fixture
def directory_slices(samhsa, tmp_path):
    """The first 300 rows of each 2022 directory, plus the first facility
    listed in both (so the slices always hold one SA+MH merge)."""
    sa = read_directory(samhsa / "national-directory-2022-sa.csv")
    mh = read_directory(samhsa / "national-directory-2022-mh.csv")
    mh_keys = {key_of(row): row for row in mh}
    in_both = next(row for row in sa if key_of(row) in mh_keys)
    slices = {"sa": sa[:300], "mh": mh[:300]}
    for name, row in (("sa", in_both), ("mh", mh_keys[key_of(in_both)])):
        if row not in slices[name]:
            slices[name].append(row)
    paths = {}
    for name, rows in slices.items():
        paths[name] = write_csv(
            tmp_path / f"national-directory-2022-{name}.csv", DIRECTORY_HEADER,
            [[row[column] for column in DIRECTORY_HEADER] for row in rows],
        )
    return paths["sa"], paths["mh"], in_both, mh_keys[key_of(in_both)]


@pytest.fixture
def real_dictionary(samhsa):
    import_service_codes([samhsa / "service-codes-2022.csv"])


def row_codes(row):
    return {code for code in row["service_code_info"].split() if code != "*"}


# --- The real files ----------------------------------------------------------


@pytest.mark.shared_data
def test_the_service_code_reference_loads_all_315_codes_with_their_meaning(samhsa):
    report = import_service_codes([samhsa / "service-codes-2022.csv"])
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
    import_service_codes([samhsa / "service-codes-2022.csv"])
    assert Service.objects.get(code="SS").description == ""
    report = import_service_codes(
        [samhsa / "service-codes-2022-sa.csv", samhsa / "service-codes-2022-mh.csv"]
    )
    assert report.updated and not report.created
    assert "ability to pay" in Service.objects.get(code="SS").description
    assert "without an overnight stay" in Service.objects.get(code="OP").description
    assert Service.objects.exclude(description="").count() > 150
    again = import_service_codes([samhsa / "service-codes-2022.csv", samhsa / "service-codes-2022-sa.csv"])
    assert not again.changed_anything


@pytest.mark.shared_data
def test_both_2022_directories_import_as_centers_with_every_code_mapped(real_dictionary, directory_slices):
    sa, mh, _, _ = directory_slices
    report = import_facilities([sa, mh])
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
    import_facilities([sa, mh])
    center = TreatmentCenter.objects.get(source_key=key_of(sa_row))
    assert center.facility_type == TreatmentCenter.FacilityType.BOTH
    assert stored_codes(center) == row_codes(sa_row) | row_codes(mh_row)
    assert center.service_code_list == sorted(row_codes(sa_row) | row_codes(mh_row))
    assert center.location_is_approximate
    assert (center.latitude, center.longitude) == zip_centroid(sa_row["zip"])


@pytest.mark.shared_data
def test_every_center_gets_exactly_the_codes_its_row_lists(real_dictionary, directory_slices):
    sa, _, _, _ = directory_slices
    import_facilities([sa])
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
    report = import_facilities([samhsa / "findtreatment-api-sample-2019.json"])
    assert report.created == 30 and not report.skipped
    mohr = TreatmentCenter.objects.get(
        source_key="811a908f82269778a2fe2a8bc603afa08df868f3e2fa56aa62e214d03997dea1"
    )
    assert (mohr.name, mohr.program_name, mohr.facility_type) == (
        "Region Ten Community Services Board", "Mohr Center", "SA"
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


# --- Idempotency --------------------------------------------------------------


def snapshot():
    return dict(TreatmentCenter.objects.values_list("pk", "updated_at"))


def writes_in(queries):
    verbs = ("INSERT", "UPDATE", "DELETE", "COPY")
    return [q["sql"] for q in queries.captured_queries if q["sql"].lstrip().upper().startswith(verbs)]


@pytest.mark.shared_data
def test_importing_the_same_directories_again_writes_nothing(real_dictionary, directory_slices):
    sa, mh, _, _ = directory_slices
    first = import_facilities([sa, mh])
    before = snapshot()
    with CaptureQueriesContext(connection) as queries:
        second = import_facilities([sa, mh])
    assert (second.created, second.updated, second.unchanged) == (0, 0, first.created)
    assert writes_in(queries) == []
    assert snapshot() == before


def test_importing_the_same_json_again_writes_nothing_even_on_another_day(dictionary, tmp_path):
    path = write_json(tmp_path / "page.json", [json_row(), json_row(frid="b" * 64, name2="Other")])
    import_facilities([path], verified=None)
    before = snapshot()
    with CaptureQueriesContext(connection) as queries:
        # The default last-verified date (today) alone is no reason to write.
        second = import_facilities([path])
    assert (second.created, second.updated, second.unchanged) == (0, 0, 2)
    assert writes_in(queries) == [] and snapshot() == before


def test_the_command_says_when_nothing_changed(dictionary, tmp_path):
    path = write_csv(tmp_path / "dir-2022-sa.csv", DIRECTORY_HEADER, [directory_row()])
    first, second = StringIO(), StringIO()
    call_command("import_facilities", str(path), stdout=first, stderr=StringIO())
    call_command("import_facilities", str(path), stdout=second, stderr=StringIO())
    assert "1 created, 0 updated, 0 unchanged, 0 skipped" in first.getvalue()
    assert "Centers already up to date: nothing written." in second.getvalue()
    assert "0 created, 0 updated, 1 unchanged" in second.getvalue()


def test_long_imports_show_progress_unless_asked_to_be_quiet(dictionary, tmp_path):
    rows = [directory_row(name1=f"Center {n}") for n in range(2001)]
    path = write_csv(tmp_path / "dir-2022-sa.csv", DIRECTORY_HEADER, rows)
    loud, quiet = StringIO(), StringIO()
    call_command("import_facilities", str(path), "--dry-run", stdout=loud)
    call_command("import_facilities", str(path), "--dry-run", verbosity=0, stdout=quiet)
    assert "  2,000 rows read…" in loud.getvalue()
    assert "rows read…" not in quiet.getvalue() and "2,001 created" in quiet.getvalue()


def test_a_changed_row_updates_only_its_center(dictionary, tmp_path):
    rows = [directory_row(), directory_row(name1="Second Place", phone="205-216-0300")]
    path = write_csv(tmp_path / "dir-2022-sa.csv", DIRECTORY_HEADER, rows)
    import_facilities([path])
    before = snapshot()
    rows[1] = directory_row(name1="Second Place", phone="205-216-0399", service_code_info="SA * RES")
    write_csv(path, DIRECTORY_HEADER, rows)
    report = import_facilities([path])
    assert (report.created, report.updated, report.unchanged) == (0, 1, 1)
    changed = TreatmentCenter.objects.get(name="Second Place")
    assert changed.phone == "+12052160399"
    assert stored_codes(changed) == {"SA", "RES"} and changed.service_codes == " RES SA "
    after = snapshot()
    assert after[changed.pk] > before[changed.pk]
    assert {pk: t for pk, t in after.items() if pk != changed.pk} == {
        pk: t for pk, t in before.items() if pk != changed.pk
    }


def test_a_reimport_keeps_what_editors_own(dictionary, tmp_path):
    path = write_csv(tmp_path / "dir-2022-sa.csv", DIRECTORY_HEADER, [directory_row()])
    import_facilities([path])
    center = TreatmentCenter.objects.get()
    TreatmentCenter.objects.filter(pk=center.pk).update(
        description="Editor's words.", status="closed", slug="edited-slug",
        website="https://alabaster.example.org/",
    )
    write_csv(path, DIRECTORY_HEADER, [directory_row(phone="205-216-0201")])
    assert import_facilities([path]).updated == 1
    center.refresh_from_db()
    assert center.phone == "+12052160201"
    assert (center.description, center.status, center.slug, center.website) == (
        "Editor's words.", "closed", "edited-slug", "https://alabaster.example.org/"
    )


def test_a_dry_run_saves_nothing(dictionary, tmp_path):
    path = write_csv(tmp_path / "dir-2022-sa.csv", DIRECTORY_HEADER, [directory_row()])
    output = StringIO()
    call_command("import_facilities", str(path), "--dry-run", stdout=output, stderr=StringIO())
    assert "Dry run: nothing was saved." in output.getvalue()
    assert "1 created" in output.getvalue()
    assert not TreatmentCenter.objects.exists()


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
    report = import_facilities([path])
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
    report = import_facilities([path])
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
    report = import_facilities([path])
    assert report.created == 1 and not report.skipped
    assert stored_codes(TreatmentCenter.objects.get()) == {"SA", "OIT"}
    assert report.unmapped == {"code ZZZ": 1}


def test_the_newer_iop_code_means_intensive_outpatient(dictionary, tmp_path):
    path = write_csv(tmp_path / "dir-2022-sa.csv", DIRECTORY_HEADER, [directory_row(service_code_info="SA IOP")])
    import_facilities([path])
    assert stored_codes(TreatmentCenter.objects.get()) == {"SA", "OIT"}


def test_json_service_names_map_by_category_so_young_adults_stay_apart(dictionary, tmp_path):
    services = [
        {"f1": "Groups", "f2": "SG", "f3": "Young adults; Adult men"},
        {"f1": "Ages", "f2": "AGE", "f3": "Young adults"},
        {"f1": "Payment", "f2": "PYAS", "f3": "Sliding fee scale (fee is based on income and other factors)"},
        {"f1": "Opioids", "f2": "OT", "f3": "Accepts clients on opioid medication"},  # 2019 wording
    ]
    path = write_json(tmp_path / "page.json", [json_row(services=services)])
    import_facilities([path])
    assert stored_codes(TreatmentCenter.objects.get()) == {"TAY", "MN", "YAD", "SS", "MOA"}


def test_json_rows_take_their_coordinates_website_and_guide_spelling(dictionary, tmp_path):
    row = json_row(typeFacility=None, type_facility="MH", website="www.example.org/path")
    import_facilities([write_json(tmp_path / "page.json", [row])])
    center = TreatmentCenter.objects.get()
    assert center.facility_type == "MH"
    assert (center.latitude, center.longitude, center.location_is_approximate) == (
        38.0282239, -78.4725231, False
    )
    assert center.website == "http://www.example.org/path"
    assert center.last_verified == timezone.localdate()


def test_json_rows_without_an_id_are_keyed_like_directory_rows(dictionary, tmp_path):
    rows = [json_row(frid=None), json_row(frid="", typeFacility="MH")]
    report = import_facilities([write_json(tmp_path / "page.json", rows)])
    center = TreatmentCenter.objects.get()
    assert center.source_key == "region sample board|mohr center|1014 east market street||22902"
    assert (report.merged, center.facility_type) == (1, "BOTH")


def test_rows_without_coordinates_are_placed_at_their_zip_centre_and_marked_approximate(
    dictionary, tmp_path
):
    path = write_json(tmp_path / "page.json", [json_row(latitude=None, longitude="")])
    report = import_facilities([path])
    center = TreatmentCenter.objects.get()
    assert (center.latitude, center.longitude) == (38.0266, -78.4805)  # ZIP 22902
    assert center.location_is_approximate and report.approximate == 1


def test_phone_numbers_are_stored_as_e164_and_unreadable_ones_blank(dictionary, tmp_path):
    rows = [directory_row(phone="884-994-4325", intake1="205-216-0200 x110"),
            directory_row(name1="Vanity", intake1a="888-PARNEXT")]
    report = import_facilities([write_csv(tmp_path / "d-2022-sa.csv", DIRECTORY_HEADER, rows)])
    first, vanity = TreatmentCenter.objects.order_by("name")
    assert (first.phone, first.intake_phone) == ("", "+12052160200")
    assert vanity.intake_phone == "+18887276398"
    assert report.bad_phones == [("d-2022-sa.csv, row 2", "phone", "884-994-4325")]
    assert report.extensions_dropped == 1


def test_directory_rows_are_verified_as_of_their_year_unless_told(dictionary, tmp_path):
    path = write_csv(tmp_path / "national-directory-2021-mh.csv", DIRECTORY_HEADER, [directory_row()])
    import_facilities([path])
    center = TreatmentCenter.objects.get()
    assert (center.last_verified, center.source) == (datetime.date(2021, 1, 1), "SAMHSA National Directory 2021")
    assert center.facility_type == "MH"
    import_facilities([path], verified=datetime.date(2021, 6, 30))
    center.refresh_from_db()
    assert center.last_verified == datetime.date(2021, 6, 30)


def test_new_centers_get_readable_unique_slugs(dictionary, tmp_path):
    rows = [directory_row(), directory_row(name2="Day Program"), directory_row(name2="Night Program"),
            directory_row(street1="1 Other Road", name2="Day Program")]
    import_facilities([write_csv(tmp_path / "d-2022-sa.csv", DIRECTORY_HEADER, rows)])
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
