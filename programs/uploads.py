"""Editors' picture uploads: real raster images of a sensible size, stored
under names we choose (never the uploaded file's name or path)."""

import uuid
import warnings
from io import BytesIO
from pathlib import PurePath

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import FileExtensionValidator
from django.template.defaultfilters import filesizeformat
from PIL import Image

ALLOWED_FORMATS = {"JPEG": "jpg", "PNG": "png", "WEBP": "webp"}


def validate_image_upload(file):
    """Size limit, then a real JPEG, PNG or WebP as Pillow reads it (an SVG
    or a renamed script is refused, whatever its name says). Files already
    stored were checked when they were uploaded."""
    if getattr(file, "_committed", False):
        return
    limit = settings.IMAGE_UPLOAD_MAX_BYTES
    if file.size > limit:
        raise ValidationError(
            f"This picture is {filesizeformat(file.size)}; the limit is {filesizeformat(limit)}. "
            "Save it smaller (for example 1600 pixels wide) and try again."
        )
    position = file.tell() if hasattr(file, "tell") else 0
    try:
        with warnings.catch_warnings():
            # A few kilobytes can claim billions of pixels, and decoding them
            # (for the WebP copy) takes gigabytes. Our own limit is below
            # Pillow's warning, so the warning is noise here; above twice
            # Pillow's limit, it raises DecompressionBombError.
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            with Image.open(file) as image:
                kind, (width, height) = image.format, image.size
                _refuse_too_many_pixels(width, height)
                image.verify()
    except Image.DecompressionBombError:
        raise ValidationError(_too_many_pixels()) from None
    except ValidationError:
        raise
    except Exception:  # Pillow raises many kinds of errors for bad files
        raise ValidationError("This file is not a picture we can use. Upload a JPEG, PNG or WebP.") from None
    finally:
        if hasattr(file, "seek"):
            file.seek(position)
    if kind not in ALLOWED_FORMATS:
        raise ValidationError(f"{kind} pictures are not accepted. Upload a JPEG, PNG or WebP.")


def _refuse_too_many_pixels(width, height):
    if width * height > settings.IMAGE_UPLOAD_MAX_PIXELS:
        raise ValidationError(_too_many_pixels(width, height))


def _too_many_pixels(width=None, height=None):
    limit = settings.IMAGE_UPLOAD_MAX_PIXELS / 1_000_000
    size = f"{width} × {height} pixels" if width else "far too many pixels"
    return (
        f"This picture is {size}; the limit is {limit:g} megapixels. "
        "Save it smaller (for example 1600 pixels wide) and try again."
    )


def _random_name(folder, filename):
    extension = PurePath(filename).suffix.lower().lstrip(".")
    if extension not in set(ALLOWED_FORMATS.values()) | {"jpeg"}:
        extension = "bin"  # never reached for validated uploads
    return f"{folder}/{uuid.uuid4().hex}.{extension}"


def article_image_path(instance, filename):
    return _random_name("articles", filename)


def center_photo_path(instance, filename):
    return _random_name("centers", filename)


def webp_name(name):
    return f"{name.rsplit('.', 1)[0]}.webp"


def make_webp_copy(field_file, quality=80):
    """Write a WebP copy beside an uploaded JPEG or PNG (smaller, and every
    current browser reads it); return its name, or None when not needed."""
    if not field_file or field_file.name.endswith(".webp"):
        return None
    target = webp_name(field_file.name)
    storage = field_file.storage
    if storage.exists(target):
        return target
    from django.core.files.base import ContentFile

    with field_file.open("rb"), Image.open(field_file) as image:
        buffer = BytesIO()
        image.convert("RGBA" if image.mode in ("RGBA", "LA", "P") else "RGB").save(
            buffer, "WEBP", quality=quality, method=4
        )
    return storage.save(target, ContentFile(buffer.getvalue()))


def webp_url(field_file):
    """The WebP copy's URL if there is one."""
    if not field_file or field_file.name.endswith(".webp"):
        return None
    target = webp_name(field_file.name)
    return field_file.storage.url(target) if field_file.storage.exists(target) else None


# What every picture field of the site checks, in this order.
IMAGE_VALIDATORS = [FileExtensionValidator(["jpg", "jpeg", "png", "webp"]), validate_image_upload]
