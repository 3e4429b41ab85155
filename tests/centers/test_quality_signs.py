"""SAMHSA's signs of quality: shown on a center's page as its own answers,
offered as finder filters with the same meaning, and never used to rank."""

import csv

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from programs.centers import quality
from programs.centers.search import matching_centers
from tests.support.centers import make_center, make_services
from tests.support.html import parse

pytestmark = pytest.mark.django_db
FINDER = "/treatment-centers/"
API = "/api/treatment-centers/"
SURVEY_LINE = (
    "These are the center's own answers to a federal survey, SAMHSA's National Substance Use "
    "and Mental Health Services Survey. They are not a rating or a review."
)


@pytest.fixture
def centers(site_content):
    """Around ZIP 10001, nearest first."""
    make_services()
    return {
        "joint commission": make_center(
            name="Joint Commission Only", lat=40.7490, lon=-73.9970, codes=["JC"]
        ),
        "state license": make_center(name="State License Only", lat=40.7500, lon=-73.9960, codes=["STAG"]),
        "plain": make_center(name="No Signs", lat=40.7520, lon=-73.9950, codes=["OIT"]),
        "methadone": make_center(name="Methadone Only", lat=40.7540, lon=-73.9940, codes=["MU", "OIT"]),
        "both": make_center(name="Licensed With Medication", lat=40.7560, lon=-73.9930, codes=["CARF", "BU"]),
    }


def names(response):
    return [
        card.find("h3").text for card in parse(response.content.decode()).find_all("li", class_="result-card")
    ]


def test_a_center_page_says_which_signs_were_reported_and_by_which_answers(site_content, client):
    center = make_center(codes=["OIT", "CARF", "STDH", "BU", "CBT", "SP"])
    page = parse(client.get(center.get_absolute_url()).content.decode())
    section = page.by_id("quality-heading").parent
    assert page.by_id("quality-heading").text == "What this center reports"
    assert SURVEY_LINE in section.text
    accredited = page.by_id("sign-accred").text
    assert "Licensed or accredited" in accredited
    assert "Reported: state license (health department), CARF" in accredited
    assert "Reported: buprenorphine" in page.by_id("sign-moud").text
    assert "Reported: cognitive behavioral therapy (CBT)" in page.by_id("sign-evidence").text
    for key in ("maud", "family", "support"):
        assert "Not reported" in page.by_id(f"sign-{key}").text
    assert "No" not in [strong.text.strip() for strong in section.find_all("strong")]
    assert "does not mean the center does not offer it" in section.text


def test_the_page_gives_no_score_or_stars(site_content, client):
    center = make_center(codes=[code for sign in quality.SIGNS for code in sign.codes])
    section = parse(client.get(center.get_absolute_url()).content.decode()).by_id("quality-heading").parent
    assert section.text.count("Reported:") == len(quality.SIGNS)
    for word in ("score", "stars", "rating:", "out of", "★"):
        assert word not in section.text.lower()


def test_a_demonstration_listing_does_not_claim_survey_answers(site_content, client):
    center = make_center(codes=["OIT", "JC"], is_demo=True)
    section = parse(client.get(center.get_absolute_url()).content.decode()).by_id("quality-heading").parent
    assert SURVEY_LINE not in section.text
    assert "made up" in section.text


def test_a_center_without_any_answers_has_no_such_section(site_content, client):
    center = make_center(codes=[])
    page = parse(client.get(center.get_absolute_url()).content.decode())
    assert page.by_id("quality-heading") is None


def test_any_one_answer_of_a_sign_matches_its_filter(centers, client):
    response = client.get(FINDER, {"location": "10001", "services": "ACCRED"})
    assert names(response) == ["Joint Commission Only", "State License Only", "Licensed With Medication"]
    response = client.get(FINDER, {"location": "10001", "services": "MOUD"})
    assert names(response) == ["Methadone Only", "Licensed With Medication"]


def test_filters_still_all_apply_together(centers, client):
    response = client.get(FINDER, {"location": "10001", "services": ["ACCRED", "MOUD"]})
    assert names(response) == ["Licensed With Medication"]
    response = client.get(FINDER, {"location": "10001", "services": ["MOUD", "OIT"]})
    assert names(response) == ["Methadone Only"]


def test_the_sign_filters_are_listed_checked_and_counted(centers, client):
    page = parse(
        client.get(FINDER, {"location": "10001", "services": ["MOUD", "OIT", "ACCRED"]}).content.decode()
    )
    legend = next(f for f in page.find_all("fieldset") if f.find("legend").text == "Signs of quality")
    boxes = {box.attrs["value"]: "checked" in box.attrs for box in legend.find_all("input")}
    assert boxes == {"ACCRED": True, "MOUD": True}
    assert "3 chosen" in page.find("summary").text
    assert "Licensed or accredited" in legend.text


def test_the_canonical_query_lists_sign_filters_once_in_page_order(centers):
    from programs.centers.forms import FinderForm

    form = FinderForm({"location": "10001", "services": ["MOUD", "ACCRED", "MOUD", "OIT"]})
    assert form.is_valid(), form.errors
    assert form.canonical_query() == "location=10001&radius=25&services=OIT&services=ACCRED&services=MOUD"


def test_a_center_with_every_sign_is_not_moved_ahead_of_a_nearer_one(site_content, client):
    every = [code for sign in quality.SIGNS for code in sign.codes]
    make_center(name="Farther With Every Sign", lat=40.7600, lon=-73.9800, codes=["OIT", *every])
    make_center(name="Nearer With None", lat=40.7490, lon=-73.9970, codes=["OIT"])
    assert names(client.get(FINDER, {"location": "10001"})) == ["Nearer With None", "Farther With Every Sign"]
    api = client.get(API, {"location": "10001", "services": "OIT"}).json()
    assert [r["name"] for r in api["results"]] == ["Nearer With None", "Farther With Every Sign"]


def test_the_api_accepts_the_sign_filters(centers, client):
    response = client.get(API, {"location": "10001", "services": ["ACCRED", "MOUD"]})
    assert response.status_code == 200
    data = response.json()
    assert data["count"] == 1
    assert data["results"][0]["name"] == "Licensed With Medication"
    assert data["results"][0]["services"] == ["BU", "CARF"]  # the real answers, never the filter codes


@pytest.mark.parametrize("code", ["BOGUS", "accred", "JC", "MAUD", "ACCRED OR 1=1"])
def test_unknown_filters_are_still_refused(centers, client, code):
    response = client.get(API, {"location": "10001", "services": code})
    assert response.status_code == 400
    assert response.json()["errors"]["services"] == [f"“{code}” is not one of the filters."]


def test_a_sign_filter_costs_one_like_per_answer_in_one_query(centers):
    with CaptureQueriesContext(connection) as queries:
        list(matching_centers(service_codes=["ACCRED", "OIT"]).values_list("pk", flat=True))
    assert len(queries.captured_queries) == 1
    sql = queries.captured_queries[0]["sql"]
    accredited = next(sign for sign in quality.FILTER_SIGNS if sign.key == "ACCRED")
    assert sql.count("LIKE") == len(accredited.codes) + 1
    assert " OR " in sql


def test_a_real_code_still_means_itself():
    assert quality.real_codes("OIT") == ["OIT"]
    assert quality.real_codes("MOUD") == ["BU", "MU", "NU", "OTP"]


@pytest.mark.shared_data
def test_every_code_of_every_sign_is_a_real_2022_service_code(samhsa):
    real = set()
    for path in sorted(samhsa.glob("service-codes-2022*.csv")):
        with open(path, encoding="utf-8", newline="") as file:
            real |= {row["service_code"] for row in csv.DictReader(file)}
    assert len(real) > 300
    listed = {code for sign in quality.SIGNS for code in sign.codes}
    assert listed - real == set()
    # A filter's own code must never be mistaken for one of SAMHSA's.
    assert {sign.key for sign in quality.SIGNS} & real == set()
