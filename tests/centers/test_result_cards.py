"""Result cards, built in Python, give the markup the template they replaced
gave (tests/support/golden/cards.json), less its empty labels paragraph."""

import pytest

from programs.centers.cards import result_card
from programs.centers.search import Result
from tests.support.centers import make_center, make_services, sponsor
from tests.support.golden import load, shape, without_empty

pytestmark = pytest.mark.django_db


def cases():
    make_services()
    harbor = make_center(
        slug="harbor",
        name="Harbor <Light> & Co",
        program_name="Evening IOP",
        street1="1 Dock St",
        street2="Suite 4",
        codes=["OIT", "MD", "SP", "TELE", "PI"],
        intake_phone="+13145550111",
        location_is_approximate=True,
    )
    plain = make_center(
        slug="plain",
        name="Plain",
        street1="",
        codes=["OP"],
        phone="",
        intake_phone="",
        hotline="+18005550100",
        last_verified=None,
        is_demo=True,
    )
    paid = sponsor(
        make_center(slug="sponsor-co", name="Sponsor Co", street1="3 Main Street", codes=["OIT", "SS"])
    )
    return {
        "a_dist": (Result(harbor, 3.24), False),
        "a_close": (Result(harbor, 0.01), False),
        "b_none": (Result(plain, None), False),
        "c_sponsored": (Result(paid, 1.5), True),
        "c_regular": (Result(paid, 12.0), False),
    }


def test_every_kind_of_card_matches_the_template_it_replaced():
    golden = load("cards")
    built = {name: result_card(result, sponsored=sponsored) for name, (result, sponsored) in cases().items()}
    assert built.keys() == golden.keys()
    for name, html in built.items():
        assert shape(html) == shape(without_empty(golden[name], "result-card__labels")), name


def test_a_card_without_badges_has_no_empty_paragraph():
    make_services()
    html = result_card(Result(make_center(), 1.0))
    assert "result-card__labels" not in html
