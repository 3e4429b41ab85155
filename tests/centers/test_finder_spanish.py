"""On the Spanish finder, Spanish-language services (SAMHSA's SP) are the
first filter offered; the English finder keeps its order. Each language has
its own cached pages and cached filter list."""

import pytest

from programs.centers.presentation import FILTER_GROUPS, LABELS, SPANISH_SERVICES, filter_groups
from tests.support.centers import make_center, make_services
from tests.support.html import parse

pytestmark = pytest.mark.django_db
ENGLISH, SPANISH = "/treatment-centers/", "/es/treatment-centers/"


@pytest.fixture
def centers(site_content):
    make_services()
    return [
        make_center(name="Bilingual IOP", lat=40.7490, lon=-73.9970, codes=["OIT", "SP"]),
        make_center(name="English IOP", lat=40.7600, lon=-73.9800, codes=["OIT"]),
    ]


def filters(client, path, **params):
    response = client.get(path, params)
    assert response.status_code == 200
    page = parse(response.content.decode())
    return page.find_all("input", name="services")


def codes(group_list):
    return [code for _label, options in group_list for code, _text in options]


def test_spanish_language_services_come_first_on_the_spanish_finder(centers, client):
    inputs = filters(client, SPANISH, location="10001")
    assert inputs[0].attrs["value"] == "SP"
    assert [i.attrs["value"] for i in inputs].count("SP") == 1  # not offered twice


def test_the_english_finder_keeps_its_order(centers, client):
    inputs = filters(client, ENGLISH, location="10001")
    assert inputs[0].attrs["value"] == "OIT"
    assert [i.attrs["value"] for i in inputs] == codes(FILTER_GROUPS)


def test_each_language_has_its_own_cached_filters_and_pages(centers, client):
    # The same search in both languages, each twice: the second answer of
    # each comes from the caches, and must still be in its own language.
    for _ in range(2):
        assert filters(client, ENGLISH, location="10001")[0].attrs["value"] == "OIT"
        assert filters(client, SPANISH, location="10001")[0].attrs["value"] == "SP"
    for _ in range(2):
        assert filters(client, ENGLISH)[0].attrs["value"] == "OIT"
        assert filters(client, SPANISH)[0].attrs["value"] == "SP"


def test_the_spanish_filter_narrows_the_results_and_stays_checked(centers, client):
    response = client.get(SPANISH, {"location": "10001", "services": "SP"})
    page = parse(response.content.decode())
    assert [c.find("h3").text for c in page.find_all("li", class_="result-card")] == ["Bilingual IOP"]
    first = page.find("input", name="services")
    assert first.attrs["value"] == "SP" and "checked" in first.attrs


def test_filter_groups_offer_the_same_filters_in_both_languages():
    assert filter_groups("en") is FILTER_GROUPS
    assert filter_groups(None) is FILTER_GROUPS
    spanish = filter_groups("es")
    assert codes(spanish[:1]) == [SPANISH_SERVICES]
    assert sorted(codes(spanish)) == sorted(codes(FILTER_GROUPS)) == sorted(LABELS)


def test_places_are_remembered_per_language(monkeypatch):
    """A remembered message or state name is in the language it was made in."""
    from django.utils import translation

    from programs.centers import places

    calls = []
    real = places.resolve
    monkeypatch.setattr(places, "resolve", lambda text: calls.append(text) or real(text))
    for language in ("en", "es", "en", "es"):
        with translation.override(language):
            assert places.resolve_cached("Ohio").state == "OH"
    assert calls == ["Ohio", "Ohio"]
