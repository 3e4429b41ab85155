"""Fixtures for the centers tests: the real SAMHSA files, and service
dictionaries and directory slices made from them or from small test files."""

from pathlib import Path

import pytest

from programs.centers.importers.service_codes import service_codes_import
from tests.support.samhsa import DIRECTORY_HEADER, REFERENCE, key_of, read_directory, write_csv

# The real SAMHSA files live beside the repository, never in it.
SAMHSA_DIR = Path(__file__).resolve().parents[3] / "shared" / "data" / "samhsa"


@pytest.fixture
def samhsa():
    """The folder of real SAMHSA files, or a skip that says where it was looked for."""
    if not SAMHSA_DIR.is_dir():
        pytest.skip(f"SAMHSA data folder not found at {SAMHSA_DIR}; these tests read the real files")
    return SAMHSA_DIR


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
            tmp_path / f"national-directory-2022-{name}.csv",
            DIRECTORY_HEADER,
            [[row[column] for column in DIRECTORY_HEADER] for row in rows],
        )
    return paths["sa"], paths["mh"], in_both, mh_keys[key_of(in_both)]


@pytest.fixture
def real_dictionary(samhsa):
    service_codes_import(paths=[samhsa / "service-codes-2022.csv"])
