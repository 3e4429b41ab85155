"""Callback requests for tests: the “Have us call you” form filled in as a
visitor would, stored requests of any age, and every way the test number
can be written."""

from datetime import timedelta

from django.utils import timezone

from programs.callbacks.consent import consent_for
from programs.models import CallbackRequest, RoutingPartner
from tests.support.html import form_data, parse

URL = "/call-me/"
TYPED = "(202) 555-0143"

# Every way the test number could be written.
PHONE_FORMS = [
    "+12025550143",
    "2025550143",
    "202-555-0143",
    "(202) 555-0143",
    "202 555 0143",
    "555-0143",
    "5550143",
]


def the_form(page):
    return next(f for f in page.find_all("form") if f.attrs.get("action") == URL)


def filled_in(client, **changes):
    """The form as the page shows it, filled in and ticked as a visitor would."""
    page = parse(client.get(URL).content.decode())
    data = form_data(the_form(page))
    data.update({"phone": TYPED, "consent": "on", **changes})
    return data


def submit(client, **changes):
    return client.post(URL, filled_in(client, **changes))


def make_request(phone="+12025550143", name="Sam", age=timedelta(0), **fields):
    partner = RoutingPartner(name="A partner", paid=True)
    request = CallbackRequest.objects.create(
        phone=phone,
        name=name,
        consent_text=consent_for(partner).text,
        consented_at=timezone.now(),
        **fields,
    )
    CallbackRequest.objects.filter(pk=request.pk).update(created_at=timezone.now() - age)
    return request
