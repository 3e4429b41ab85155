"""Guards on every request and response: how big a body may be, and what
caches in front of the site may keep."""

import logging

from django.conf import settings
from django.http import HttpResponse

logger = logging.getLogger(__name__)

# The largest body any public form sends (a callback request, a listing
# report) is a few kilobytes; this leaves ample room.
PUBLIC_BODY_MAX_BYTES = 64 * 1024


class RequestBodyLimit:
    """Refuse a body from its declared length, before any of it is read.

    DATA_UPLOAD_MAX_MEMORY_SIZE does not count file parts, so a 60 MB
    multipart body to a public form would be read and spooled to disk
    before the form found nothing in it. Outside the admin no page takes
    more than PUBLIC_BODY_MAX_BYTES; the admin takes an editor's picture
    (IMAGE_UPLOAD_MAX_BYTES) and the rest of its form. A body sent without
    a length (chunked) is never read by Django, so it needs no check."""

    def __init__(self, get_response):
        self.get_response = get_response
        self.admin_prefix = "/" + settings.ADMIN_URL.lstrip("/")
        self.admin_max = settings.IMAGE_UPLOAD_MAX_BYTES + settings.DATA_UPLOAD_MAX_MEMORY_SIZE

    def __call__(self, request):
        declared = request.META.get("CONTENT_LENGTH") or "0"
        if not declared.isdigit():
            return HttpResponse("Bad request: the body's length is not a number.\n", status=400)
        limit = self.admin_max if request.path.startswith(self.admin_prefix) else PUBLIC_BODY_MAX_BYTES
        if int(declared) > limit:
            return HttpResponse(
                f"Request too large: this address takes at most {limit // 1024} KB.\n",
                content_type="text/plain; charset=utf-8",
                status=413,
            )
        return self.get_response(request)


PRIVATE = "private, no-store"


class PrivateByDefault:
    """A response that did not say it may be kept (the cached pages of
    `programs.web.page_cache`, robots.txt and the sitemaps do) is `private,
    no-store`: forms, answers that repeat what a visitor typed, the admin.

    It sits above the session and CSRF middleware so that it sees the cookies
    they add: a page marked public that sets a cookie after all is made
    private, since a shared cache would hand that cookie to everyone."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        cache_control = response.get("Cache-Control", "")
        if not cache_control:
            response["Cache-Control"] = PRIVATE
        elif response.cookies and "public" in cache_control:
            logger.warning("A public response set a cookie; sent as private: %s", request.path)
            response["Cache-Control"] = PRIVATE
        return response
