"""Small SAMHSA-shaped files for import tests: directory CSVs, FindTreatment.gov
JSON pages and a service dictionary, and ways to read rows back."""

import csv
import gzip
import json

from programs.centers.importers import cleaning

DIRECTORY_HEADER = [
    "name1",
    "name2",
    "street1",
    "street2",
    "city",
    "state",
    "zip",
    "phone",
    "intake1",
    "intake2",
    "intake1a",
    "intake2a",
    "service_code_info",
]
# A few codes as SAMHSA's 2022 reference words them.
REFERENCE = [
    ("TC", "Type of Care", "SA", "Substance use treatment", "SA+MH"),
    ("TC", "Type of Care", "MH", "Mental health treatment", "MH"),
    ("SET", "Service Setting", "OIT", "Intensive outpatient treatment", "SA"),
    ("SET", "Service Setting", "OP", "Outpatient", "SA+MH"),
    ("SET", "Service Setting", "RES", "Residential/24-hour residential", "SA+MH"),
    ("PAY", "Payment/Insurance/Funding Accepted", "MD", "Medicaid", "SA+MH"),
    ("PAY", "Payment/Insurance/Funding Accepted", "SF", "Cash or self-payment", "SA+MH"),
    (
        "PYAS",
        "Payment Assistance Available",
        "SS",
        "Sliding fee scale (fee is based on income and other factors)",
        "SA+MH",
    ),
    ("SG", "Special Programs/Groups Offered", "TAY", "Young adults", "SA+MH"),
    ("SG", "Special Programs/Groups Offered", "MN", "Adult men", "SA"),
    ("AGE", "Age Groups Accepted", "YAD", "Young adults", "SA+MH"),
    ("OT", "Type of Opioid Treatment", "MOA", "Accepts clients using MAT but prescribed elsewhere", "SA"),
]


def write_csv(path, header, rows):
    with open(path, "w", encoding="utf-8", newline="") as file:
        writer = csv.writer(file)
        writer.writerow(header)
        writer.writerows(rows)
    return path


def directory_row(**cells):
    row = {
        "name1": "Alabaster Recovery",
        "street1": "750 Highway 31 South",
        "city": "Alabaster",
        "state": "AL",
        "zip": "35007",
        "phone": "205-216-0200",
        "service_code_info": "SA * OIT OP * MD",
    }
    row.update(cells)
    return [row.get(column, "") for column in DIRECTORY_HEADER]


def json_row(**fields):
    row = {
        "_irow": 1,
        "frid": "a" * 64,
        "name1": "Region Sample Board",
        "name2": "Mohr Center",
        "street1": "1014 East Market Street",
        "street2": "",
        "city": "Charlottesville",
        "state": "VA",
        "zip": "22902",
        "phone": "434-979-8871",
        "typeFacility": "SA",
        "intake1": "434-972-1800",
        "hotline1": None,
        "website": "www.example.org",
        "latitude": "38.0282239",
        "longitude": "-78.4725231",
        "miles": 0.24,
        "services": [
            {"f1": "Type of Care", "f2": "TC", "f3": "Substance use treatment"},
            {"f1": "Service Settings", "f2": "SET", "f3": "Intensive outpatient treatment; Residential"},
            {"f1": "Payment", "f2": "PAY", "f3": "Medicaid; Cash or self-payment"},
        ],
    }
    row.update(fields)
    return row


def write_json(path, rows):
    envelope = {"page": 1, "totalPages": 1, "recordCount": len(rows), "rows": rows}
    path.write_text(json.dumps(envelope), encoding="utf-8")
    return path


def stored_codes(center):
    return set(center.services.values_list("code", flat=True))


def open_text(path):
    """A SAMHSA file as text, whether plain or compressed like the shipped ones."""
    if str(path).endswith(".gz"):
        return gzip.open(path, "rt", encoding="utf-8", newline="")
    return open(path, encoding="utf-8", newline="")


def write_gzip(path, header, rows):
    with gzip.open(path, "wt", encoding="utf-8", newline="") as file:
        writer = csv.writer(file)
        writer.writerow(header)
        writer.writerows(rows)
    return path


def read_directory(path):
    with open_text(path) as file:
        return list(csv.DictReader(file))


def key_of(row):
    return cleaning.directory_key(row["name1"], row["name2"], row["street1"], row["street2"], row["zip"])


def row_codes(row):
    return {code for code in row["service_code_info"].split() if code != "*"}
