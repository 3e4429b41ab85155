"""The import log: every `import_facilities` run that is not a dry run leaves
an ImportRun (who, options, each file's size and SHA-256, the counts), even
one that wrote nothing; editors read it in the admin and nobody edits it."""

import getpass
import hashlib
from io import StringIO

import pytest
from django.contrib.auth.models import Group, User
from django.core.management import call_command
from django.core.management.base import CommandError
from django.urls import reverse

from programs.models import ImportRun
from tests.support.centers import make_center
from tests.support.html import parse
from tests.support.samhsa import DIRECTORY_HEADER, directory_row, write_csv, write_gzip

pytestmark = pytest.mark.django_db
CHANGELIST = reverse("admin:programs_importrun_changelist")


def run(*arguments):
    output = StringIO()
    call_command("import_facilities", *map(str, arguments), stdout=output, stderr=StringIO())
    return output.getvalue()


@pytest.fixture
def files(tmp_path):
    """A release as SAMHSA ships it: the SA file gzip-compressed, the MH one plain."""
    sa = write_gzip(
        tmp_path / "national-directory-2022-sa.csv.gz",
        DIRECTORY_HEADER,
        [directory_row(), directory_row(name1="Second Place")],
    )
    mh = write_csv(
        tmp_path / "national-directory-2022-mh.csv",
        DIRECTORY_HEADER,
        [directory_row(name1="Mind Place", service_code_info="MH * OP")],
    )
    return sa, mh


def facts(path):
    data = path.read_bytes()
    return {"name": path.name, "bytes": len(data), "sha256": hashlib.sha256(data).hexdigest()}


def test_an_import_is_logged_with_each_file_as_stored_and_its_counts(dictionary, files):
    output = run(*files)
    logged = ImportRun.objects.get()
    assert logged.files == [facts(files[0]), facts(files[1])]  # the .gz itself, not its content
    assert (logged.created, logged.updated, logged.unchanged, logged.closed, logged.skipped) == (
        3,
        0,
        0,
        0,
        0,
    )
    assert logged.started_at <= logged.finished_at
    assert logged.run_by == f"{getpass.getuser()}, manage.py import_facilities"
    assert logged.options == ""
    assert f"Logged as import run {logged.pk}" in output


def test_a_run_that_wrote_nothing_is_logged_too(dictionary, files):
    run(*files)
    run(*files)
    latest, first = ImportRun.objects.all()  # newest first
    assert latest.started_at >= first.started_at
    assert (latest.created, latest.updated, latest.unchanged) == (0, 0, 3)
    assert latest.files == first.files


def test_dry_runs_and_refused_runs_are_not_logged(dictionary, files):
    run(*files, "--dry-run")
    with pytest.raises(CommandError):
        run(files[0], "--close-missing")  # one directory only
    assert not ImportRun.objects.exists()


def test_the_log_names_who_ran_it_and_with_which_options(dictionary, files):
    run(*files, "--run-by", "nightly cron", "--close-missing", "--verified", "2022-03-01")
    logged = ImportRun.objects.get()
    assert logged.run_by == f"nightly cron ({getpass.getuser()}, manage.py import_facilities)"
    assert logged.options == "--close-missing --verified 2022-03-01"


def test_a_system_without_a_user_name_still_logs_the_run(dictionary, files, monkeypatch):
    def no_user():
        raise OSError("No username set in the environment")

    monkeypatch.setattr(getpass, "getuser", no_user)
    run(*files)
    assert ImportRun.objects.get().run_by == "unknown user, manage.py import_facilities"


def test_reopened_and_closed_centers_and_removed_demo_centers_are_counted(dictionary, files, tmp_path):
    make_center(is_demo=True)
    run(*files)
    smaller = tmp_path / "smaller"
    smaller.mkdir()
    sa = write_csv(smaller / files[0].name.removesuffix(".gz"), DIRECTORY_HEADER, [directory_row()])
    mh = write_csv(smaller / files[1].name, DIRECTORY_HEADER, [])
    run(sa, mh, "--close-missing", "--force")
    run(*files, "--close-missing")
    reopened, closed, first = ImportRun.objects.all()
    assert (first.created, first.demo_removed) == (3, 1)
    assert (closed.closed, closed.unchanged) == (2, 1)
    assert (reopened.reopened, reopened.closed, reopened.unchanged) == (2, 0, 3)


# --- The admin: editors read the log; nobody changes it ----------------------


@pytest.fixture
def logged(dictionary, files):
    run(*files)
    return ImportRun.objects.get()


@pytest.fixture
def editor(client):
    user = User.objects.create_user("editor", password="a-long-test-password", is_staff=True)
    user.groups.add(Group.objects.get(name="Editors"))
    client.force_login(user)
    return user


def test_an_editor_reads_the_list_of_runs_newest_first(client, editor, logged):
    ImportRun.objects.create(
        started_at=logged.started_at.replace(year=2020),
        finished_at=logged.finished_at.replace(year=2020),
        run_by="an older run",
    )
    response = client.get(CHANGELIST)
    assert response.status_code == 200
    rows = parse(response.content.decode()).by_id("result_list").find("tbody").find_all("tr")
    assert len(rows) == 2
    assert logged.run_by in rows[0].text and "an older run" in rows[1].text
    assert "national-directory-2022-sa.csv.gz, national-directory-2022-mh.csv" in rows[0].text


def test_an_editor_reads_a_runs_files_with_size_and_checksum(client, editor, logged, files):
    url = reverse("admin:programs_importrun_change", args=[logged.pk])
    response = client.get(url)
    assert response.status_code == 200
    page = parse(response.content.decode())
    table = next(table for table in page.find_all("table") if "SHA-256" in table.text)
    cells = [[cell.text for cell in row.find_all("td")] for row in table.find("tbody").find_all("tr")]
    expected = [facts(path) for path in files]
    assert cells == [[f["name"], f"{f['bytes']:,} bytes", f["sha256"]] for f in expected]
    assert not page.find_all("input", type="submit")  # nothing to save


@pytest.mark.parametrize("who", ["editor", "superuser"])
def test_nobody_adds_changes_or_deletes_a_run(client, logged, who):
    user = User.objects.create_user(who, password="a-long-test-password", is_staff=True)
    if who == "superuser":
        user.is_superuser = True
        user.save()
    else:
        user.groups.add(Group.objects.get(name="Editors"))
    client.force_login(user)
    change = reverse("admin:programs_importrun_change", args=[logged.pk])
    delete = reverse("admin:programs_importrun_delete", args=[logged.pk])
    assert client.get(reverse("admin:programs_importrun_add")).status_code == 403
    assert client.post(change, {"run_by": "someone else"}).status_code == 403
    assert client.get(delete).status_code == 403
    assert client.post(delete, {"post": "yes"}).status_code == 403
    bulk = client.post(CHANGELIST, {"action": "delete_selected", "_selected_action": [logged.pk]})
    assert bulk.status_code == 200  # no such action: the list again, with nothing done
    assert list(ImportRun.objects.values_list("pk", "run_by")) == [(logged.pk, logged.run_by)]
