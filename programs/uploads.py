"""Editors' picture uploads: real raster images of a sensible size, stored
under names we choose (never the uploaded file's name or path)."""

import uuid
from pathlib import PurePath

from django.conf import settings
from django.core.exceptions import ValidationError
from django.template.defaultfilters import filesizeformat
from PIL import Image

ALLOWED_FORMATS = {"JPEG": "jpg", "PNG": "png", "WEBP": "webp"}


def validate_image_upload(file):
    """Size limit, then a real JPEG, PNG or WebP as Pillow reads it (an SVG
    or a renamed script is refused, whatever its name says)."""
    limit = settings.IMAGE_UPLOAD_MAX_BYTES
    if file.size > limit:
        raise ValidationError(
            f"This picture is {filesizeformat(file.size)}; the limit is {filesizeformat(limit)}. "
            "Save it smaller (for example 1600 pixels wide) and try again."
        )
    position = file.tell() if hasattr(file, "tell") else 0
    try:
        with Image.open(file) as image:
            kind = image.format
            image.verify()
    except Exception:  # Pillow raises many kinds of errors for bad files
        raise ValidationError("This file is not a picture we can use. Upload a JPEG, PNG or WebP.") from None
    finally:
        if hasattr(file, "seek"):
            file.seek(position)
    if kind not in ALLOWED_FORMATS:
        raise ValidationError(f"{kind} pictures are not accepted. Upload a JPEG, PNG or WebP.")


def _random_name(folder, filename):
    extension = PurePath(filename).suffix.lower().lstrip(".")
    if extension not in set(ALLOWED_FORMATS.values()) | {"jpeg"}:
        extension = "bin"  # never reached for validated uploads
    return f"{folder}/{uuid.uuid4().hex}.{extension}"


def article_image_path(instance, filename):
    return _random_name("articles", filename)


def center_photo_path(instance, filename):
    return _random_name("centers", filename)
