"""Editors' uploads: real pictures only, of a sensible size, under names the
site chooses."""

from io import BytesIO

import pytest
from django.contrib.auth.models import Group, User
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from PIL import Image

from programs.models import Article
from tests.support.admin import submit

pytestmark = pytest.mark.django_db

SVG = b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'


@pytest.fixture
def editor_client(client, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    user = User.objects.create_user("editor", password="a-long-test-password", is_staff=True)
    user.groups.add(Group.objects.get(name="Editors"))
    client.force_login(user)
    return client


def picture(name="hero.png", kind="PNG", size=(40, 20)):
    buffer = BytesIO()
    Image.new("RGB", size, "teal").save(buffer, kind)
    return SimpleUploadedFile(name, buffer.getvalue())


def upload(client, article, file):
    url = reverse("admin:programs_article_change", args=[article.pk])
    return submit(client, url, {"hero_image": file, "hero_image_alt_en": "A calm room"})


def test_an_svg_is_refused_even_named_png(site_content, editor_client):
    for name in ("hero.svg", "hero.png"):
        response = upload(editor_client, site_content, SimpleUploadedFile(name, SVG))
        assert response.status_code == 200, name
    assert Article.objects.get(pk=site_content.pk).hero_image == ""


def test_a_picture_over_the_size_limit_is_refused_with_the_limit(site_content, editor_client, settings):
    settings.IMAGE_UPLOAD_MAX_BYTES = 1000
    response = upload(editor_client, site_content, picture(size=(400, 400)))
    assert response.status_code == 200
    assert "the limit is 1000" in response.content.decode()
    assert Article.objects.get(pk=site_content.pk).hero_image == ""


def test_a_gif_is_refused_as_a_format_we_do_not_take(site_content, editor_client):
    response = upload(editor_client, site_content, picture("hero.png", kind="GIF"))
    assert response.status_code == 200
    assert "GIF pictures are not accepted" in response.content.decode()


def test_the_stored_name_is_ours_and_stays_in_the_media_folder(site_content, editor_client, tmp_path):
    response = upload(editor_client, site_content, picture("../../../etc/evil name.PNG"))
    assert response.status_code == 302
    stored = Article.objects.get(pk=site_content.pk).hero_image
    assert stored.name.startswith("articles/") and stored.name.endswith(".png")
    assert "evil" not in stored.name and ".." not in stored.name
    assert (tmp_path / stored.name).resolve().is_relative_to(tmp_path.resolve())


def test_a_png_hero_gets_a_webp_copy_offered_first(site_content, editor_client, tmp_path, client):
    assert upload(editor_client, site_content, picture("hero.png")).status_code == 302
    article = Article.objects.get(pk=site_content.pk)
    webp = article.hero_image.name.rsplit(".", 1)[0] + ".webp"
    assert (tmp_path / webp).exists()
    with Image.open(tmp_path / webp) as image:
        assert image.format == "WEBP" and image.size == (40, 20)
    from tests.support.html import parse

    page = parse(client.get(article.get_absolute_url()).content.decode())
    source = page.find("picture").find("source")
    assert source.attrs == {"srcset": "/media/" + webp, "type": "image/webp"}
    assert page.find("img", class_="article__hero").attrs["src"] == "/media/" + article.hero_image.name


def test_a_picture_over_the_pixel_limit_is_refused_however_small_the_file(
    site_content, editor_client, settings
):
    settings.IMAGE_UPLOAD_MAX_PIXELS = 100_000
    response = upload(editor_client, site_content, picture(size=(400, 400)))  # 160,000 pixels
    assert response.status_code == 200
    assert "400 × 400 pixels" in response.content.decode()
    assert Article.objects.get(pk=site_content.pk).hero_image == ""


# In production Pillow's bomb warning is only a warning, and Django's own
# image field lets the file through to our check: so here too.
@pytest.mark.filterwarnings("ignore::PIL.Image.DecompressionBombWarning")
def test_a_decompression_bomb_is_refused_as_too_many_pixels(site_content, editor_client):
    buffer = BytesIO()
    Image.new("1", (13_000, 13_000)).save(buffer, "PNG")  # a few kB that would decode to 169 megapixels
    assert len(buffer.getvalue()) < 200_000
    response = upload(editor_client, site_content, SimpleUploadedFile("bomb.png", buffer.getvalue()))
    assert response.status_code == 200
    assert "13000 × 13000 pixels" in response.content.decode()
    assert Article.objects.get(pk=site_content.pk).hero_image == ""
