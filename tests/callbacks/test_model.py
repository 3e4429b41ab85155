"""What the database itself refuses to store for a callback request."""

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone

from programs.callbacks import services
from programs.callbacks.consent import consent_for
from programs.calls import phones
from programs.models import CallbackRequest, RoutingPartner

pytestmark = pytest.mark.django_db

CONSENT = consent_for(RoutingPartner(name="A partner", paid=False)).text


def test_the_consent_text_names_the_partner_and_says_what_the_call_is_about():
    assert CONSENT == (
        "I agree that A partner, our partner, may call me at this number about treatment "
        "options. Agreeing is not a condition of buying anything. The privacy notice "
        "explains how my number is used and when it is deleted."
    )


@pytest.mark.parametrize("phone", ["+442079460958", "988"])
def test_the_database_refuses_a_number_that_is_not_a_us_number(phone):
    with pytest.raises(IntegrityError), transaction.atomic():
        CallbackRequest.objects.create(phone=phone, consent_text=CONSENT, consented_at=timezone.now())


def test_the_database_refuses_a_request_without_consent_text():
    with pytest.raises(IntegrityError), transaction.atomic():
        CallbackRequest.objects.create(phone="+12025550143", consent_text="", consented_at=timezone.now())


def test_validation_explains_the_constraints_in_words():
    request = CallbackRequest(phone="+442079460958", consent_text="", consented_at=timezone.now())
    with pytest.raises(ValidationError) as error:
        request.full_clean()
    messages = " ".join(error.value.messages)
    assert "must be a U.S. number" in messages
    assert "This field cannot be blank." in messages


def test_a_refused_row_never_puts_the_number_in_the_error(settings):
    with pytest.raises(services.CallbackNotStored) as error, transaction.atomic():
        services.callback_request_create(
            phone="+442079460958", name="Samantha", best_time="asap", consent_text=CONSENT
        )
    assert "2079460958" not in str(error.value) and "Samantha" not in str(error.value)
    assert error.value.__suppress_context__  # the database's own message is not chained


def test_a_request_names_itself_without_the_number_or_the_name():
    request = CallbackRequest.objects.create(
        phone="+12025550143", name="Sam", consent_text=CONSENT, consented_at=timezone.now()
    )
    assert str(request) == f"Callback request #{request.pk}"
    assert request.display_phone == "(202) 555-0143"


def test_the_usual_normaliser_for_editors_is_unchanged_by_the_visitor_rules():
    # Editors may still store service codes and Canadian numbers; visitors may not.
    assert phones.normalise("988") == "988"
    assert phones.normalise("+1 416 555 0123") == "+14165550123"
    for typed in ("988", "+1 416 555 0123"):
        with pytest.raises(phones.InvalidVisitorNumber):
            phones.normalise_us_visitor_number(typed)
