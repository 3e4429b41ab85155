"""The consent stored from the Spanish call-me page is the statement that
page showed, in the language it showed it: written once per request in the
page's language, shown, signed, and stored as signed."""

import pytest
from django.utils import translation
from django.utils.translation import trans_real

from programs.callbacks.consent import PRIVACY_LINK_TEXT, STATEMENT, consent_for
from programs.models import CallbackRequest, RoutingPartner
from tests.support.callbacks import TYPED
from tests.support.html import form_data, parse

pytestmark = pytest.mark.django_db

SPANISH_URL = "/es/call-me/"


def spanish_form(page):
    return next(f for f in page.find_all("form") if f.attrs.get("action") == SPANISH_URL)


def ask_for_a_call(client):
    """Open the Spanish page, tick the box as shown, send: (label shown, response)."""
    page = parse(client.get(SPANISH_URL).content.decode())
    label = page.by_id("consent-label")
    data = form_data(spanish_form(page)) | {"phone": TYPED, "consent": "on"}
    return label, client.post(SPANISH_URL, data)


@pytest.fixture
def stand_in_spanish(monkeypatch):
    """Until the Spanish catalogue exists: marked copies of the English
    statement, served by the Spanish translation only."""
    link = f"[es] {PRIVACY_LINK_TEXT}"
    words = {PRIVACY_LINK_TEXT: link, STATEMENT: "[es] " + STATEMENT.replace(PRIVACY_LINK_TEXT, link)}
    spanish = trans_real.translation("es")
    catalogue = spanish.gettext
    monkeypatch.setattr(spanish, "gettext", lambda message: words.get(message) or catalogue(message))
    return link


def test_the_consent_stored_from_the_spanish_page_is_the_one_it_showed(site_content, client):
    label, response = ask_for_a_call(client)
    assert response.status_code == 302
    assert response["Location"].startswith("/es/call-me/thanks/")
    stored = CallbackRequest.objects.get().consent_text
    assert stored == label.text
    # Written in Spanish, whatever the catalogue says today.
    partner = RoutingPartner.objects.get(role=RoutingPartner.Role.PRIMARY)
    with translation.override("es"):
        assert stored == consent_for(partner).text


def test_a_translated_statement_is_shown_linked_and_stored_as_translated(
    site_content, client, stand_in_spanish
):
    label, response = ask_for_a_call(client)
    assert response.status_code == 302
    stored = CallbackRequest.objects.get().consent_text
    assert stored == label.text and stored.startswith("[es] I agree that ")
    assert label.find("a", href="/es/privacy/").text == stand_in_spanish
    english = parse(client.get("/call-me/").content.decode()).by_id("consent-label")
    assert english.text.startswith("I agree that ") and "[es]" not in english.text
