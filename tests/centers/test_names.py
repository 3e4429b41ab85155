"""SAMHSA's two name columns: name2 is usually a program name, but sometimes
the rest of a name cut short in name1. Every example is a real 2022 row."""

import pytest

from programs.centers.importers import directory_csv
from programs.centers.importers.cleaning import facility_names
from programs.centers.importers.facilities import facilities_import
from programs.models import TreatmentCenter
from tests.support.samhsa import DIRECTORY_HEADER, directory_row, key_of, write_csv

# (directory, row, name1, name2): joined into one name, no program name.
CUT_IN_TWO = [
    ("sa", 10622, "Austin Changes Counseling and", "Education Services"),
    ("sa", 2333, "Partners in Drug Abuse Rehab and", "Counseling (PIDARC)"),
    ("mh", 560, "Southwest Arkansas Counseling and", "Mental Health Center Inc"),
    ("sa", 7173, "Mental Health Center of", "Greater Manchester"),
    ("sa", 10292, "Addiction Recovery Centers of the", "Black Hills"),
    ("sa", 4016, "Edgewater System for", "Balanced Living Inc"),
    ("sa", 10282, "Dorchester County Commission on", "Alcohol and Drug Abuse"),
    ("mh", 917, "Resnick Neuropsychiatric Hospital at", "UCLA"),
    ("sa", 5171, "Hampden Health Solutions at", "The Rail Inc"),
    ("sa", 9434, "Center of Excellence in", "Cooccurring Medicine"),
    ("sa", 9978, "Healthy Responses in a", "Dysfunctional Society"),
    ("sa", 786, "Safe Harbor Treatment Center", "for Women LLC"),
    ("sa", 3412, "Ann and Robert H Lurie Childs Hosp", "of Chicago/Div of Adolescent Med"),
    ("sa", 8989, "Complete Healthcare Addiction", "and Gynecology"),
]
# (directory, row, name1, name2): a facility and its program, kept apart.
NAME_AND_PROGRAM = [
    ("sa", 3, "Lighthouse of Tallapoosa County Inc", "Substance Abuse Rehab Program/Resid"),
    ("sa", 90, "Bradford Health Services", "Montgomery Regional Office"),
    ("sa", 42, "SpectraCare Health Systems", "The Haven"),
    ("sa", 57, "Cedar Lodge", "A Program of MLBHC"),
    ("sa", 9630, "UPMC Western Behavioral Health", "At Twin Lakes"),
    ("sa", 7144, "Southeastern New Hampshire Servs", "For Women IOP"),
    ("sa", 9740, "Outside In", "Pathway to Recovery Outpatient"),
    ("mh", 1128, "Felton Institute", "reMIND"),
    ("sa", 8952, "Circle Health Services", "fka Free Clinic of Greater Cleveland"),
]


@pytest.fixture(scope="module")
def real_rows(shipped_samhsa):
    """Every row of both shipped directories, by (directory, row number)."""
    return {
        (directory, row.row): row
        for directory in ("sa", "mh")
        for row in directory_csv.read(shipped_samhsa / f"national-directory-2022-{directory}.csv.gz")
    }


@pytest.mark.parametrize(("directory", "number", "name1", "name2"), CUT_IN_TWO)
def test_a_name_cut_in_two_is_read_as_one_name(real_rows, directory, number, name1, name2):
    row = real_rows[directory, number]
    assert row.listed_names == (name1, name2)
    assert (row.name, row.program_name) == (f"{name1} {name2}", "")


@pytest.mark.parametrize(("directory", "number", "name1", "name2"), NAME_AND_PROGRAM)
def test_a_program_name_stays_a_program_name(real_rows, directory, number, name1, name2):
    row = real_rows[directory, number]
    assert (row.name, row.program_name) == (name1, name2)


def test_the_austin_example_reads_as_one_name():
    assert facility_names("Austin Changes Counseling and", "Education Services") == (
        "Austin Changes Counseling and Education Services",
        "",
    )


@pytest.mark.parametrize(
    ("name1", "name2", "expected"),
    [
        ("Smith &", "Jones Counseling", ("Smith & Jones Counseling", "")),
        ("Recovery Works,", "Eastside Clinic", ("Recovery Works, Eastside Clinic", "")),
        ("Center for Co-", "Occurring Disorders", ("Center for Co-Occurring Disorders", "")),
        ("Hope House  ", "  with Children", ("Hope House with Children", "")),
        ("Counseling and", "", ("Counseling and", "")),
        ("", "for Women", ("", "for Women")),
    ],
)
def test_the_rule_also_joins_at_an_ampersand_a_comma_or_a_hyphen(name1, name2, expected):
    assert facility_names(name1, name2) == expected


@pytest.mark.django_db
def test_a_joined_name_keeps_the_key_of_its_listed_columns(dictionary, tmp_path):
    cells = {"name1": "Austin Changes Counseling and", "name2": "Education Services", "zip": "78751"}
    path = write_csv(tmp_path / "dir-2022-sa.csv", DIRECTORY_HEADER, [directory_row(**cells)])
    facilities_import(paths=[path])
    center = TreatmentCenter.objects.get()
    assert (center.name, center.program_name) == ("Austin Changes Counseling and Education Services", "")
    assert center.source_key == key_of(dict(zip(DIRECTORY_HEADER, directory_row(**cells), strict=True)))
