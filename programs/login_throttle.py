"""Slow down password guessing at the admin sign-in.

Failed sign-ins are counted in the cache per address and per user name
(the `user_login_failed` signal); once either count reaches its limit, more
attempts are refused with a 429 until the window has passed."""

from functools import wraps

from django.conf import settings
from django.contrib.auth.signals import user_login_failed
from django.dispatch import receiver
from django.shortcuts import render

from programs import ratelimit


def _username(value):
    return (value or "").strip().lower()


@receiver(user_login_failed)
def count_failure(sender, credentials, request=None, **kwargs):
    if request is None:
        return
    window = settings.LOGIN_FAILURE_WINDOW_SECONDS
    ratelimit.hit("login-address", ratelimit.client_address(request),
                  limit=settings.LOGIN_FAILURES_PER_ADDRESS, window_seconds=window)
    ratelimit.hit("login-username", _username(credentials.get("username")),
                  limit=settings.LOGIN_FAILURES_PER_USERNAME, window_seconds=window)


def blocked(request):
    return ratelimit.reached(
        "login-address", ratelimit.client_address(request), limit=settings.LOGIN_FAILURES_PER_ADDRESS
    ) or ratelimit.reached(
        "login-username", _username(request.POST.get("username")), limit=settings.LOGIN_FAILURES_PER_USERNAME
    )


def throttled(login_view):
    @wraps(login_view)
    def view(request, *args, **kwargs):
        if request.method == "POST" and blocked(request):
            minutes = settings.LOGIN_FAILURE_WINDOW_SECONDS // 60
            return render(request, "admin/login_throttled.html", {"minutes": minutes}, status=429)
        return login_view(request, *args, **kwargs)

    return view
