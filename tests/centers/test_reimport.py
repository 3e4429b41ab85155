"""Importing the same files again writes nothing, a changed row updates only
its center, and what editors own survives a re-import.

Most tests write small files into tmp_path; the first re-imports slices of
the real directories shipped in data/samhsa/.
"""

from io import StringIO

import pytest
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext

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


def snapshot():
    return dict(TreatmentCenter.objects.values_list("pk", "updated_at"))


def writes_in(queries):
    verbs = ("INSERT", "UPDATE", "DELETE", "COPY")
    return [q["sql"] for q in queries.captured_queries if q["sql"].lstrip().upper().startswith(verbs)]


def test_importing_the_same_directories_again_writes_nothing(real_dictionary, directory_slices):
    sa, mh, _, _ = directory_slices
    first = facilities_import(paths=[sa, mh])
    before = snapshot()
    with CaptureQueriesContext(connection) as queries:
        second = facilities_import(paths=[sa, mh])
    assert (second.created, second.updated, second.unchanged) == (0, 0, first.created)
    assert writes_in(queries) == []
    assert snapshot() == before


def test_importing_the_same_json_again_writes_nothing_even_on_another_day(dictionary, tmp_path):
    path = write_json(tmp_path / "page.json", [json_row(), json_row(frid="b" * 64, name2="Other")])
    facilities_import(paths=[path], verified=None)
    before = snapshot()
    with CaptureQueriesContext(connection) as queries:
        # The default last-verified date (today) alone is no reason to write.
        second = facilities_import(paths=[path])
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
    facilities_import(paths=[path])
    before = snapshot()
    rows[1] = directory_row(name1="Second Place", phone="205-216-0399", service_code_info="SA * RES")
    write_csv(path, DIRECTORY_HEADER, rows)
    report = facilities_import(paths=[path])
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
    facilities_import(paths=[path])
    center = TreatmentCenter.objects.get()
    TreatmentCenter.objects.filter(pk=center.pk).update(
        description="Editor's words.",
        status="closed",
        slug="edited-slug",
        website="https://alabaster.example.org/",
    )
    write_csv(path, DIRECTORY_HEADER, [directory_row(phone="205-216-0201")])
    assert facilities_import(paths=[path]).updated == 1
    center.refresh_from_db()
    assert center.phone == "+12052160201"
    assert (center.description, center.status, center.slug, center.website) == (
        "Editor's words.",
        "closed",
        "edited-slug",
        "https://alabaster.example.org/",
    )


def test_a_dry_run_saves_nothing(dictionary, tmp_path):
    path = write_csv(tmp_path / "dir-2022-sa.csv", DIRECTORY_HEADER, [directory_row()])
    output = StringIO()
    call_command("import_facilities", str(path), "--dry-run", stdout=output, stderr=StringIO())
    assert "Dry run: nothing was saved." in output.getvalue()
    assert "1 created" in output.getvalue()
    assert not TreatmentCenter.objects.exists()
