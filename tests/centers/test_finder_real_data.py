"""The finder on real SAMHSA rows: every facility of the 2022 directories in
New York, New Jersey and Connecticut, imported the way the command imports
them, then searched as a visitor would (ZIP 10001, 10 miles, intensive
outpatient) and checked against a brute-force search over the same rows."""

import csv

import pytest

from programs.centers.importers.facilities import facilities_import
from programs.centers.importers.service_codes import service_codes_import
from programs.models import TreatmentCenter
from tests.support.geo import brute_force_miles
from tests.support.html import parse
from tests.support.samhsa import open_text

pytestmark = pytest.mark.django_db
ORIGIN = (40.7484, -73.9967)  # ZIP 10001's centre in the bundled ZIP table
STATES = {"NY", "NJ", "CT"}


@pytest.fixture
def tristate(shipped_samhsa, tmp_path, site_content):
    service_codes_import(paths=[shipped_samhsa / "service-codes-2022.csv.gz"])
    paths = []
    for name in ("national-directory-2022-sa.csv", "national-directory-2022-mh.csv"):
        with open_text(shipped_samhsa / f"{name}.gz") as source:
            reader = csv.DictReader(source)
            rows = [row for row in reader if row["state"] in STATES]
            fieldnames = reader.fieldnames
        path = tmp_path / name
        with open(path, "w", encoding="utf-8", newline="") as target:
            writer = csv.DictWriter(target, fieldnames)
            writer.writeheader()
            writer.writerows(rows)
        paths.append(path)
    facilities_import(paths=paths)
    assert TreatmentCenter.objects.count() > 1500


def expected_nearest(radius, code):
    rows = []
    for center in TreatmentCenter.objects.listed():
        if code in center.service_code_list:
            miles = brute_force_miles(*ORIGIN, center.latitude, center.longitude)
            if miles <= radius:
                rows.append((miles, center.name, center.slug))
    return sorted(rows)


def test_zip_10001_within_10_miles_for_iop_matches_brute_force_in_json(tristate, client):
    expected = expected_nearest(10, "OIT")
    assert len(expected) > 20  # a real city: more than one page
    data = client.get(
        "/api/treatment-centers/", {"location": "10001", "radius": 10, "services": "OIT"}
    ).json()
    assert data["count"] == len(expected)
    got = [(r["distance_miles"], r["slug"]) for r in data["results"]]
    assert [slug for _, slug in got] == [slug for _, _, slug in expected[:20]]
    for (miles, _), (exact, _, _) in zip(got, expected, strict=False):
        assert miles == round(exact, 2)
    assert all("OIT" in r["services"] for r in data["results"])


def test_the_same_search_in_html_lists_the_same_centers_and_distances(tristate, client):
    expected = expected_nearest(10, "OIT")
    page = parse(
        client.get(
            "/treatment-centers/", {"location": "10001", "radius": 10, "services": "OIT"}
        ).content.decode()
    )
    cards = page.find("ol", class_="results").find_all("li", class_="result-card")
    assert len(cards) == 20
    for card, (miles, name, _) in zip(cards, expected, strict=False):
        assert card.find("h3").text == name
        shown = "less than 0.1 mi" if miles < 0.05 else f"{miles:.1f} mi"
        assert f"{shown} away" in card.text
