"""No phone number, partner name or article fact is written into a template
or a view: they all come from the database."""

import re
from pathlib import Path

import pytest

from programs.content.seed import ARTICLE, PARTNERS
from programs.models import HelplineNumber, RoutingPartner

ROOT = Path(__file__).resolve().parents[2]
# The seed data module is where the starting content lives; migrations are history.
CODE_AND_TEMPLATES = [
    path
    for pattern in ("templates/**/*.html", "programs/**/*.py", "iop_site/**/*.py")
    for path in ROOT.glob(pattern)
    if path.relative_to(ROOT).as_posix() not in ("programs/content/seed.py", "programs/content/seed_es.py")
    and "migrations" not in path.parts
]
PHONE = re.compile(r"\(?\b\d{3}\)?[\s.-]\d{3}[\s.-]\d{4}\b|\+1\d{10}|\btel:")
# 555-0100 to 555-0199 are reserved for fiction: fine as examples in help text.
FICTIONAL = re.compile(r"555[\s.-]?01\d\d")
SERVICE_CODES = re.compile(r"\b(988|911)\b")


def article_facts():
    yield from (f"{f['low']}–{f['high']}" for f in ARTICLE["figures"] if f.get("high"))
    for section in ARTICLE["sections"]:
        yield from (item.get("title") or item["text"] for item in section.get("items", []))


def test_the_code_base_was_found():
    assert len(CODE_AND_TEMPLATES) > 10


@pytest.mark.parametrize("path", CODE_AND_TEMPLATES, ids=lambda p: str(p.relative_to(ROOT)))
def test_no_phone_number_partner_or_fact_is_hard_coded(path):
    source = path.read_text()
    # A call link filled in from data: {{ line.number }} in a template, {number} in Python.
    numbers = PHONE.findall(source.replace('href="tel:{', ""))
    assert [n for n in numbers if not FICTIONAL.search(n)] == [], "phone number in code"
    assert not SERVICE_CODES.search(source), "988/911 written in code"
    for partner in PARTNERS:
        assert partner["name"] not in source
    for fact in article_facts():
        assert fact not in source, fact


@pytest.mark.django_db
def test_a_new_helpline_number_replaces_the_old_one_everywhere(site_content, client):
    HelplineNumber.objects.filter(number="+18558264464").update(number="+12025550143")
    html = client.get(site_content.get_absolute_url()).content.decode()
    assert "(855) 826-4464" not in html and "+18558264464" not in html
    assert 'href="tel:+12025550143"' in html and "(202) 555-0143" in html


@pytest.mark.django_db
def test_renaming_a_partner_renames_it_everywhere(site_content, client):
    RoutingPartner.objects.filter(name="Niznik Behavioral Health").update(name="Renamed Partner")
    for url in ["/", site_content.get_absolute_url(), "/where-do-calls-go/"]:
        html = client.get(url).content.decode()
        assert "Niznik" not in html, url
        assert "Renamed Partner" in html, url
