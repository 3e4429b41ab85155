"""The helplines error pages show come from a file that one command writes
from the database."""

import io
import json

import pytest
from django.core.management import call_command

from programs.calls.checks import fallback_matches_database
from programs.models import HelplineNumber

pytestmark = pytest.mark.django_db


def test_write_helpline_fallback_writes_the_active_helplines(site_content, settings, tmp_path):
    settings.HELPLINE_FALLBACK_FILE = tmp_path / "fallback.json"
    HelplineNumber.objects.filter(purpose=HelplineNumber.Purpose.PUBLIC).update(active=False)
    call_command("write_helpline_fallback", stdout=io.StringIO())
    written = json.loads(settings.HELPLINE_FALLBACK_FILE.read_text(encoding="utf-8"))
    active = HelplineNumber.objects.active().exclude(purpose=HelplineNumber.Purpose.CENTER)
    assert [line["number"] for line in written] == [line.number for line in active]
    assert not any(line["public"] for line in written)


def test_the_check_warns_when_the_file_and_the_database_differ(site_content, settings):
    assert fallback_matches_database() == []
    HelplineNumber.objects.filter(purpose=HelplineNumber.Purpose.PUBLIC).update(active=False)
    (warning,) = fallback_matches_database()
    assert warning.id == "programs.W001" and "write_helpline_fallback" in warning.hint
