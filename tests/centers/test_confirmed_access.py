"""Confirmed access: a center's own update and a visitor's one-click "I
couldn't reach them" put the listing in the editors' verification queue and
change nothing public; an editor's call to a *listed* number publishes what
it confirmed, with its date, and ages out; a dead number or a closure shows
at once; the finder's "(confirmed)" filters follow the same rules."""

import datetime

import pytest
from django.contrib.auth.models import User
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from programs.centers import confirmed, services
from programs.centers.admin_verification import waiting_queue
from programs.centers.search import matching_centers
from programs.content import seed_es
from programs.models import (
    ListingReport,
    ListingToVerify,
    ListingUpdateRequest,
    TreatmentCenter,
    VerificationCall,
)
from programs.web import page_cache
from tests.support.centers import make_center, make_services
from tests.support.html import parse

pytestmark = pytest.mark.django_db

TODAY = datetime.date(2026, 6, 15)
LISTED = "+13145550142"


@pytest.fixture
def center(site_content):
    make_services()
    return make_center(
        name="Harbor Light Recovery",
        city="Saint Louis",
        state="MO",
        zip="63101",
        phone=LISTED,
        lat=38.63,
        lon=-90.2,
    )


def url(name, center):
    return reverse(f"programs:{name}", args=[center.state.lower(), center.city_slug, center.slug])


def page_text(client, center):
    response = client.get(center.get_absolute_url())
    assert response.status_code == 200
    return parse(response.content.decode()).text


def call(center, *, days_ago=0, outcome=VerificationCall.Outcome.CONFIRMED, number=LISTED, **facts):
    facts.setdefault("accepting_new_patients", "yes" if outcome == "confirmed" else "")
    made = VerificationCall(
        center=center,
        called_on=timezone.localdate() - datetime.timedelta(days=days_ago),
        number_called=number,
        outcome=outcome,
        **facts,
    )
    made.full_clean()
    return services.verification_call_record(made)


GOOD_UPDATE = {
    "accepting_new_patients": "waitlist",
    "iop_schedule": ["iop_evenings", "iop_weekends"],
    "telehealth": "yes",
    "languages": "Spanish",
    "phone_correction": "",
    "website_correction": "",
    "address_correction": "",
    "sender_name": "Dana Ruiz",
    "sender_role": "Intake coordinator",
    "sender_contact": "intake@example.org",
    "homepage": "",
}


# --- The center page ------------------------------------------------------


def test_an_unconfirmed_center_says_so_and_offers_the_update_form_and_the_one_click_report(center, client):
    response = client.get(center.get_absolute_url())
    page = parse(response.content.decode())
    section = page.by_id("confirmed")
    assert "not yet confirmed this listing with the center by phone" in section.text
    assert section.find("form", method="post").attrs["action"] == url("center_unreachable", center)
    assert section.find("button").text == "I couldn't reach them"
    assert page.find("a", href=url("center_update", center)).text == "Update this listing"
    assert "Is this your center?" in page.by_id("report").text


# --- "Is this your center? Update this listing" ----------------------------


def test_the_update_form_is_a_page_of_its_own_that_no_cache_keeps(center, client):
    response = client.get(url("center_update", center))
    assert response.status_code == 200
    assert "no-store" in response["Cache-Control"] or "no-cache" in response["Cache-Control"]
    page = parse(response.content.decode())
    assert page.find("meta", name="robots").attrs["content"] == "noindex"
    assert page.find("input", name="csrfmiddlewaretoken")
    assert "Harbor Light Recovery" in page.find("h1").text
    assert "delete them 90 days after you send this form" in page.text
    assert page.find("a", href=reverse("programs:privacy") + "#when-a-center-updates-its-listing")


def test_a_sent_update_is_stored_for_an_editor_and_changes_nothing_public(center, client):
    before = page_text(client, center)
    response = client.post(url("center_update", center), GOOD_UPDATE)
    assert response.status_code == 302
    assert response["Location"] == url("center_update", center) + "?sent=1"
    thanks = parse(client.get(response["Location"]).content.decode())
    assert "An editor will call the number we list" in thanks.find(role="status").text
    stored = ListingUpdateRequest.objects.get()
    assert (stored.center, stored.accepting_new_patients, stored.telehealth) == (center, "waitlist", True)
    assert (stored.iop_weekday_daytime, stored.iop_evenings, stored.iop_weekends) == (False, True, True)
    assert (stored.languages, stored.sender_name, stored.sender_contact) == (
        "Spanish",
        "Dana Ruiz",
        "intake@example.org",
    )
    assert stored.status == ListingUpdateRequest.Status.NEW
    assert page_text(client, center) == before
    assert "Confirmed by phone" not in before


def test_a_correction_of_the_phone_is_stored_in_the_stored_form(center, client):
    data = {
        **GOOD_UPDATE,
        "accepting_new_patients": "",
        "iop_schedule": [],
        "telehealth": "",
        "languages": "",
    }
    data["phone_correction"] = "(314) 555-0199"
    data["sender_contact"] = "314.555.0123"
    assert client.post(url("center_update", center), data).status_code == 302
    stored = ListingUpdateRequest.objects.get()
    assert stored.phone_correction == "+13145550199"
    assert stored.sender_contact == "(314) 555-0123"
    assert stored.telehealth is None and stored.accepting_new_patients == ""


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        (
            {"accepting_new_patients": "", "iop_schedule": [], "telehealth": "", "languages": ""},
            "Tell us at least one thing",
        ),
        ({"sender_name": ""}, "Enter your name."),
        ({"sender_role": ""}, "Enter your role at the center."),
        ({"sender_contact": "intake@"}, "Enter a whole email address"),
        ({"sender_contact": "call me"}, "Enter an email address, or a phone number with its area code."),
        ({"phone_correction": "12"}, "area code"),
        ({"website_correction": "not a site"}, "Enter a web address"),
        ({"accepting_new_patients": "maybe"}, "Select a valid choice"),
        ({"homepage": "http://spam.example"}, "Please check the form below."),
    ],
)
def test_a_wrong_update_is_shown_again_with_a_clear_message_and_what_was_typed(
    center, client, changes, message
):
    response = client.post(url("center_update", center), {**GOOD_UPDATE, **changes})
    assert response.status_code == 400
    body = response.content.decode()
    assert message in body
    assert not ListingUpdateRequest.objects.exists()
    page = parse(body)
    if changes.get("sender_name", None) != "":
        assert page.find("input", name="sender_name").attrs["value"] == "Dana Ruiz"
    assert page.find("input", name="languages").attrs.get("value", "") == changes.get("languages", "Spanish")


def test_updates_are_rate_limited_per_address(center, client):
    for _ in range(5):
        assert client.post(url("center_update", center), GOOD_UPDATE).status_code == 302
    assert client.post(url("center_update", center), GOOD_UPDATE).status_code == 429
    assert ListingUpdateRequest.objects.count() == 5


def test_old_update_requests_are_purged_with_their_senders_details_and_calls_stay(center, client, settings):
    settings.LISTING_UPDATE_RETENTION_DAYS = 90
    old = services.listing_update_create(center=center, **{**form_fields(), "sender_name": "Old"})
    ListingUpdateRequest.objects.filter(pk=old.pk).update(
        created_at=timezone.now() - datetime.timedelta(days=91)
    )
    services.listing_update_create(center=center, **form_fields())
    call(center)
    call_command("purge_update_requests", "--dry-run", stdout=(out := _Out()))
    assert "Would delete 1 update request(s)" in out.text and ListingUpdateRequest.objects.count() == 2
    call_command("purge_update_requests", stdout=(out := _Out()))
    assert "Deleted 1 update request(s) older than 90 days" in out.text
    assert list(ListingUpdateRequest.objects.values_list("sender_name", flat=True)) == ["Dana Ruiz"]
    assert VerificationCall.objects.count() == 1


class _Out:
    text = ""

    def write(self, message, *args, **kwargs):
        self.text += message


def form_fields():
    return {
        "accepting_new_patients": "yes",
        "iop_evenings": True,
        "sender_name": "Dana Ruiz",
        "sender_role": "Intake coordinator",
        "sender_contact": "intake@example.org",
    }


def test_the_privacy_page_says_why_and_how_long_update_senders_details_are_kept(center, client):
    page = parse(client.get(reverse("programs:privacy")).content.decode())
    section = page.by_id("when-a-center-updates-its-listing").parent
    assert "Update this listing" in section.text
    assert "90 days" in section.text


# --- "I couldn't reach them" ----------------------------------------------


def test_one_click_stores_a_report_without_text_and_changes_nothing_public(center, client):
    before = page_text(client, center)
    response = client.post(url("center_unreachable", center), HTTP_SEC_FETCH_SITE="same-origin")
    assert response.status_code == 302
    assert response["Location"] == url("center_unreachable", center) + "?sent=1"
    report = ListingReport.objects.get()
    assert (report.center, report.reason, report.details) == (center, ListingReport.Reason.UNREACHABLE, "")
    assert page_text(client, center) == before
    thanks = parse(client.get(response["Location"]).content.decode())
    assert "An editor will call" in thanks.find(role="status").text


def test_the_same_visitor_reporting_the_same_center_again_adds_nothing(center, client):
    for _ in range(3):
        assert client.post(url("center_unreachable", center)).status_code == 302
    assert ListingReport.objects.count() == 1


def test_one_click_reports_are_rate_limited_per_address(center, client):
    others = [make_center() for _ in range(20)]
    for other in others:
        assert client.post(url("center_unreachable", other)).status_code == 302
    assert client.post(url("center_unreachable", center)).status_code == 429
    assert ListingReport.objects.count() == 20


@pytest.mark.parametrize(
    "headers",
    [{"HTTP_SEC_FETCH_SITE": "cross-site"}, {"HTTP_ORIGIN": "https://elsewhere.example"}],
)
def test_a_report_sent_from_another_site_is_refused(center, client, headers):
    response = client.post(url("center_unreachable", center), **headers)
    assert response.status_code == 403
    assert not ListingReport.objects.exists()


def test_the_unreachable_page_works_without_the_center_page_button(center, client):
    page = parse(client.get(url("center_unreachable", center)).content.decode())
    assert page.find("form", method="post").find("button").text == "I couldn't reach them"
    assert page.find("meta", name="robots").attrs["content"] == "noindex"


# --- What an editor's call publishes ---------------------------------------


def test_a_confirmed_call_is_published_with_its_date_and_facts(center, client):
    call(
        center,
        accepting_new_patients="yes",
        iop_evenings=True,
        iop_weekends=False,
        telehealth=True,
        languages="Spanish",
    )
    section = parse(client.get(center.get_absolute_url()).content.decode()).by_id("confirmed")
    day = timezone.localdate()
    assert f"Confirmed by phone with the center on {day:%B} {day.day}, {day.year}" in section.text
    facts = dict(
        zip(
            [dt.text for dt in section.find_all("dt")],
            [dd.text for dd in section.find_all("dd")],
            strict=True,
        )
    )
    assert facts == {
        "New patients": "Yes, accepting new patients",
        "IOP groups meet": "evenings",
        "Telehealth": "Yes",
        "Languages other than English": "Spanish",
    }


def test_a_partial_call_publishes_only_what_it_confirmed(center, client):
    call(center, outcome="partly", accepting_new_patients="", telehealth=False)
    section = parse(client.get(center.get_absolute_url()).content.decode()).by_id("confirmed")
    assert [dt.text for dt in section.find_all("dt")] == ["Telehealth"]


def test_facts_older_than_180_days_are_out_of_date_then_dropped(center, client):
    call(center, days_ago=confirmed.FRESH_DAYS + 1)
    section = parse(client.get(center.get_absolute_url()).content.decode()).by_id("confirmed")
    assert "Out of date:" in section.text and "more than six months ago" in section.text
    assert not matching_centers(service_codes=[confirmed.ACCEPTING]).exists()
    VerificationCall.objects.update(
        called_on=timezone.localdate() - datetime.timedelta(days=confirmed.SHOWN_DAYS + 1)
    )
    page_cache.bump()  # a bulk update sends no signal
    section = parse(client.get(center.get_absolute_url()).content.decode()).by_id("confirmed")
    assert "not yet confirmed" in section.text and not section.find_all("dt")


def test_a_call_that_did_not_reach_the_center_changes_nothing_public(center, client):
    call(center, accepting_new_patients="yes")
    before = page_text(client, center)
    call(center, outcome="no_answer", accepting_new_patients="")
    assert page_text(client, center) == before


def test_a_disconnected_number_is_marked_at_once_and_listed_last(center, client):
    TreatmentCenter.objects.filter(pk=center.pk).update(intake_phone="+13145550177")
    center.refresh_from_db()
    call(center, outcome="disconnected", accepting_new_patients="")
    page = parse(client.get(center.get_absolute_url()).content.decode())
    lines = [item.text for item in page.find("ul", **{"class": "line-list"}).find_all("li")]
    assert "New patients (intake)" in lines[0]
    day = timezone.localdate()
    assert f"Not in service when we called on {day:%B} {day.day}, {day.year}" in lines[1]
    # Reaching the center on that number again clears the mark.
    call(center)
    assert "Not in service" not in page_text(client, center)


def test_a_center_confirmed_closed_is_closed_at_once(center, client):
    call(center, outcome="closed", accepting_new_patients="")
    center.refresh_from_db()
    assert center.status == TreatmentCenter.Status.CLOSED
    assert (center.closed_on, center.closed_by) == (timezone.localdate(), TreatmentCenter.ClosedBy.CALL)
    assert client.get(center.get_absolute_url()).status_code == 410


def test_only_a_listed_number_can_confirm_anything(center):
    with pytest.raises(Exception, match="Call a number the listing shows"):
        call(center, number="+13145550100")


def test_a_reached_call_must_confirm_something_and_an_unreached_one_nothing(center):
    with pytest.raises(Exception, match="fill in at least one fact"):
        call(center, outcome="partly", accepting_new_patients="")
    with pytest.raises(Exception, match="clear them"):
        call(center, outcome="no_answer", accepting_new_patients="yes")


# --- The finder's filters ---------------------------------------------------


def test_the_confirmed_filters_count_only_fresh_calls_and_the_latest_one(site_content):
    make_services()
    accepting = make_center(phone=LISTED)
    call(accepting, accepting_new_patients="yes")
    waitlist = make_center(phone=LISTED)
    call(waitlist, accepting_new_patients="waitlist", iop_weekends=True)
    changed = make_center(phone=LISTED)
    call(changed, days_ago=30, accepting_new_patients="yes")
    call(changed, accepting_new_patients="no", iop_evenings=True)
    stale = make_center(phone=LISTED)
    call(stale, days_ago=200, accepting_new_patients="yes", iop_evenings=True)
    make_center()  # never called

    def found(code):
        return set(matching_centers(service_codes=[code]).values_list("pk", flat=True))

    assert found(confirmed.ACCEPTING) == {accepting.pk}
    assert found(confirmed.EVENING_WEEKEND) == {waitlist.pk, changed.pk}
    assert found(confirmed.ACCEPTING) & found(confirmed.EVENING_WEEKEND) == set()


def test_the_finder_offers_the_confirmed_filters_and_cards_show_fresh_confirmations(center, client):
    call(center, accepting_new_patients="yes", iop_evenings=True)
    other = make_center(city="Saint Louis", state="MO", zip="63101", lat=38.64, lon=-90.21)
    response = client.get(reverse("programs:finder"), {"location": "63101", "services": "ACCEPTING"})
    assert response.status_code == 200
    page = parse(response.content.decode())
    assert page.find("input", name="services", value="EVEWKND")
    names = [h.text for h in page.find_all("h3", **{"class": "result-card__name"})]
    assert names == ["Harbor Light Recovery"]
    assert other.name not in names
    note = page.find("p", **{"class": "result-card__confirmed"}).text
    assert note.startswith("Confirmed by phone") and "New patients: Yes, accepting new patients" in note


# --- The verification queue -------------------------------------------------


@pytest.fixture
def editor(client):
    user = User.objects.create_user("editor", password="a-long-test-password", is_staff=True)
    user.groups.add(
        *__import__("django.contrib.auth.models", fromlist=["Group"]).Group.objects.filter(name="Editors")
    )
    client.force_login(user)
    return user


def test_the_queue_puts_the_most_reported_first_then_the_oldest(center, site_content):
    updated = make_center(name="Only An Update")
    services.listing_update_create(center=updated, **form_fields())
    once = make_center(name="Reported Once")
    services.unreachable_report_create(center=once)
    for _ in range(3):
        services.unreachable_report_create(center=center)
    make_center(name="Nothing Waiting")
    queue = list(waiting_queue(ListingToVerify.objects.all()).values_list("name", flat=True))
    assert queue == ["Harbor Light Recovery", "Reported Once", "Only An Update"]


def test_an_editor_records_a_call_from_the_queue_and_the_page_shows_it(center, client, editor):
    services.listing_update_create(center=center, **form_fields())
    services.unreachable_report_create(center=center)
    changelist = client.get(reverse("admin:programs_listingtoverify_changelist"))
    assert changelist.status_code == 200
    assert "Harbor Light Recovery" in changelist.content.decode()
    change_url = reverse("admin:programs_listingtoverify_change", args=[center.pk])
    form_page = client.get(change_url)
    body = form_page.content.decode()
    assert 'href="tel:+13145550142"' in body  # the listed number, to call
    assert "intake@example.org" in body and "new patients: Yes, accepting new patients" in body
    response = client.post(
        change_url, call_form(outcome="confirmed", accepting_new_patients="yes", iop_evenings="true")
    )
    assert response.status_code == 302, response.content.decode()[:3000]
    saved = VerificationCall.objects.get()
    assert (saved.called_by, saved.number_called, saved.outcome) == (editor, LISTED, "confirmed")
    assert "Confirmed by phone with the center" in page_text(client, center)
    assert ListingUpdateRequest.objects.get().status == ListingUpdateRequest.Status.DONE
    assert ListingReport.objects.get().status == ListingReport.Status.CHECKED
    assert not waiting_queue(ListingToVerify.objects.all()).exists()


def test_the_queue_refuses_a_call_to_a_number_the_listing_does_not_show(center, client, editor):
    services.unreachable_report_create(center=center)
    change_url = reverse("admin:programs_listingtoverify_change", args=[center.pk])
    response = client.post(
        change_url,
        call_form(outcome="confirmed", accepting_new_patients="yes", number_called="(314) 555-0100"),
    )
    assert response.status_code == 200
    assert "Call a number the listing shows" in response.content.decode()
    assert not VerificationCall.objects.exists()


def call_form(**fields):
    data = {
        "calls-TOTAL_FORMS": "1",
        "calls-INITIAL_FORMS": "0",
        "calls-MIN_NUM_FORMS": "0",
        "calls-MAX_NUM_FORMS": "1000",
        "calls-0-called_on": timezone.localdate().isoformat(),
        "calls-0-number_called": "(314) 555-0142",
        "calls-0-iop_weekday_daytime": "unknown",
        "calls-0-iop_evenings": "unknown",
        "calls-0-iop_weekends": "unknown",
        "calls-0-telehealth": "unknown",
        "calls-0-languages": "",
        "calls-0-notes": "",
    }
    data.update({f"calls-0-{name}": value for name, value in fields.items()})
    return data


def test_the_api_gives_fresh_confirmations_and_nothing_for_others(center, client):
    call(center, accepting_new_patients="waitlist", iop_weekends=True)
    stale = make_center(city="Saint Louis", state="MO", zip="63101", lat=38.64, lon=-90.21, phone=LISTED)
    call(stale, days_ago=confirmed.FRESH_DAYS + 1)
    response = client.get(reverse("machine:finder_api"), {"location": "63101"})
    by_name = {row["name"]: row["confirmed_by_phone"] for row in response.json()["results"]}
    assert by_name[center.name] == {
        "called_on": timezone.localdate().isoformat(),
        "accepting_new_patients": "waitlist",
        "iop_weekday_daytime": None,
        "iop_evenings": None,
        "iop_weekends": True,
        "telehealth": None,
        "languages": None,
    }
    assert by_name[stale.name] is None
    filtered = client.get(reverse("machine:finder_api"), {"location": "63101", "services": "EVEWKND"})
    assert [row["name"] for row in filtered.json()["results"]] == [center.name]


def test_an_editor_closing_a_center_dates_it_and_reopening_clears_the_date(center):
    center.status = TreatmentCenter.Status.CLOSED
    center.full_clean()
    assert (center.closed_on, center.closed_by) == (timezone.localdate(), TreatmentCenter.ClosedBy.EDITOR)
    center.status = TreatmentCenter.Status.OPEN
    center.full_clean()
    assert (center.closed_on, center.closed_by) == (None, "")


def test_the_spanish_update_form_links_to_the_spanish_privacy_section(center, client):
    page = parse(client.get("/es" + url("center_update", center)).content.decode())
    link = next(a for a in page.find_all("a") if a.attrs.get("href", "").startswith("/es/privacy/#"))
    anchor = link.attrs["href"].split("#")[1]
    privacy = parse(client.get("/es/privacy/").content.decode())
    assert privacy.by_id(anchor).text == seed_es.UPDATE_SECTION["heading"]
