"""The phone component, built in Python, gives the markup the template it
replaced gave (tests/support/golden/phones.json), for every kind of line."""

import pytest

from programs.calls.components import phone_html
from programs.centers.presentation import CenterPhone
from programs.models import HelplineNumber, RoutingPartner
from tests.support.golden import load, shape

pytestmark = pytest.mark.django_db


def lines():
    partner = RoutingPartner.objects.create(name="Niznik <B> & Co", paid=True)
    return {
        "call_now": HelplineNumber(
            label="Speak with a <specialist>", number="+18558264464", purpose="call_now", partner=partner
        ),
        "call_me": HelplineNumber(
            label="Have us call you",
            number="+18558264465",
            purpose="call_me",
            partner=partner,
            note="free & confidential",
            accepts_texts=True,
        ),
        "public": HelplineNumber(
            label="SAMHSA National Helpline",
            number="+18006624357",
            purpose="public",
            answered_by="SAMHSA, a free public service",
            accepts_texts=True,
            around_the_clock=False,
        ),
        "crisis": HelplineNumber(
            label="988 Lifeline",
            number="988",
            purpose="public",
            answered_by="988",
            note="call or text",
            accepts_texts=True,
        ),
        "dict": {
            "label": "Speak with a treatment specialist",
            "number": "+18558264464",
            "display": "(855) 826-4464",
            "who_label": "Answered by Niznik, our paid partner",
            "public": False,
        },
        "center": CenterPhone("Main number, X & Y", "+12125550100", "Rings at this center"),
    }


def test_every_line_and_variant_matches_the_template_it_replaced():
    golden = load("phones")
    built = {
        f"{name}/{variant}": phone_html(line, variant)
        for name, line in lines().items()
        for variant in ("block", "inline", "button")
    }
    assert built.keys() == golden.keys()
    for key, html in built.items():
        assert shape(html) == shape(golden[key]), key


def test_what_anyone_typed_is_escaped():
    html = phone_html({"label": "<script>x</script>", "number": "+1", "display": "1", "who_label": "a&b"})
    assert "<script>" not in html
    assert "&lt;script&gt;" in html and "a&amp;b" in html


def test_a_line_says_what_it_offers_in_spanish_when_we_know(db):
    html = phone_html(
        {
            "label": "Lifeline",
            "number": "988",
            "display": "988",
            "who_label": "x",
            "spanish_service": "Spanish: press 2",
        }
    )
    assert '<span class="phone__spanish">Spanish: press 2.</span>' in html
    assert "phone__spanish" not in phone_html(
        {"label": "Line", "number": "988", "display": "988", "who_label": "x"}
    )
