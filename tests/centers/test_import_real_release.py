"""The whole 2022 directory shipped in data/samhsa/, imported, then imported
again as a “newer release” with a few dozen facilities left out and a few
phone numbers changed, with --close-missing: exactly the left-out facilities
close, exactly the changed ones update, every other center is untouched, and
importing that release once more changes nothing.

Three full imports (about 21,000 rows each): tens of seconds on SQLite.
"""

import hashlib
import random
from collections import Counter
from io import StringIO

import pytest
from django.core.management import call_command
from django.utils import timezone

from programs.centers.importers import cleaning
from programs.models import ImportRun, TreatmentCenter
from tests.support.samhsa import key_of, read_directory, write_gzip

pytestmark = [pytest.mark.django_db, pytest.mark.shared_data]
SA, MH = "national-directory-2022-sa.csv.gz", "national-directory-2022-mh.csv.gz"
CLOSED_FIELDS = {"status", "closed_on", "closed_by", "updated_at"}


def run(*arguments):
    output = StringIO()
    call_command("import_facilities", *map(str, arguments), stdout=output, stderr=StringIO())
    return output.getvalue()


def centers():
    return {row["source_key"]: row for row in TreatmentCenter.objects.values()}


def without(values, names):
    return {name: value for name, value in values.items() if name not in names}


def facts(path):
    data = path.read_bytes()
    return {"name": path.name, "bytes": len(data), "sha256": hashlib.sha256(data).hexdigest()}


def plain_number(row):
    """A readable number without an extension, so a new one changes one field only."""
    return cleaning.phone(row["phone"])[0] and not cleaning.extension(row["phone"])


class Release:
    """The shipped rows, and the changes that make the “newer release”."""

    def __init__(self, folder, stored):
        self.sa, self.mh = read_directory(folder / SA), read_directory(folder / MH)
        sa_rows = {key_of(row): row for row in self.sa}
        mh_rows = {key_of(row): row for row in self.mh}
        counts = Counter(key_of(row) for row in self.sa + self.mh)
        # Imported keys listed once per directory (a repeated row is skipped as a duplicate).
        single = {key for key in stored if counts[key] == (key in sa_rows) + (key in mh_rows)}
        pool = random.Random(13)
        only_sa = pool.sample(sorted(single - set(mh_rows)), 16)
        only_mh = pool.sample(sorted(single - set(sa_rows)), 16)
        both = pool.sample(sorted(single & set(sa_rows) & set(mh_rows)), 18)
        # A facility listed in both directories is absent only when both leave it out.
        self.closed = {*only_sa[:12], *only_mh[:12], *both[:12]}
        self.removed = {
            "sa": {*only_sa[:12], *both[:12], both[13]},
            "mh": {*only_mh[:12], *both[:12], both[12]},
        }
        self.narrowed = {both[12]: "SA", both[13]: "MH"}  # left out of one directory only
        # New numbers in the SA row for SA-only and both (the SA row's number
        # wins), in the MH row for MH-only.
        picks = [("sa", only_sa[12:], sa_rows), ("sa", both[14:], sa_rows), ("mh", only_mh[12:], mh_rows)]
        self.new_phones = {}
        for name, keys, rows in picks:
            for key in [key for key in keys if plain_number(rows[key])][:3]:
                self.new_phones[key] = (name, f"202-555-01{len(self.new_phones):02d}")

    def write(self, folder):
        """The newer release, gzip-compressed as SAMHSA's files are shipped."""
        paths = []
        for name, rows, file_name in (("sa", self.sa, SA), ("mh", self.mh, MH)):
            kept = [self._changed(name, row) for row in rows if key_of(row) not in self.removed[name]]
            paths.append(write_gzip(folder / file_name, list(rows[0]), [list(row.values()) for row in kept]))
        return paths

    def _changed(self, name, row):
        where, phone = self.new_phones.get(key_of(row), (None, None))
        return {**row, "phone": phone} if where == name else row


def test_a_complete_release_closes_exactly_what_it_left_out_and_updates_exactly_what_changed(
    shipped_samhsa, tmp_path
):
    call_command("import_service_codes", shipped_samhsa / "service-codes-2022.csv.gz", stdout=StringIO())
    run(shipped_samhsa / SA, shipped_samhsa / MH)
    before = centers()
    release = Release(shipped_samhsa, before)
    newer = release.write(tmp_path)

    output = run(*newer, "--close-missing", "--run-by", "test: newer release")
    after = centers()
    logged = ImportRun.objects.first()
    changed = set(release.new_phones) | set(release.narrowed)
    assert (logged.created, logged.closed, logged.reopened) == (0, 36, 0)
    assert len(release.new_phones) == 9
    assert logged.updated == len(changed) == 11
    assert logged.unchanged == len(before) - 36 - 11
    assert "Closures: 36 closed (no longer listed)" in output
    assert set(after) == set(before)  # closed, never deleted

    closed = {key for key, values in after.items() if values["status"] == TreatmentCenter.Status.CLOSED}
    assert closed == release.closed
    for key in closed:
        assert (after[key]["closed_on"], after[key]["closed_by"]) == (timezone.localdate(), "import")
        assert without(after[key], CLOSED_FIELDS) == without(before[key], CLOSED_FIELDS)
    for key, (_, phone) in release.new_phones.items():
        assert after[key]["phone"] == "+1" + phone.replace("-", "") != before[key]["phone"]
        assert after[key]["updated_at"] > before[key]["updated_at"]
        assert without(after[key], {"phone", "updated_at"}) == without(before[key], {"phone", "updated_at"})
    for key, facility_type in release.narrowed.items():
        assert (after[key]["status"], after[key]["facility_type"]) == ("open", facility_type)
        assert before[key]["facility_type"] == "BOTH"
    for key in set(before) - closed - changed:
        assert after[key] == before[key], key

    again = run(*newer, "--close-missing")
    latest = ImportRun.objects.first()
    assert (latest.created, latest.updated, latest.closed, latest.reopened) == (0, 0, 0, 0)
    assert latest.unchanged == len(before) - 36
    assert "Centers already up to date: nothing written." in again
    assert centers() == after
    assert latest.files == logged.files == [facts(path) for path in newer]
