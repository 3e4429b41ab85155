"""One good row of a SAMHSA file as a CenterRecord: checked, cleaned, placed
and mapped to today's service codes. A bad row raises BadRow with a reason.
(The decisions are listed in `facilities`.)"""

from programs.centers.importers import cleaning
from programs.centers.importers.cleaning import BadRow
from programs.centers.importers.upsert import CenterRecord
from programs.centers.place_index import zip_centroid
from programs.models import TreatmentCenter

FACILITY_TYPES = {choice.value for choice in TreatmentCenter.FacilityType} - {"BOTH"}
MAX_LENGTHS = {
    field.name: field.max_length
    for field in TreatmentCenter._meta.concrete_fields
    if getattr(field, "max_length", None)
}


def center_record(row, key, lookup, source_file, report):
    """A CenterRecord for a good row; raises BadRow for a bad one."""
    if not row.name:
        raise BadRow("no name")
    zip5, state = cleaning.zip5(row.zip), cleaning.state(row.state)
    if not row.city:
        raise BadRow("no city")
    if row.directory not in FACILITY_TYPES:
        raise BadRow(f"unknown facility type “{row.directory}”" if row.directory else "no facility type")
    latitude, longitude, approximate = _location(row, zip5)
    codes = _service_codes(row, lookup, report)
    fields = {
        "name": row.name,
        "program_name": row.program_name,
        "street1": row.street1,
        "street2": row.street2,
        "city": row.city,
        "state": state,
        "zip": zip5,
        "latitude": latitude,
        "longitude": longitude,
        "location_is_approximate": approximate,
        "source": row.source,
        "last_verified": source_file.verified,
        **_phones(row, report),
        **_website(row, report),
    }
    _refuse_overlong(fields)
    soft = frozenset({"last_verified"}) if source_file.verified_is_import_date else frozenset()
    return CenterRecord(
        key=key,
        fields=fields,
        codes=codes,
        soft_fields=soft,
        directories=[row.directory],
        origin=row.where,
    )


def _refuse_overlong(fields):
    """PostgreSQL refuses a value longer than its column, which would stop the
    whole import: refuse the row instead."""
    for name, value in fields.items():
        limit = MAX_LENGTHS.get(name)
        if limit and isinstance(value, str) and len(value) > limit:
            raise BadRow(f"{name.replace('_', ' ')} is longer than {limit} characters")


def _location(row, zip5):
    """(latitude, longitude, approximate): the row's own, or its ZIP centre."""
    own = cleaning.coordinates(row.latitude, row.longitude)
    if own:
        return (*own, False)
    centre = zip_centroid(zip5)
    if centre is None:
        raise BadRow(f"ZIP code {zip5} is unknown, and the row has no coordinates to place it by")
    return (*centre, True)


def _service_codes(row, lookup, report):
    """Today's codes for the row's services; unmapped wording is counted.

    Raises BadRow only when the row lists services and none of them maps.
    """
    wording = [(lookup.code(code), f"code {code}") for code in row.service_codes] + [
        (lookup.code_for_name(category, name), f"{category} “{name}”") for category, name in row.service_names
    ]
    codes = {code for code, _ in wording if code}
    unmapped = [words for code, words in wording if not code]
    report.unmapped.update(unmapped)
    if unmapped and not codes:
        raise BadRow(f"none of its {len(unmapped)} services is in the dictionary")
    return codes


def _phones(row, report):
    """Each number in E.164 and its extension, kept so that a caller reaches
    the program rather than a switchboard."""
    stored = {}
    for name, raw in row.phones.items():
        stored[name], readable = cleaning.phone(raw)
        if not readable:
            report.bad_phones.append((row.where, name, raw))
        if name in EXTENDED:
            stored[f"{name}_ext"] = cleaning.extension(raw) if stored[name] else ""
            report.extensions_kept += bool(stored[f"{name}_ext"])
    return stored


# The numbers that may carry an extension (the hotline has no field for one).
EXTENDED = frozenset({"phone", "intake_phone", "intake2_phone"})


def _website(row, report):
    if row.website is None:  # the source has no website column: leave the field alone
        return {}
    address = cleaning.website(row.website)
    if row.website and not address:
        report.bad_websites.append((row.where, row.website))
    return {"website": address}
