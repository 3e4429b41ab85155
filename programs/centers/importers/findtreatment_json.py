"""FindTreatment.gov locator JSON (`exportsAsJson/v2`): one saved response page.

Services come as names, grouped by category: `{"f2": "SET", "f3": "Outpatient;
Intensive outpatient treatment"}`. The import service maps each
(category code, name) to a code through the dictionary and its aliases.
"""

import json
from pathlib import Path

from programs.centers.importers import cleaning, files
from programs.centers.importers.rows import Problem, SourceRow, address_fields

SOURCE = "FindTreatment.gov"


def read(path):
    """Yield a SourceRow (or a Problem) for each entry of the page's `rows`."""
    name = Path(path).name
    with files.open_text(path) as file:
        rows = json.load(file)["rows"]
    for number, cells in enumerate(rows, start=1):
        if not isinstance(cells, dict):
            yield Problem(name, number, "not a facility object")
            continue
        yield _source_row(cells, name, number)


def _source_row(cells, file, number):
    get = lambda key: cleaning.text(cells.get(key))  # noqa: E731
    return SourceRow(
        file=file,
        row=number,
        # Real responses say typeFacility; the API guide's example type_facility.
        directory=(get("typeFacility") or get("type_facility")).upper(),
        source=SOURCE,
        key=get("frid").lower(),
        **address_fields(get),
        latitude=get("latitude"),
        longitude=get("longitude"),
        phones={"phone": get("phone"), "intake_phone": get("intake1"), "hotline": get("hotline1")},
        website=get("website"),
        service_names=list(_service_names(cells.get("services"))),
    )


def _service_names(groups):
    """(category code, name) pairs; `f3` joins a category's names with “; ”."""
    for group in groups or []:
        if not isinstance(group, dict):
            continue
        category = cleaning.text(group.get("f2")).upper()
        for name in cleaning.text(group.get("f3")).split(";"):
            if name.strip():
                yield category, name.strip()
