"""The JSON API speaks the language asked for with `lang` (English by
default, Spanish with lang=es), keeps its keys and codes in English, and
answers any other language with a 400 in the shape of its other errors."""

import pytest
from django.utils import translation

from programs.centers import api
from tests.support.centers import make_center, make_services

pytestmark = pytest.mark.django_db
API = "/api/treatment-centers/"


@pytest.fixture
def centers(site_content):
    make_services()
    return [make_center(name="Nearest IOP", lat=40.7490, lon=-73.9970, codes=["OIT", "SP"])]


@pytest.fixture
def languages_used(monkeypatch):
    """The active language while the API searches."""
    seen = []
    real = api.search_page

    def search_page(form):
        seen.append(translation.get_language())
        return real(form)

    monkeypatch.setattr(api, "search_page", search_page)
    return seen


def test_without_lang_the_api_answers_in_english(centers, client, languages_used):
    response = client.get(API, {"location": "10001"})
    assert response.status_code == 200
    data = response.json()
    assert data["lang"] == "en"
    assert languages_used == ["en"]
    assert data["results"][0]["service_labels"] == {"OIT": "Intensive outpatient (IOP)", "SP": "Spanish"}


@pytest.mark.parametrize("lang", ["en", "es"])
def test_lang_chooses_the_language_of_the_answer(centers, client, languages_used, lang):
    response = client.get(API, {"location": "10001", "lang": lang})
    assert response.status_code == 200
    data = response.json()
    assert data["lang"] == lang
    assert languages_used == [lang]
    first = data["results"][0]
    # Keys and codes stay English whatever the language.
    assert first["name"] == "Nearest IOP" and first["services"] == ["OIT", "SP"]
    assert set(first["service_labels"]) == {"OIT", "SP"}


def test_the_language_is_only_for_that_answer(centers, client):
    client.get(API, {"location": "10001", "lang": "es"})
    assert client.get(API, {"location": "10001"}).json()["lang"] == "en"
    assert translation.get_language() == "en"


def test_an_error_in_spanish_keeps_the_shape_of_errors(site_content, client):
    response = client.get(API, {"location": "Springfield", "lang": "es"})
    assert response.status_code == 400
    data = response.json()
    assert data["lang"] == "es"
    assert data["errors"]["location"] == [data["error"]]
    assert "Springfield, IL" in data["suggestions"]


@pytest.mark.parametrize("lang", ["fr", "ES", "es-mx", "english", "<b>"])
def test_any_other_language_is_a_400_that_says_which_to_use(site_content, client, lang):
    response = client.get(API, {"location": "10001", "lang": lang})
    assert response.status_code == 400
    assert response["Content-Type"].startswith("application/json")
    data = response.json()
    assert "lang=en" in data["error"] and "lang=es" in data["error"]
    assert data["errors"] == {"lang": [data["error"]]}
    assert data["suggestions"] == []
    assert "lang" not in data
    assert b"<b>" not in response.content


def test_an_empty_lang_means_english(centers, client):
    response = client.get(API, {"location": "10001", "lang": ""})
    assert response.status_code == 200
    assert response.json()["lang"] == "en"
