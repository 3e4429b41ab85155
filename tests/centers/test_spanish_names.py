"""SAMHSA's names in Spanish (our translation, by code) and state names as
Spanish speakers type them."""

import csv
import gzip
from pathlib import Path

import pytest
from django.utils import translation

from programs.centers import service_names, service_names_es, us_states

DICTIONARY = Path(__file__).resolve().parents[2] / "data" / "samhsa" / "service-codes-2022.csv.gz"


def test_every_samhsa_code_and_category_has_a_spanish_name():
    with gzip.open(DICTIONARY, "rt", encoding="utf-8") as file:
        rows = list(csv.DictReader(file))
    assert set(service_names_es.SERVICES) == {row["service_code"] for row in rows}
    assert set(service_names_es.CATEGORIES) == {row["category_code"] for row in rows}
    assert all(
        name.strip() for name in [*service_names_es.SERVICES.values(), *service_names_es.CATEGORIES.values()]
    )


def test_names_follow_the_page_language_and_unknown_codes_keep_samhsas():
    assert service_names.service("DT", "Detoxification") == "Detoxification"
    with translation.override("es"):
        assert service_names.service("DT", "Detoxification") == service_names_es.SERVICES["DT"]
        assert service_names.service("NEWCODE", "A new service") == "A new service"
        assert service_names.category("TC", "Type of Care") == service_names_es.CATEGORIES["TC"]


@pytest.mark.parametrize(
    ("typed", "code"),
    [
        ("New York", "NY"),
        ("Nueva York", "NY"),
        ("hawai", "HI"),
        ("Hawái", "HI"),
        ("nuevo mexico", "NM"),
        ("tx", "TX"),
    ],
)
def test_a_state_is_found_by_its_english_or_spanish_name_with_or_without_accents(typed, code):
    us_states._codes_by_name.cache_clear()
    assert us_states.state_code(typed) == code
