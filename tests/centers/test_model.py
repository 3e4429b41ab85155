"""TreatmentCenter's rules: the public door, sponsorship, and what the
database refuses."""

import datetime

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone

from programs.models import Service, ServiceAlias, ServiceCategory, TreatmentCenter

pytestmark = pytest.mark.django_db

TODAY = timezone.localdate()
DAY = datetime.timedelta(days=1)


def center(**fields):
    values = {
        "name": "Sample Center",
        "city": "St. Louis",
        "state": "MO",
        "zip": "63101",
        "latitude": 38.63,
        "longitude": -90.19,
        "facility_type": "SA",
        "source": "Test",
    }
    values.update(fields)
    values.setdefault("slug", f"sample-{TreatmentCenter.objects.count() + 1}")
    values.setdefault("source_key", f"test:{values['slug']}")
    return TreatmentCenter.objects.create(**values)


@pytest.fixture
def services():
    category = ServiceCategory.objects.create(code="SET", name="Service Setting")
    return {
        code: Service.objects.create(category=category, code=code, name=code) for code in ("OIT", "OP", "RES")
    }


def refused(**fields):
    with pytest.raises(IntegrityError), transaction.atomic():
        center(**fields)
    return True


def test_listed_is_the_open_centers_only():
    open_center = center()
    center(status=TreatmentCenter.Status.CLOSED)
    assert list(TreatmentCenter.objects.listed()) == [open_center]


def test_sponsored_now_covers_first_and_last_day_and_skips_closed_centers():
    starts_today = center(sponsored_from=TODAY, sponsored_until=TODAY + DAY)
    ends_today = center(sponsored_from=TODAY - DAY, sponsored_until=TODAY)
    center(sponsored_from=TODAY - 9 * DAY, sponsored_until=TODAY - DAY)  # over
    center(sponsored_from=TODAY + DAY, sponsored_until=TODAY + 9 * DAY)  # not yet
    center(sponsored_from=TODAY, sponsored_until=TODAY, status=TreatmentCenter.Status.CLOSED)
    center()
    assert set(TreatmentCenter.objects.sponsored_now()) == {starts_today, ends_today}
    assert starts_today.is_sponsored and ends_today.is_sponsored
    assert not center().is_sponsored


def test_real_leaves_out_demonstration_listings():
    real = center()
    center(is_demo=True)
    assert list(TreatmentCenter.objects.real()) == [real]


def test_the_database_refuses_impossible_values():
    assert refused(latitude=90.5)
    assert refused(longitude=-180.5)
    assert refused(state="ny")
    assert refused(zip="6310")
    assert refused(sponsored_from=TODAY)
    assert refused(sponsored_from=TODAY, sponsored_until=TODAY - DAY)
    assert refused(photo="centers/a.jpg")
    assert refused(source_key="")
    center(slug="taken")
    assert refused(slug="taken", source_key="other")


def test_phone_numbers_are_stored_as_e164_however_they_are_typed():
    c = center(phone="212-555-0100", sponsor_phone="(646) 555.0199")
    c.refresh_from_db()
    assert (c.phone, c.sponsor_phone, c.intake_phone) == ("+12125550100", "+16465550199", "")


def test_clean_explains_each_problem_in_words():
    bad = TreatmentCenter(
        name="X",
        city="Y",
        state="mo",
        zip="63101",
        latitude=91,
        longitude=-181,
        facility_type="SA",
        source="Test",
        slug="x",
        sponsored_from=TODAY,
        photo="centers/a.jpg",
    )
    with pytest.raises(ValidationError) as error:
        bad.full_clean()
    messages = error.value.message_dict
    assert messages["latitude"] == ["Latitude must be between −90 and 90."]
    assert messages["longitude"] == ["Longitude must be between −180 and 180."]
    assert messages["sponsored_until"] == ["Give both the first and the last day of the sponsorship."]
    assert messages["photo_alt"] == ["Describe the photo for people who cannot see it."]
    assert bad.state == "MO" and bad.source_key == "editor:x"


def test_service_codes_follow_services_edited_through_the_orm(services):
    c = center()
    c.services.add(services["OIT"], services["OP"])
    assert TreatmentCenter.objects.get(pk=c.pk).service_codes == " OIT OP "
    c.services.remove(services["OP"])
    assert TreatmentCenter.objects.get(pk=c.pk).service_codes == " OIT "
    services["RES"].centers.add(c)
    assert TreatmentCenter.objects.get(pk=c.pk).service_codes == " OIT RES "
    services["OIT"].centers.clear()
    assert TreatmentCenter.objects.get(pk=c.pk).service_codes == " RES "
    c.services.clear()
    assert TreatmentCenter.objects.get(pk=c.pk).service_codes == ""


def test_a_center_has_a_readable_address_under_its_state_and_city():
    c = center(slug="sample-center-st-louis")
    assert c.city_slug == "st-louis"
    assert c.get_absolute_url().endswith("/mo/st-louis/sample-center-st-louis/")


def test_an_alias_is_either_a_code_or_a_name(services):
    with pytest.raises(IntegrityError), transaction.atomic():
        ServiceAlias.objects.create(service=services["OIT"], code="IOP", name="Intensive")
    with pytest.raises(ValidationError, match="either another code or another name"):
        ServiceAlias(service=services["OIT"]).full_clean()
    assert str(ServiceAlias.objects.create(service=services["OIT"], code="IOP")) == "IOP → OIT"
