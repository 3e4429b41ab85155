"""`load_site_content` creates the starting content once and never undoes editors' work."""

import pytest
from django.apps import apps
from django.core import serializers
from django.core.management import call_command

from programs.content import seed, seed_pages
from programs.models import Article, CallQuestion, HelplineNumber, RoutingPartner, Section

pytestmark = pytest.mark.django_db


def snapshot():
    """Every row of the content models, serialised, to compare before and after."""
    models = list(apps.get_app_config("programs").get_models())
    return {m.__name__: serializers.serialize("json", m.objects.order_by("pk")) for m in models}


def run(capsys):
    call_command("load_site_content")
    return capsys.readouterr().out


def test_the_first_run_creates_the_article_helplines_partners_and_disclosures(capsys):
    output = run(capsys)
    # partners, helplines, disclosures, the article, the questions to ask, the pages
    created = 2 + 6 + 3 + 1 + len(seed.CALL_QUESTIONS) + len(seed_pages.PAGES)
    assert f"created {created} item(s)" in output
    article = Article.objects.get(slug="intensive-outpatient-programs")
    assert article in Article.objects.published()
    assert article.sections.count() == len(seed.ARTICLE["sections"]) == 19
    assert article.figures.count() == 6
    assert CallQuestion.objects.filter(active=True).count() == len(seed.CALL_QUESTIONS) == 8
    assert article.medical_reviewer == "" and article.last_reviewed is None  # never invented
    assert set(HelplineNumber.objects.values_list("number", flat=True)) == {
        "+18558264464",
        "+18777460480",
        "988",
        "+18006624357",
        "+18004874889",
        "911",
    }
    assert RoutingPartner.objects.get(role="primary").name == "Niznik Behavioral Health"
    assert RoutingPartner.objects.get(role="additional").name == "Legacy Healing Center"


def test_running_it_twice_changes_nothing_and_says_so(capsys):
    run(capsys)
    before = snapshot()
    output = run(capsys)
    assert "nothing changed" in output
    assert snapshot() == before


def test_running_it_again_keeps_what_editors_changed(capsys):
    run(capsys)
    Section.objects.filter(anchor="benefits").update(heading="Why people choose an IOP")
    Section.objects.filter(anchor="support-groups").delete()
    HelplineNumber.objects.filter(number="911").update(active=False)
    run(capsys)
    assert Section.objects.get(anchor="benefits").heading == "Why people choose an IOP"
    assert not Section.objects.filter(anchor="support-groups").exists()
    assert not HelplineNumber.objects.get(number="911").active


def test_the_seed_content_passes_the_admin_validation(capsys):
    run(capsys)
    for model in apps.get_app_config("programs").get_models():
        if model.__name__.startswith("Historical"):  # revisions, written by django-simple-history
            continue
        for obj in model.objects.all():
            obj.full_clean()
