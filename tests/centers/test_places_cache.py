"""Resolved places are remembered in the shared cache, but nothing a visitor
typed is: the next visitor's message shows what they typed, and a phone
number typed into the finder never reaches the cache at all."""

import pytest

from programs.centers import places
from tests.support.cache import cached_bytes


def error_for(text):
    with pytest.raises(places.LocationError) as error:
        places.resolve_cached(text)
    return error.value


@pytest.mark.parametrize("typed", ["(202) 555-0143", "202-555-0143", "+1 202 555 0143", "202.555.0143"])
def test_a_phone_number_gets_a_plain_message_and_is_not_cached(typed):
    error = error_for(typed)
    assert "phone number" in error.message and "0143" not in error.message
    assert b"0143" not in cached_bytes()


def test_a_misspelling_is_shown_to_each_visitor_as_they_typed_it():
    first = error_for("Sprngfield, IL")
    second = error_for("SPRNGFIELD,   IL")
    assert "Sprngfield, IL" in first.message
    assert "SPRNGFIELD, IL" in second.message and "Sprngfield" not in second.message
    assert second.suggestions == first.suggestions == ["Springfield, IL"]
    assert b"prngfield" not in cached_bytes().lower()


@pytest.mark.django_db
def test_the_finder_answers_a_phone_number_with_the_plain_message(site_content, client):
    response = client.get("/treatment-centers/", {"location": "202-555-0143"})
    assert response.status_code == 200
    assert places.PHONE_MESSAGE in response.content.decode()
    assert b"0143" not in cached_bytes()
