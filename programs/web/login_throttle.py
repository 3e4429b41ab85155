"""Slow down password guessing at the admin sign-in.

Failed sign-ins are counted in the cache per address and per user name
(`programs.web.signals` counts each `user_login_failed`); once either count
reaches its limit, more attempts are refused with a 429 until the window has
passed.

Why not a library: django-axes keeps attempts in database tables and locks
accounts; these counts live in the cache beside the other rate limits, and
expire by themselves."""

from functools import wraps

from django.conf import settings
from django.shortcuts import render

from programs.web import ratelimit


def _username(value):
    return (value or "").strip().lower()


def failure_count(request, username):
    """Count one failed sign-in (called by the `user_login_failed` receiver)."""
    window = settings.LOGIN_FAILURE_WINDOW_SECONDS
    ratelimit.hit(
        "login-address",
        ratelimit.client_address(request),
        limit=settings.LOGIN_FAILURES_PER_ADDRESS,
        window_seconds=window,
    )
    ratelimit.hit(
        "login-username",
        _username(username),
        limit=settings.LOGIN_FAILURES_PER_USERNAME,
        window_seconds=window,
    )


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
