"""A body bigger than any of the site's forms is refused from its declared
length, before a byte of it is read or spooled to disk; only the admin, where
editors upload pictures, takes more."""

import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client

from programs.models import CallbackRequest
from programs.web.middleware import PUBLIC_BODY_MAX_BYTES, RequestBodyLimit

pytestmark = pytest.mark.django_db


class Unreadable(io.RawIOBase):
    """A request body that fails the test if anything reads it."""

    def read(self, *args):
        raise AssertionError("the body was read")

    readline = readinto = read


def call(path, length, *, method="POST"):
    """RequestBodyLimit in front of a view that would read the whole body."""
    from django.test import RequestFactory

    request = RequestFactory().generic(method, path)
    request.META["CONTENT_LENGTH"] = str(length)
    request.META["wsgi.input"] = Unreadable()

    def view(request):
        request.META["wsgi.input"].read()
        raise AssertionError("the view ran")

    return RequestBodyLimit(view)(request)


def test_a_large_body_outside_the_admin_is_refused_unread():
    response = call("/call-me/", 60 * 1024 * 1024)
    assert response.status_code == 413
    assert "too large" in response.content.decode().lower()


def test_a_body_just_over_the_public_limit_is_refused():
    assert call("/treatment-centers/ny/new-york/x/report/", PUBLIC_BODY_MAX_BYTES + 1).status_code == 413


def test_a_declared_length_that_is_not_a_number_is_a_400():
    assert call("/call-me/", "lots").status_code == 400


def test_the_admin_takes_a_picture_but_not_sixty_megabytes(settings):
    allowed = settings.IMAGE_UPLOAD_MAX_BYTES + settings.DATA_UPLOAD_MAX_MEMORY_SIZE
    assert call("/admin/programs/article/1/change/", 60 * 1024 * 1024).status_code == 413
    with pytest.raises(AssertionError, match="the body was read"):
        call("/admin/programs/article/1/change/", allowed)


def test_a_multipart_upload_to_the_callback_form_stores_nothing(site_content):
    client = Client(raise_request_exception=False)
    big = SimpleUploadedFile("big.bin", b"\0" * (PUBLIC_BODY_MAX_BYTES + 1024))
    response = client.post("/call-me/", {"phone": "2025550143", "consent": "on", "file": big})
    assert response.status_code == 413
    assert not CallbackRequest.objects.exists()


def test_an_ordinary_form_post_still_works(site_content):
    response = Client().post("/call-me/", {"phone": "", "consent": ""})
    assert response.status_code == 400  # the form's own messages, not the limit
