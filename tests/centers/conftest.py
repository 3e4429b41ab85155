"""Fixtures for the centers tests: the real SAMHSA files shipped in
data/samhsa/, and service dictionaries and directory slices made from them or
from small test files."""

import gzip
import shutil
from pathlib import Path

import pytest

from programs.centers.importers.service_codes import service_codes_import
from tests.support.samhsa import DIRECTORY_HEADER, REFERENCE, key_of, read_directory, write_csv

# SAMHSA's 2022 files as the repository ships them: gzip-compressed CSV.
SAMHSA_DIR = Path(__file__).resolve().parents[2] / "data" / "samhsa"


@pytest.fixture(scope="session")
def shipped_samhsa():
    """data/samhsa/: the real files as shipped (`*.csv.gz`, `*.json.gz`)."""
    assert SAMHSA_DIR.is_dir(), f"{SAMHSA_DIR} is missing: the repository ships it"
    return SAMHSA_DIR


# Not product data, so not shipped: one page of FindTreatment.gov's 2019 JSON
# API, kept by the team beside the repository for the JSON importer's tests.
FINDTREATMENT_SAMPLE = (
    Path(__file__).resolve().parents[3] / "shared" / "data" / "samhsa" / "findtreatment-api-sample-2019.json"
)


@pytest.fixture
def findtreatment_sample():
    if not FINDTREATMENT_SAMPLE.is_file():
        pytest.skip(f"FindTreatment.gov sample not found at {FINDTREATMENT_SAMPLE}")
    return FINDTREATMENT_SAMPLE


@pytest.fixture(scope="session")
def samhsa(shipped_samhsa, tmp_path_factory):
    """The same files decompressed once per session, under their plain names
    (service-codes-2022.csv, ...), for tests that read them as plain files."""
    folder = tmp_path_factory.mktemp("samhsa")
    for packed in shipped_samhsa.glob("*.gz"):
        with gzip.open(packed, "rb") as source, open(folder / packed.stem, "wb") as target:
            shutil.copyfileobj(source, target)
    return folder


@pytest.fixture
def dictionary(tmp_path):
    """A small service dictionary, loaded the way the command loads the real one."""
    path = write_csv(
        tmp_path / "service-codes-2022.csv",
        ["category_code", "category_name", "service_code", "service_name", "directories"],
        REFERENCE,
    )
    service_codes_import(paths=[path])


@pytest.fixture
def directory_slices(shipped_samhsa, tmp_path):
    """The first 300 rows of each 2022 directory, plus the first facility
    listed in both (so the slices always hold one SA+MH merge)."""
    sa = read_directory(shipped_samhsa / "national-directory-2022-sa.csv.gz")
    mh = read_directory(shipped_samhsa / "national-directory-2022-mh.csv.gz")
    mh_keys = {key_of(row): row for row in mh}
    in_both = next(row for row in sa if key_of(row) in mh_keys)
    slices = {"sa": sa[:300], "mh": mh[:300]}
    for name, row in (("sa", in_both), ("mh", mh_keys[key_of(in_both)])):
        if row not in slices[name]:
            slices[name].append(row)
    paths = {}
    for name, rows in slices.items():
        paths[name] = write_csv(
            tmp_path / f"national-directory-2022-{name}.csv",
            DIRECTORY_HEADER,
            [[row[column] for column in DIRECTORY_HEADER] for row in rows],
        )
    return paths["sa"], paths["mh"], in_both, mh_keys[key_of(in_both)]


@pytest.fixture
def real_dictionary(shipped_samhsa):
    service_codes_import(paths=[shipped_samhsa / "service-codes-2022.csv.gz"])
