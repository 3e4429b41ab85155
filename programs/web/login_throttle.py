"""Slow down password guessing at the admin sign-in, without handing anyone
a way to lock a real user out.

Failed sign-ins are counted in the cache (`programs.web.signals` counts each
`user_login_failed`), per window, three ways:

- per user name and address: at LOGIN_FAILURES_PER_USER_AND_ADDRESS, that
  address may not try that name again until the window has passed (429);
- per address, whatever the name: at LOGIN_FAILURES_PER_ADDRESS, that
  address may not try any name (429), so it cannot walk a list of names;
- per user name, from every address: past LOGIN_FAILURES_PER_USERNAME, each
  further failure for that name is answered LOGIN_FAILURE_DELAY_SECONDS late.

The count per user name never refuses anyone: a refusal that any address can
set off for any name is a way to keep a call handler out of the admin. So
failures from elsewhere neither refuse nor delay the real user signing in
with the right password from their own address. The delay falls on failures
only, so it costs guessers, not the user who knows the password. It is kept
small because a gunicorn sync worker waits it out, and an address gets at
most LOGIN_FAILURES_PER_ADDRESS delayed answers per window before its 429s,
which come at once. Against many addresses the count per address (an IPv6
/64 counts as one, see `ratelimit.client_address`) and the password itself
do the real work; the delay makes each of those guesses slower.

Why not a library: django-axes keeps attempts in database tables and locks
accounts; these counts live in the cache beside the other rate limits, and
expire by themselves."""

import time
from collections.abc import Callable
from functools import wraps

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from programs.web import ratelimit

# Looked up at each call, so that tests can count the delays instead of waiting.
sleep: Callable[[float], None] = time.sleep


def _username(value: str | None) -> str:
    return (value or "").strip().lower()


def _pair(address: str, username: str | None) -> str:
    # An address never holds a space, so two different pairs never read alike.
    return f"{address} {_username(username)}"


def failure_count(request: HttpRequest, username: str | None) -> None:
    """Count one failed sign-in (called by the `user_login_failed` receiver),
    and answer it late when its user name is failing from everywhere."""
    window = settings.LOGIN_FAILURE_WINDOW_SECONDS
    address = ratelimit.client_address(request)
    ratelimit.hit("login-address", address, limit=settings.LOGIN_FAILURES_PER_ADDRESS, window_seconds=window)
    ratelimit.hit(
        "login-user-address",
        _pair(address, username),
        limit=settings.LOGIN_FAILURES_PER_USER_AND_ADDRESS,
        window_seconds=window,
    )
    if not ratelimit.hit(
        "login-username",
        _username(username),
        limit=settings.LOGIN_FAILURES_PER_USERNAME,
        window_seconds=window,
    ):
        sleep(settings.LOGIN_FAILURE_DELAY_SECONDS)


def blocked(request: HttpRequest) -> bool:
    """True when this address has failed too often, for this name or overall."""
    address = ratelimit.client_address(request)
    return ratelimit.reached(
        "login-address", address, limit=settings.LOGIN_FAILURES_PER_ADDRESS
    ) or ratelimit.reached(
        "login-user-address",
        _pair(address, request.POST.get("username")),
        limit=settings.LOGIN_FAILURES_PER_USER_AND_ADDRESS,
    )


def throttled(login_view: Callable[..., HttpResponse]) -> Callable[..., HttpResponse]:
    @wraps(login_view)
    def view(request: HttpRequest, *args, **kwargs) -> HttpResponse:
        if request.method == "POST" and blocked(request):
            minutes = settings.LOGIN_FAILURE_WINDOW_SECONDS // 60
            return render(request, "admin/login_throttled.html", {"minutes": minutes}, status=429)
        return login_view(request, *args, **kwargs)

    return view
