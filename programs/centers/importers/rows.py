"""What every reader hands the import service: one facility as its file
states it, before any cleaning or lookup."""

from dataclasses import dataclass, field

from programs.centers.importers import cleaning


@dataclass
class SourceRow:
    file: str  # the file's name, for messages
    row: int  # spreadsheet row (the header is row 1) or position in the JSON `rows`
    directory: str  # SA, MH, HRSA or BUPREN, as the source says
    source: str  # e.g. “SAMHSA National Directory 2022”
    key: str = ""  # the source's own id (FindTreatment frid) when it has one
    name: str = ""
    program_name: str = ""
    # name1 and name2 as the file lists them, before facility_names joins a
    # name cut in two: directory keys stay on these, so they never change.
    listed_names: tuple = ()
    street1: str = ""
    street2: str = ""
    city: str = ""
    state: str = ""
    zip: str = ""
    latitude: str = ""
    longitude: str = ""
    phones: dict = field(default_factory=dict)  # model field -> raw text
    website: str | None = None  # None: the source has no website column
    service_codes: list = field(default_factory=list)  # CSV: codes
    service_names: list = field(default_factory=list)  # JSON: (category code, name)

    @property
    def where(self):
        return f"{self.file}, row {self.row}"


@dataclass
class Problem:
    """A row that was skipped, and why."""

    file: str
    row: int
    reason: str

    def __str__(self):
        return f"{self.file}, row {self.row}: {self.reason}"


class UnreadableFile(ValueError):
    """A whole file that cannot be imported (wrong format, unknown directory)."""


def address_fields(get):
    """The name and address columns, which both SAMHSA formats name alike."""
    listed = (get("name1"), get("name2"))
    name, program_name = cleaning.facility_names(*listed)
    return {
        "name": name,
        "program_name": program_name,
        "listed_names": listed,
        "street1": get("street1"),
        "street2": get("street2"),
        "city": get("city"),
        "state": get("state"),
        "zip": get("zip"),
    }
