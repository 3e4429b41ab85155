"""SAMHSA's “Service Code Reference”: the merged file (with `directories`) or
a per-directory file (with `service_description`, named ...-sa.csv/...-mh.csv);
either may be gzip-compressed (.csv.gz)."""

import csv
import re
from pathlib import Path

from programs.centers.importers import cleaning, files

DIRECTORY_IN_NAME = re.compile(r"(?:^|[^a-z])(sa|mh)(?:[^a-z]|$)")


def read(path):
    """Yield one dict per code: category_code, category_name, code, name,
    directories (a set, possibly empty) and description ("" when absent)."""
    implied = _directory_in_name(path)
    with files.open_text(path) as file:
        for cells in csv.DictReader(file):
            row = {column: cleaning.text(value) for column, value in cells.items()}
            get = lambda column, row=row: row.get(column, "")  # noqa: E731
            listed = {part for part in get("directories").upper().split("+") if part}
            yield {
                "category_code": get("category_code").upper(),
                "category_name": get("category_name"),
                "code": get("service_code").upper(),
                "name": get("service_name"),
                "directories": listed or implied,
                "description": get("service_description"),
            }


def _directory_in_name(path):
    match = DIRECTORY_IN_NAME.search(Path(path).stem.casefold())
    return {match.group(1).upper()} if match else set()
