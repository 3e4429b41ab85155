"""Small middleware of our own."""

from django.conf import settings


class PermissionsPolicyMiddleware:
    """Switch off browser features the site never uses (camera, location…)."""

    def __init__(self, get_response):
        self.get_response = get_response
        self.policy = settings.PERMISSIONS_POLICY

    def __call__(self, request):
        response = self.get_response(request)
        response.headers.setdefault("Permissions-Policy", self.policy)
        return response
