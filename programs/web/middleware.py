"""What the site tells caches in front of it, for every response."""

import logging

logger = logging.getLogger(__name__)

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
