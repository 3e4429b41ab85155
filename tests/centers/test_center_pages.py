"""Center pages, browse pages, the sponsored-listings page, and reports."""

import pytest
from django.urls import reverse

from programs.models import TreatmentCenter
from tests.support.centers import make_center, make_services, sponsor
from tests.support.html import parse

pytestmark = pytest.mark.django_db


@pytest.fixture
def center(site_content):
    make_services()
    return make_center(
        name="Harbor Light Recovery",
        program_name="Evening IOP",
        street1="1 Dock Street",
        street2="Suite 4",
        city="Saint Louis",
        state="MO",
        zip="63101",
        lat=38.63,
        lon=-90.19,
        codes=["OIT", "MD", "SS", "SP"],
        intake_phone="+13145550111",
        website="http://harbor.example.org",
        location_is_approximate=True,
    )


def test_the_center_page_shows_address_phones_services_and_source(center, client):
    page = parse(client.get(center.get_absolute_url()).content.decode())
    assert page.find("h1").text == "Harbor Light Recovery"
    assert "1 Dock Street Suite 4 Saint Louis, MO 63101" in page.find("address").text
    assert "approximate" in page.by_id("contact-heading").parent.text
    for number in ("tel:+12125550100", "tel:+13145550111"):
        link = page.find("a", href=number)
        who = link.parent.find("a", class_="phone__who")
        assert who.text == "Calls to this number go to this center"
    website = page.find("a", href="http://harbor.example.org")
    assert website.attrs["rel"] == "noopener nofollow"
    directions = next(a for a in page.find_all("a") if a.text == "Get directions")
    assert directions.attrs["href"].startswith("https://www.openstreetmap.org/search?query=1%20Dock%20Street")
    assert "Medicaid" in page.by_id("pay-pay").parent.text
    assert "Sliding fee based on income" in page.by_id("pay-pyas").parent.text
    services = page.by_id("services-heading").parent.text
    assert "Intensive outpatient (IOP)" in services and "Spanish" in services
    assert "Source: Test data, last verified January 1, 2022." in page.text


def test_a_center_url_with_the_wrong_city_redirects_to_the_right_one(center, client):
    response = client.get(reverse("programs:center", args=["mo", "elsewhere", center.slug]))
    assert response.status_code == 301
    assert response["Location"] == center.get_absolute_url()


def test_a_closed_center_is_gone(center, client):
    """410, not 404: the page existed and says so (tests/centers/test_closed_centers.py)."""
    TreatmentCenter.objects.filter(pk=center.pk).update(status="closed")
    assert client.get(center.get_absolute_url()).status_code == 410


def test_a_demonstration_listing_says_so(center, client):
    TreatmentCenter.objects.filter(pk=center.pk).update(is_demo=True)
    page = parse(client.get(center.get_absolute_url()).content.decode())
    assert "Demonstration listing" in page.find("span", class_="badge badge--demo").text


def test_state_and_city_pages_list_with_counts(center, client):
    make_center(city="Kansas City", state="MO", zip="64105", lat=39.1, lon=-94.58)
    make_center(city="SAINT LOUIS", state="MO", zip="63101", lat=38.63, lon=-90.2)
    state = parse(client.get("/treatment-centers/mo/").content.decode())
    assert state.find("h1").text == "Treatment centers in Missouri"
    cities = [li.text for li in state.find("ul", class_="browse-list").find_all("li")]
    assert cities == ["Kansas City (1)", "Saint Louis (2)"]
    city = parse(client.get("/treatment-centers/mo/saint-louis/").content.decode())
    assert len(city.find_all("li", class_="result-card")) == 2


@pytest.mark.parametrize(
    "url",
    [
        "/treatment-centers/zz/",
        "/treatment-centers/MO/",
        "/treatment-centers/mo/nowhere/",
        "/treatment-centers/wy/",
    ],
)
def test_unknown_places_are_404(center, client, url):
    assert client.get(url).status_code == 404


def test_the_sponsored_listings_page_names_every_current_sponsor(center, client):
    page = parse(client.get("/sponsored-listings/").content.decode())
    assert "No center is sponsored at the moment." in page.text
    sponsor(center)
    page = parse(client.get("/sponsored-listings/").content.decode())
    assert "Harbor Light Recovery" in page.by_id("sponsors-heading").parent.text


def test_an_extension_is_shown_and_dialled_after_the_number(site_content, client):
    make_services()
    center = make_center(
        name="Switchboard House",
        phone="+12025550143",
        phone_ext="402",
        intake_phone="+12025550143",
        intake_phone_ext="10",
        intake2_phone="+12025550144",
    )
    page = parse(client.get(center.get_absolute_url()).content.decode())
    links = {a.attrs["href"]: a.text for a in page.find_all("a", class_="phone__link")}
    assert "(202) 555-0143 ext. 402" in links["tel:+12025550143;ext=402"]
    assert "New patients (intake)" in links["tel:+12025550143;ext=10"]
    assert "second intake line" in links["tel:+12025550144"]
