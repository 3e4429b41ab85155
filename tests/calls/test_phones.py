import pytest

from programs.calls import phones


@pytest.mark.parametrize(
    "typed",
    ["(855) 826-4464", "855-826-4464", "855.826.4464", "+1 855 826 4464", "1-855-826-4464", " 8558264464 "],
)
def test_usual_ways_of_typing_a_number_are_stored_as_e164(typed):
    assert phones.normalise(typed) == "+18558264464"


@pytest.mark.parametrize("typed", ["988", "911"])
def test_three_digit_service_codes_are_kept_as_they_are(typed):
    assert phones.normalise(typed) == typed


@pytest.mark.parametrize("typed", ["", "call me", "12345", "(855) 826-446", "(123) 456-7890"])
def test_impossible_numbers_are_refused_with_a_message(typed):
    with pytest.raises(phones.InvalidPhoneNumber) as error:
        phones.normalise(typed)
    assert "number" in str(error.value)


def test_north_american_numbers_are_shown_the_familiar_way():
    assert phones.display("+18558264464") == "(855) 826-4464"
    assert phones.display("988") == "988"
