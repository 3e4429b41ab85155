"""What a crawler reads in the JSON-LD: each citation typed by what it is,
and breadcrumbs that never give two places the same name."""

import json

import pytest

from programs.models import Citation
from tests.support.centers import make_center, make_services
from tests.support.html import parse

pytestmark = pytest.mark.django_db


def blocks(client, url):
    page = parse(client.get(url).content.decode())
    return [json.loads(s.raw_text) for s in page.find_all("script", type="application/ld+json")]


def of_type(client, url, kind):
    return next(block for block in blocks(client, url) if block["@type"] == kind)


def citations(client, article):
    return of_type(client, article.get_absolute_url(), "MedicalWebPage")["citation"]


MCCARTY = "Substance abuse intensive outpatient programs: assessing the evidence"


def named(works, name):
    return next(work for work in works if work["name"] == name)


def cite(article, order, **fields):
    return Citation.objects.create(article=article, order=order, url="https://example.org/work", **fields)


def test_a_journal_article_is_a_scholarly_article_with_its_journal_pages_year_and_doi(site_content, client):
    work = named(citations(client, site_content), MCCARTY)
    assert work == {
        "@type": "ScholarlyArticle",
        "name": "Substance abuse intensive outpatient programs: assessing the evidence",
        "author": "McCarty D, Braude L, Lyman DR, et al.",
        "isPartOf": {"@type": "Periodical", "name": "Psychiatric Services"},
        "pagination": "718–726",
        "datePublished": "2014",
        "sameAs": "https://doi.org/10.1176/appi.ps.201300249",
        "url": "https://doi.org/10.1176/appi.ps.201300249",
    }


def test_a_complete_author_list_becomes_people(site_content, client):
    site_content.citations.filter(title=MCCARTY).update(authors="McCarty D, Braude L, Lyman DR.")
    work = named(citations(client, site_content), MCCARTY)
    assert work["author"] == [
        {"@type": "Person", "name": "McCarty D"},
        {"@type": "Person", "name": "Braude L"},
        {"@type": "Person", "name": "Lyman DR"},
    ]


def test_a_doi_written_as_an_address_is_not_doubled(site_content, client):
    site_content.citations.filter(title=MCCARTY).update(doi="https://doi.org/10.1176/appi.ps.201300249")
    work = named(citations(client, site_content), MCCARTY)
    assert work["sameAs"] == "https://doi.org/10.1176/appi.ps.201300249"


def test_a_report_is_a_report_published_by_an_organization(site_content, client):
    cite(site_content, 900, kind="report", title="TIP 47", publisher="SAMHSA", year=2006)
    report = named(citations(client, site_content), "TIP 47")
    assert report == {
        "@type": "Report",
        "name": "TIP 47",
        "publisher": {"@type": "Organization", "name": "SAMHSA"},
        "datePublished": "2006",
        "url": "https://example.org/work",
    }


def test_a_web_page_and_a_book_are_typed_as_such(site_content, client):
    cite(site_content, 900, kind="web_page", title="Finding treatment", publisher="NIDA")
    cite(
        site_content, 901, kind="book", title="A guide", authors="Doe J; Roe R", publisher="Press", year=2020
    )
    works = citations(client, site_content)
    page, book = named(works, "Finding treatment"), named(works, "A guide")
    assert page == {
        "@type": "WebPage",
        "name": "Finding treatment",
        "publisher": {"@type": "Organization", "name": "NIDA"},
        "url": "https://example.org/work",
    }
    assert book["@type"] == "Book"
    assert book["author"] == [{"@type": "Person", "name": "Doe J"}, {"@type": "Person", "name": "Roe R"}]
    assert book["publisher"] == {"@type": "Organization", "name": "Press"}


@pytest.fixture
def new_york_center(site_content):
    make_services()
    return make_center(name="Hudson Recovery", city="New York", state="NY")


def visible_trail(client, url):
    nav = parse(client.get(url).content.decode()).find("nav", class_="breadcrumbs")
    return [a.text for a in nav.find_all("a")]


def ld_trail(client, url):
    return [item["name"] for item in of_type(client, url, "BreadcrumbList")["itemListElement"]]


def test_a_center_page_names_its_city_with_the_state(new_york_center, client):
    url = new_york_center.get_absolute_url()
    trail = ["Treatment centers", "New York", "New York, NY", "Hudson Recovery"]
    assert visible_trail(client, url) == trail
    assert ld_trail(client, url) == ["Home", *trail]


def test_a_city_page_names_its_city_with_the_state(new_york_center, client):
    url = "/treatment-centers/ny/new-york/"
    trail = ["Treatment centers", "New York", "New York, NY"]
    assert visible_trail(client, url) == trail
    assert ld_trail(client, url) == ["Home", *trail]


def test_no_two_breadcrumbs_share_a_name(new_york_center, client):
    for url in [
        new_york_center.get_absolute_url(),
        "/treatment-centers/ny/new-york/",
        "/treatment-centers/ny/",
    ]:
        names = ld_trail(client, url)
        assert len(set(names)) == len(names), url
