"""`import_facilities --close-missing`: a complete release closes the open
centers of its source that it no longer lists (never deletes them), refuses
to close more than 15% of them without --force, needs both directories of a
release, and reopens only what an import closed.

Each test imports a small release written into tmp_path, then another."""

from io import StringIO

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from programs.centers.importers.closing import source_family
from programs.centers.importers.facilities import facilities_import
from programs.models import ImportRun, TreatmentCenter
from programs.web import page_cache
from tests.support.centers import make_center
from tests.support.samhsa import DIRECTORY_HEADER, directory_row, json_row, write_csv, write_json

pytestmark = pytest.mark.django_db
CLOSED, OPEN = TreatmentCenter.Status.CLOSED, TreatmentCenter.Status.OPEN


def rows(count, start=0):
    return [directory_row(name1=f"Center {number}") for number in range(start, start + count)]


def release(folder, sa_rows, mh_rows=(), *, year=2022):
    """The SA and MH directory files of one release, in their own folder."""
    folder.mkdir(exist_ok=True)
    return [
        write_csv(folder / f"national-directory-{year}-{name}.csv", DIRECTORY_HEADER, list(cells))
        for name, cells in (("sa", sa_rows), ("mh", mh_rows))
    ]


def run(paths, *options):
    output = StringIO()
    call_command("import_facilities", *map(str, paths), *options, stdout=output, stderr=StringIO())
    return output.getvalue()


def closure(name):
    center = TreatmentCenter.objects.get(name=name)
    return center.status, center.closed_on, center.closed_by


def snapshot():
    return {row["id"]: row for row in TreatmentCenter.objects.values()}


def test_a_center_the_release_no_longer_lists_is_closed_today_not_deleted(dictionary, tmp_path):
    run(release(tmp_path / "first", rows(10)))
    output = run(release(tmp_path / "second", rows(9)), "--close-missing")
    assert closure("Center 9") == (CLOSED, timezone.localdate(), TreatmentCenter.ClosedBy.IMPORT)
    assert TreatmentCenter.objects.count() == 10
    assert TreatmentCenter.objects.filter(status=OPEN).count() == 9
    assert "Closures: 1 closed (no longer listed), 0 reopened" in output


def test_without_close_missing_an_absent_center_stays_open(dictionary, tmp_path):
    run(release(tmp_path / "first", rows(10)))
    run(release(tmp_path / "second", rows(5)))
    assert not TreatmentCenter.objects.filter(status=CLOSED).exists()


def test_closing_more_than_15_percent_is_refused_and_writes_nothing(dictionary, tmp_path):
    run(release(tmp_path / "first", rows(10)))
    changed = [directory_row(name1="Center 0", phone="205-216-0299"), *rows(7, start=1)]
    second = release(tmp_path / "second", changed)
    before, runs = snapshot(), ImportRun.objects.count()
    with pytest.raises(CommandError) as refused:
        run(second, "--close-missing")
    message = str(refused.value)
    assert "would close 2 of the 10 open centers from SAMHSA National Directory (20.0%)" in message
    assert "more than the 15%" in message and "--force" in message and "Nothing was written" in message
    assert snapshot() == before  # not even the changed phone number
    assert ImportRun.objects.count() == runs


def test_force_closes_them_however_many(dictionary, tmp_path):
    run(release(tmp_path / "first", rows(10)))
    run(release(tmp_path / "second", rows(8)), "--close-missing", "--force")
    assert set(TreatmentCenter.objects.filter(status=CLOSED).values_list("name", flat=True)) == {
        "Center 8",
        "Center 9",
    }
    assert ImportRun.objects.first().options == "--close-missing --force"


def test_exactly_15_percent_is_still_closed(dictionary, tmp_path):
    run(release(tmp_path / "first", rows(20)))
    run(release(tmp_path / "second", rows(17)), "--close-missing")
    assert TreatmentCenter.objects.filter(status=CLOSED).count() == 3


def test_force_alone_is_refused(dictionary, tmp_path):
    with pytest.raises(CommandError, match="--force only makes sense with --close-missing"):
        run(release(tmp_path / "first", rows(1)), "--force")


def test_closing_needs_both_directories_of_the_release(dictionary, tmp_path):
    sa, mh = release(tmp_path / "first", rows(10), [directory_row(name1="Mental Health Place")])
    run([sa, mh])
    with pytest.raises(CommandError, match="the MH file is missing") as refused:
        run([sa], "--close-missing")
    assert "closing with one file would close every facility the other lists" in str(refused.value)
    later_mh = release(tmp_path / "later", [], year=2023)[1]
    with pytest.raises(CommandError, match="both directories of the 2022 release"):
        run([sa, later_mh], "--close-missing")
    assert not TreatmentCenter.objects.filter(status=CLOSED).exists()


def test_a_facility_in_both_directories_is_closed_only_when_both_leave_it_out(dictionary, tmp_path):
    both = directory_row(name1="Both Directories", service_code_info="SA MH * OP")
    run(release(tmp_path / "first", [*rows(9), both], [both]))
    run(release(tmp_path / "second", [*rows(9), both], []), "--close-missing")
    center = TreatmentCenter.objects.get(name="Both Directories")
    assert (center.status, center.facility_type) == (OPEN, "SA")
    run(release(tmp_path / "third", rows(9), []), "--close-missing")
    assert closure("Both Directories")[0] == CLOSED


def test_the_same_release_again_changes_nothing(dictionary, tmp_path):
    run(release(tmp_path / "first", rows(10)))
    second = release(tmp_path / "second", rows(9))
    run(second, "--close-missing")
    before = snapshot()
    with CaptureQueriesContext(connection) as queries:
        again = facilities_import(paths=second, close_missing=True)
    assert (again.created, again.updated, again.closed, again.reopened) == (0, 0, 0, 0)
    assert again.unchanged == 9
    writes = [
        q["sql"]
        for q in queries.captured_queries
        if q["sql"].lstrip().upper().startswith(("INSERT", "UPDATE", "DELETE"))
    ]
    assert writes == [] and snapshot() == before
    assert "Centers already up to date: nothing written." in run(second, "--close-missing")


def test_a_center_an_import_closed_is_reopened_when_listed_again(dictionary, tmp_path):
    first = release(tmp_path / "first", rows(10))
    run(first)
    run(release(tmp_path / "second", rows(9)), "--close-missing")
    output = run(first, "--close-missing")
    assert closure("Center 9") == (OPEN, None, "")
    assert "0 closed (no longer listed), 1 reopened" in output
    assert ImportRun.objects.first().reopened == 1


def test_a_center_closed_by_an_editor_or_a_call_is_never_reopened(dictionary, tmp_path):
    first = release(tmp_path / "first", rows(10))
    run(first)
    today = timezone.localdate()
    for name, by in (("Center 1", "editor"), ("Center 2", "call")):
        TreatmentCenter.objects.filter(name=name).update(status=CLOSED, closed_on=today, closed_by=by)
    output = run(first, "--close-missing")
    assert closure("Center 1") == (CLOSED, today, "editor")
    assert closure("Center 2") == (CLOSED, today, "call")
    assert "0 reopened (listed again after an import closed them), 2 left closed" in output


def test_centers_of_other_sources_and_added_by_editors_are_never_closed(dictionary, tmp_path):
    run(release(tmp_path / "first", rows(10)))
    run([write_json(tmp_path / "page.json", [json_row()])])
    typed = make_center(
        name="Typed In", source="SAMHSA National Directory 2022", source_key="editor:typed-in"
    )
    run(release(tmp_path / "second", rows(9)), "--close-missing")
    assert TreatmentCenter.objects.get(source="FindTreatment.gov").status == OPEN
    assert TreatmentCenter.objects.get(pk=typed.pk).status == OPEN
    assert TreatmentCenter.objects.filter(status=CLOSED).count() == 1


def test_a_findtreatment_release_closes_only_findtreatment_centers(dictionary, tmp_path):
    run(release(tmp_path / "first", rows(3)))
    pages = [json_row(frid=f"{number:064d}", name2=f"Program {number}") for number in range(10)]
    run([write_json(tmp_path / "page.json", pages)])
    run([write_json(tmp_path / "newer.json", pages[1:])], "--close-missing")
    closed = TreatmentCenter.objects.filter(status=CLOSED)
    assert list(closed.values_list("source_key", flat=True)) == ["0" * 64]


def test_a_newer_release_closes_what_the_older_one_listed_and_it_no_longer_does(dictionary, tmp_path):
    run(release(tmp_path / "first", rows(10)))
    report = facilities_import(paths=release(tmp_path / "newer", rows(9), year=2023), close_missing=True)
    assert (report.updated, report.closed) == (9, 1)
    assert closure("Center 9")[0] == CLOSED
    assert TreatmentCenter.objects.get(name="Center 9").source == "SAMHSA National Directory 2022"
    assert source_family("SAMHSA National Directory 2023") == "SAMHSA National Directory"
    assert source_family("FindTreatment.gov") == "FindTreatment.gov"


def test_a_demonstration_center_is_removed_as_always_never_counted_as_closed(dictionary, tmp_path):
    run(release(tmp_path / "first", rows(10)))
    make_center(is_demo=True, source="SAMHSA National Directory 2022")
    report = facilities_import(paths=release(tmp_path / "second", rows(9)), close_missing=True)
    assert (report.demo_removed, report.closed) == (1, 1)
    assert not TreatmentCenter.objects.filter(is_demo=True).exists()


def test_a_dry_run_says_what_it_would_close_and_closes_nothing(dictionary, tmp_path):
    run(release(tmp_path / "first", rows(10)))
    output = run(release(tmp_path / "second", rows(9)), "--close-missing", "--dry-run")
    assert "Dry run: nothing was saved." in output
    assert "Closures: 1 would be closed (no longer listed)" in output
    assert not TreatmentCenter.objects.filter(status=CLOSED).exists()


def test_closing_marks_cached_pages_stale_once_committed(
    dictionary, tmp_path, django_capture_on_commit_callbacks
):
    run(release(tmp_path / "first", rows(10)))
    before = page_cache.generation()
    with django_capture_on_commit_callbacks(execute=True):
        facilities_import(paths=release(tmp_path / "second", rows(9)), close_missing=True)
    assert page_cache.generation() != before
