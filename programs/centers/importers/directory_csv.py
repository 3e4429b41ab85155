"""SAMHSA National Directory CSV: the “Facilities List” sheet, one file per
directory (substance use, mental health).

The file itself does not say which directory it is, so the file name must:
`national-directory-2022-sa.csv`, `...-mh.csv` (or `.csv.gz`). Its year (2022) names the
source. No coordinates and no website: the import service places each row
at its ZIP centre.
"""

import csv
import re
from pathlib import Path

from programs.centers.importers import cleaning, files
from programs.centers.importers.rows import SourceRow, UnreadableFile, address_fields

DIRECTORY_IN_NAME = re.compile(r"(?:^|[^a-z])(sa|mh)(?:[^a-z]|$)")
YEAR_IN_NAME = re.compile(r"(?<!\d)(20\d\d)(?!\d)")


def directory_of(path):
    """SA or MH, from the file name; raises UnreadableFile when it does not say."""
    match = DIRECTORY_IN_NAME.search(Path(path).stem.casefold())
    if not match:
        raise UnreadableFile(
            f"{path}: cannot tell which directory this is. Name the file ...-sa.csv "
            "(substance use) or ...-mh.csv (mental health), as SAMHSA's are."
        )
    return match.group(1).upper()


def year_of(path):
    """The directory year in the file name (2022), or None."""
    match = YEAR_IN_NAME.search(Path(path).name)
    return int(match.group(1)) if match else None


def source_name(year):
    return f"SAMHSA National Directory {year}" if year else "SAMHSA National Directory"


def read(path):
    """Yield a SourceRow for each facility in the file."""
    directory, source = directory_of(path), source_name(year_of(path))
    name = Path(path).name
    with files.open_text(path) as file:
        for number, cells in enumerate(csv.DictReader(file), start=2):
            yield _source_row(cells, name, number, directory, source)


def _source_row(cells, file, number, directory, source):
    get = lambda column: cleaning.text(cells.get(column))  # noqa: E731
    return SourceRow(
        file=file,
        row=number,
        directory=directory,
        source=source,
        **address_fields(get),
        phones={
            "phone": get("phone"),
            # intake1a holds the spelled-out form (888-PARNEXT) when intake1 is empty.
            "intake_phone": get("intake1") or get("intake1a"),
            "intake2_phone": get("intake2") or get("intake2a"),
        },
        service_codes=[code for code in get("service_code_info").split() if code != "*"],
    )
