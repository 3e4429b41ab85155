"""Tell the three SAMHSA file formats apart by their content, not their name
(a `.gz` suffix only says the content is compressed)."""

import csv
import json

from programs.centers.importers import files
from programs.centers.importers.rows import UnreadableFile

DIRECTORY_CSV = "directory_csv"
FINDTREATMENT_JSON = "findtreatment_json"
SERVICE_CODES_CSV = "service_codes_csv"

DIRECTORY_COLUMNS = {"name1", "name2", "street1", "city", "state", "zip", "phone", "service_code_info"}
SERVICE_CODE_COLUMNS = {"category_code", "category_name", "service_code", "service_name"}
ENVELOPE = {"page", "totalPages", "recordCount", "rows"}


def detect(path):
    """DIRECTORY_CSV, FINDTREATMENT_JSON or SERVICE_CODES_CSV; raises UnreadableFile."""
    try:
        with files.open_text(path) as file:
            start = file.read(4096).lstrip()[:1]
            file.seek(0)
            if start in ("{", "["):
                return _json_format(path, file)
            header = set(next(csv.reader(file), []))
    except (OSError, EOFError, UnicodeDecodeError) as error:  # gzip: OSError, EOFError
        raise UnreadableFile(f"{path}: cannot be read ({error})") from None
    if header >= DIRECTORY_COLUMNS:
        return DIRECTORY_CSV
    if header >= SERVICE_CODE_COLUMNS:
        return SERVICE_CODES_CSV
    raise UnreadableFile(
        f"{path}: not a SAMHSA file this site knows. Expected a National Directory CSV "
        "(with a service_code_info column), a service-code reference CSV, or "
        "FindTreatment.gov JSON."
    )


def _json_format(path, file):
    try:
        data = json.load(file)
    except json.JSONDecodeError as error:
        raise UnreadableFile(f"{path}: not valid JSON ({error})") from None
    if isinstance(data, dict) and set(data) >= ENVELOPE and isinstance(data["rows"], list):
        return FINDTREATMENT_JSON
    raise UnreadableFile(
        f"{path}: JSON, but not a FindTreatment.gov response: expected an object with "
        "page, totalPages, recordCount and rows."
    )
