"""A visitor's phone number never reaches the logs or an error report."""

import io
import logging
import sys

import pytest
from django.core.signals import got_request_exception
from django.db import IntegrityError, connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.views.debug import ExceptionReporter

from programs.models import CallbackRequest
from programs.web.log_filters import REDACTED, ScrubPhoneNumbers
from tests.support.callbacks import PHONE_FORMS, TYPED, filled_in, submit

pytestmark = pytest.mark.django_db


@pytest.fixture
def log_output():
    """Everything the site's configured log handler writes, at every level,
    SQL statements with their parameters included (as with DEBUG on)."""
    handler = next(h for h in logging.getLogger().handlers if h.get_name() == "stdout")
    stream = io.StringIO()
    previous_stream = handler.setStream(stream)
    loggers = [logging.getLogger(), logging.getLogger("django")]
    previous_levels = [logger.level for logger in loggers]
    for logger in loggers:
        logger.setLevel(logging.DEBUG)
    try:
        with CaptureQueriesContext(connection):
            yield stream
    finally:
        handler.setStream(previous_stream)
        for logger, level in zip(loggers, previous_levels, strict=True):
            logger.setLevel(level)


def assert_no_phone_number(text):
    for written in PHONE_FORMS:
        assert written not in text, written


def fail_to_store(request, *args, **kwargs):
    # What PostgreSQL says when a row breaks a constraint: it quotes the row.
    raise IntegrityError(
        f"new row violates check constraint. DETAIL: Failing row contains "
        f"(7, {request.phone}, {request.name}, asap)."
    )


def test_no_phone_number_is_logged_during_a_submission_or_a_failing_one(
    site_content, client, log_output, monkeypatch
):
    assert submit(client, phone=TYPED, name="Samantha").status_code == 302
    assert submit(client, phone="202-555-0143", consent_token="forged").status_code == 400
    monkeypatch.setattr(CallbackRequest, "save", fail_to_store)
    crashing = Client(raise_request_exception=False)
    data = filled_in(crashing, phone="202.555.0143", name="Samantha")
    assert crashing.post("/call-me/", data).status_code == 500

    output = log_output.getvalue()
    assert "INSERT INTO" in output and "programs_callbackrequest" in output  # SQL was captured
    assert "Bad Request: /call-me/" in output
    assert "Internal Server Error: /call-me/" in output and "CallbackNotStored" in output
    assert REDACTED in output  # the SQL parameters
    assert_no_phone_number(output)
    # The name appears only as a parameter of SQL statements, logged with DEBUG on.
    assert "Samantha" not in "\n".join(
        line for line in output.splitlines() if " django.db.backends " not in line
    )


def test_an_error_report_hides_the_phone_number_and_the_name(site_content, monkeypatch):
    reports = []

    def report(sender, request, **kwargs):
        reports.append(ExceptionReporter(request, *sys.exc_info()).get_traceback_html())

    monkeypatch.setattr(CallbackRequest, "save", fail_to_store)
    got_request_exception.connect(report)
    try:
        client = Client(raise_request_exception=False)
        client.post("/call-me/", filled_in(client, phone="(202) 555-0143", name="Samantha"))
    finally:
        got_request_exception.disconnect(report)
    [html] = reports
    assert "Samantha" not in html
    assert "(202) 555-0143" not in html and "%28202%29" not in html
    assert "csrfmiddlewaretoken" in html  # the report did include the POST data, filtered


def record(message, *args, exc_info=None):
    return logging.LogRecord("test", logging.ERROR, __file__, 1, message, args, exc_info)


@pytest.mark.parametrize(
    "written",
    PHONE_FORMS[:5]
    + ["+1 (202) 555-0143", "1 202 555 0143", "+44 20 7946 0958"]
    # Seen escaping the filter in a review: URL-encoded, slashes, spaced
    # dashes, full-width digits.
    + [
        "%2B12025550143",
        "202/555/0143",
        "202 - 555 - 0143",
        "２０２５５５０１４３",
        "（２０２）５５５－０１４３",
    ],
)
def test_the_log_filter_removes_every_usual_way_of_writing_a_number(written):
    clean = ScrubPhoneNumbers().filter(record("row (%s, %r)", 7, written))
    assert clean.getMessage().startswith("row (7, '")
    assert written not in clean.getMessage() and REDACTED in clean.getMessage()


@pytest.mark.parametrize(
    "harmless",
    [
        "2026-11-27 23:49:01.123456+00:00",
        "192.168.100.200",
        "(0.003) SELECT 1",
        "id 12345678901234",
        "HTTP/1.1 302 0",
    ],
)
def test_the_log_filter_leaves_dates_addresses_and_timings_alone(harmless):
    assert ScrubPhoneNumbers().filter(record(harmless)).getMessage() == harmless


def test_the_log_filter_cleans_tracebacks_and_leaves_the_original_record_alone():
    try:
        raise ValueError("bad number +12025550143")
    except ValueError:
        original = record("failed for %s", "202-555-0143", exc_info=sys.exc_info())
    clean = ScrubPhoneNumbers().filter(original)
    formatted = logging.Formatter().format(clean)
    assert "ValueError: bad number" in formatted
    assert_no_phone_number(formatted)
    assert original.args == ("202-555-0143",)  # other handlers still get the record as logged


def test_an_error_report_never_carries_a_phone_number_whatever_the_field_or_variable(rf):
    from django.views.debug import ExceptionReporter, get_exception_reporter_filter

    # Built at run time: the report quotes this test's source lines too.
    dashed, spaced = "-".join(["202", "555", "0143"]), " ".join(["+1", "202", "555", "0143"])
    request = rf.post("/call-me/", {"notes": f"call {dashed}", "other": spaced})
    number_in_a_variable = {"phone": f"({dashed[:3]}) {dashed[4:]}"}  # noqa: F841 - in the frame's variables
    try:
        raise RuntimeError("something broke")
    except RuntimeError:
        exc_type, exc_value, tb = sys.exc_info()
    report = ExceptionReporter(request, exc_type, exc_value, tb)
    assert type(report.filter) is type(get_exception_reporter_filter(request))
    text = report.get_traceback_text() + report.get_traceback_html()
    for written in (dashed, spaced, dashed[4:]):
        assert written not in text
    assert REDACTED in text and "something broke" in text
