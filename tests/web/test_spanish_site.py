"""The whole site in Spanish: every public page type answers at its Spanish
address, in Spanish (`lang="es"`), names its English and Spanish versions
as alternates, and shows no English interface text: each phrase of the
English catalogue that Spanish translates must be absent from the page."""

import datetime
import re

import pytest
from django.urls import reverse

from programs.centers import service_names_es, us_states
from programs.centers.importers.service_codes import service_codes_import
from programs.models import TreatmentCenter
from tests.support import catalogue
from tests.support.centers import make_center
from tests.support.html import Element, parse

pytestmark = pytest.mark.django_db
DATA = __import__("pathlib").Path(__file__).resolve().parents[2] / "data" / "samhsa"
CODES = ("OIT", "OP", "SP", "MD", "PI", "SS", "BU", "CBT", "JC", "FCO", "PEER")


@pytest.fixture
def centers(site_content):
    service_codes_import(paths=[DATA / "service-codes-2022.csv.gz"])
    open_one = make_center(name="Harbor Light", city="New York", state="NY", zip="10001", codes=CODES)
    make_center(name="Second Street", city="New York", state="NY", zip="10001", lat=40.751, codes=CODES)
    closed = make_center(name="Old Harbor", city="New York", state="NY", zip="10001", lat=40.752, codes=CODES)
    TreatmentCenter.objects.filter(pk=closed.pk).update(
        status="closed", closed_on=datetime.date(2026, 3, 2), closed_by="import"
    )
    return open_one, closed


def center_path(center, suffix=""):
    return center.get_absolute_url() + suffix


def pages(open_one, closed):
    """(English path, status, how to request it) for each public page type."""
    return [
        ("/", 200, "get"),
        (reverse("programs:article", args=["intensive-outpatient-programs"]), 200, "get"),
        ("/treatment-centers/", 200, "get"),
        ("/treatment-centers/?location=10001", 200, "get"),
        ("/treatment-centers/?location=99501", 200, "get"),
        ("/treatment-centers/?location=zzqx", 200, "get"),
        ("/treatment-centers/ny/", 200, "get"),
        ("/treatment-centers/ny/new-york/", 200, "get"),
        (center_path(open_one), 200, "get"),
        (center_path(closed), 410, "get"),
        (center_path(open_one, "report/"), 200, "get"),
        (center_path(open_one, "update/"), 200, "get"),
        (center_path(open_one, "update/"), 400, "post"),
        (center_path(open_one, "unreachable/"), 200, "get"),
        ("/where-do-calls-go/", 200, "get"),
        ("/sponsored-listings/", 200, "get"),
        ("/privacy/", 200, "get"),
        ("/about/", 200, "get"),
        ("/call-me/", 200, "get"),
        ("/call-me/", 400, "post"),
        ("/call-me/thanks/", 200, "get"),
        ("/no-such-page/", 404, "get"),
    ]


def visible_text(page: Element) -> str:
    """What a reader meets: text, and the words of labels, titles and alt text."""
    words = []

    def walk(element):
        if element.tag in ("script", "style") or element.attrs.get("lang") == "en":
            return  # not read, or marked as English on purpose (a cited English work, the language link)
        for name in ("aria-label", "alt", "title", "placeholder"):
            if element.attrs.get(name):
                words.append(element.attrs[name])
        if element.tag == "meta" and element.attrs.get("name") == "description":
            words.append(element.attrs.get("content", ""))
        for child in element.children:
            if isinstance(child, str):
                words.append(child)
            else:
                walk(child)

    walk(page)
    return " ".join(" ".join(words).split())


def fetch(client, path, method):
    if method == "post":
        return client.post(path.split("?")[0], {})
    return client.get(path)


@pytest.fixture(scope="module")
def english_phrases():
    """The catalogue's phrases, less the names of states: a city called New
    York is a place name, written as its people write it."""
    return catalogue.english_phrases() - {str(name) for name in us_states.STATES.values()}


def test_every_page_type_is_in_spanish_with_no_english_interface_text(centers, client, english_phrases):
    problems = {}
    for english_path, status, method in pages(*centers):
        spanish_path = "/es" + english_path
        response = fetch(client, spanish_path, method)
        assert response.status_code == status, spanish_path
        page = parse(response.content.decode())
        assert page.find("html").attrs["lang"] == "es", spanish_path
        text = visible_text(page)
        left = sorted(p for p in english_phrases if re.search(rf"(?<!\w){re.escape(p)}(?!\w)", text))
        if left:
            problems[f"{method.upper()} {spanish_path}"] = left
    assert not problems, "English left on Spanish pages:\n" + "\n".join(
        f"{k}: {v}" for k, v in problems.items()
    )


def test_every_page_names_both_languages_and_links_to_the_other(centers, client):
    for english_path, status, method in pages(*centers):
        if method != "get" or status != 200:
            continue
        path = english_path.split("?")[0]
        for shown, other in ((path, "/es" + path), ("/es" + path, path)):
            page = parse(client.get(shown).content.decode())
            alternates = {
                link.attrs["hreflang"]: link.attrs["href"] for link in page.find_all("link", rel="alternate")
            }
            assert alternates == {
                "en": "http://testserver" + path,
                "es": "http://testserver/es" + path,
                "x-default": "http://testserver" + path,
            }, shown
            assert page.find("a", class_="language-link").attrs["href"].split("?")[0] == other, shown


def test_a_spanish_state_page_names_the_state_in_spanish(centers, client):
    assert "Nueva York" in parse(client.get("/es/treatment-centers/ny/").content.decode()).find("h1").text


def test_a_spanish_center_page_names_its_services_in_spanish(centers, client):
    open_one, _ = centers
    page = parse(client.get("/es" + open_one.get_absolute_url()).content.decode())
    listed = [li.text for ul in page.find_all("ul", class_="service-list") for li in ul.find_all("li")]
    assert listed and all(
        name in service_names_es.SERVICES.values() or name in spanish_labels() for name in listed
    )


def spanish_labels():
    """The plain-language labels the finder gives some codes, in Spanish."""
    from django.utils import translation

    from programs.centers import presentation

    with translation.override("es"):
        return {str(label) for label in presentation.LABELS.values()}
