"""Editors keep the content current in the admin, and nothing more."""

import pytest
from django.contrib.auth.models import Group, User
from django.urls import reverse

from programs.content.seed import ARTICLE
from programs.models import Article, HelplineNumber, RoutingPartner, Section
from tests.support.admin import submit
from tests.support.html import parse

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor(client):
    user = User.objects.create_user("editor", password="a-long-test-password", is_staff=True)
    user.groups.add(Group.objects.get(name="Editors"))
    client.force_login(user)
    return user


def test_the_editors_group_can_edit_content_but_not_users():
    codenames = set(Group.objects.get(name="Editors").permissions.values_list("codename", flat=True))
    assert {
        "change_article",
        "add_section",
        "change_helplinenumber",
        "change_routingpartner",
        "change_disclosure",
        "delete_citation",
        "change_keyfigure",
    } <= codenames
    assert not {c for c in codenames if c.endswith(("_user", "_group", "_permission"))}


def test_an_editor_changes_the_article_title_and_the_page_follows(site_content, client, editor):
    url = reverse("admin:programs_article_change", args=[site_content.pk])
    response = submit(client, url, {"title_en": "Intensive outpatient programs, explained"})
    assert response.status_code == 302, parse(response.content.decode()).find(class_="errornote")
    site_content.refresh_from_db()
    assert site_content.title == "Intensive outpatient programs, explained"
    # the inlines survived
    assert Section.objects.filter(article=site_content).count() == len(ARTICLE["sections"])
    page = parse(client.get(site_content.get_absolute_url()).content.decode())
    assert page.find("h1").text == "Intensive outpatient programs, explained"


def test_an_editor_cannot_manage_users(client, editor):
    assert client.get(reverse("admin:auth_user_changelist")).status_code == 403
    assert client.get(reverse("admin:auth_user_add")).status_code == 403
    index = client.get(reverse("admin:index")).content.decode()
    assert reverse("admin:auth_user_changelist") not in index
    assert reverse("admin:programs_article_changelist") in index


def test_a_bad_phone_number_gets_a_message_the_editor_can_act_on(site_content, client, editor):
    url = reverse("admin:programs_helplinenumber_add")
    response = submit(
        client,
        url,
        {
            "label_en": "New line",
            "number": "call me",
            "purpose": "public",
            "answered_by_en": "Someone",
            "order": "5",
        },
    )
    assert response.status_code == 200
    errors = parse(response.content.decode()).find("ul", class_="errorlist")
    assert "Enter a phone number with its area code" in errors.text
    assert not HelplineNumber.objects.filter(label="New line").exists()


def test_a_phone_number_typed_any_usual_way_is_stored_as_e164(site_content, client, editor):
    url = reverse("admin:programs_helplinenumber_add")
    response = submit(
        client,
        url,
        {
            "label_en": "New line",
            "number": "202.555.0143",
            "purpose": "public",
            "answered_by_en": "Someone",
            "order": "5",
        },
    )
    assert response.status_code == 302
    assert HelplineNumber.objects.get(label="New line").number == "+12025550143"


def test_a_second_primary_partner_is_refused_with_a_message(site_content, client, editor):
    url = reverse("admin:programs_routingpartner_add")
    response = submit(client, url, {"name": "Another Partner", "role": "primary", "order": "3"})
    assert response.status_code == 200
    assert "There is already a primary partner" in response.content.decode()
    assert RoutingPartner.objects.filter(role="primary").count() == 1


def test_a_partner_line_must_name_its_partner(site_content, client, editor):
    url = reverse("admin:programs_helplinenumber_add")
    response = submit(
        client,
        url,
        {
            "label_en": "New line",
            "number": "(202) 555-0143",
            "purpose": "call_now",
            "order": "5",
        },
    )
    assert response.status_code == 200
    assert "Choose the partner who answers this line." in response.content.decode()


def test_more_than_two_call_boxes_are_refused(site_content, client, editor):
    url = reverse("admin:programs_article_change", args=[site_content.pk])
    change = {f"sections-{i}-call_box_after": "on" for i in range(3)}
    response = submit(client, url, change)
    assert response.status_code == 200
    assert "at most 2 sections" in response.content.decode()
    assert Section.objects.filter(call_box_after=True).count() == 1


def test_an_unknown_figure_placeholder_is_refused(site_content, client, editor):
    section = Section.objects.get(anchor="treatment-plan")
    url = reverse("admin:programs_section_change", args=[section.pk])
    response = submit(client, url, {"body_en": "Programs last [[program_years]] years."})
    assert response.status_code == 200
    assert "No key figure is called [[program_years]]" in response.content.decode()


def test_a_published_article_needs_reviewer_date_with_reviewer(site_content, client, editor):
    url = reverse("admin:programs_article_change", args=[site_content.pk])
    response = submit(client, url, {"medical_reviewer": "Pat Example, MD"})
    assert response.status_code == 200
    assert "Give the date of the review" in response.content.decode()
    assert Article.objects.get(pk=site_content.pk).medical_reviewer == ""


def png_upload(name="hero.png"):
    from io import BytesIO

    from django.core.files.uploadedfile import SimpleUploadedFile
    from PIL import Image

    buffer = BytesIO()
    Image.new("RGB", (40, 20), "teal").save(buffer, "PNG")
    return SimpleUploadedFile(name, buffer.getvalue(), content_type="image/png")


def test_a_hero_image_needs_a_description_and_then_shows_on_the_page(
    site_content, client, editor, settings, tmp_path
):
    settings.MEDIA_ROOT = tmp_path
    url = reverse("admin:programs_article_change", args=[site_content.pk])
    response = submit(client, url, {"hero_image": png_upload()})
    assert response.status_code == 200
    assert "Describe the picture for people who cannot see it." in response.content.decode()

    response = submit(client, url, {"hero_image": png_upload(), "hero_image_alt_en": "A quiet group room"})
    assert response.status_code == 302
    page = parse(client.get(site_content.get_absolute_url()).content.decode())
    image = page.find("img", class_="article__hero")
    assert image.attrs["alt"] == "A quiet group room"
    assert (image.attrs["width"], image.attrs["height"]) == ("40", "20")


def test_a_file_that_is_not_an_image_is_refused(site_content, client, editor, settings, tmp_path):
    from django.core.files.uploadedfile import SimpleUploadedFile

    settings.MEDIA_ROOT = tmp_path
    url = reverse("admin:programs_article_change", args=[site_content.pk])
    fake = SimpleUploadedFile("hero.png", b"not really a picture", content_type="image/png")
    response = submit(client, url, {"hero_image": fake, "hero_image_alt_en": "x"})
    assert response.status_code == 200
    assert "Upload a valid image" in response.content.decode()
