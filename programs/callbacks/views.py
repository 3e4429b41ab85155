"""“Have us call you”: the request form, its confirmation, and the privacy notice."""

from functools import wraps

from django.conf import settings
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.decorators import method_decorator
from django.utils.translation import gettext_lazy as _lazy
from django.views import View
from django.views.decorators.cache import never_cache
from django.views.decorators.debug import sensitive_post_parameters, sensitive_variables
from django.views.generic import TemplateView

from programs.callbacks import services
from programs.callbacks.consent import consent_for
from programs.callbacks.forms import CallbackRequestForm
from programs.calls.selectors import site_chrome
from programs.content.pages import SitePageView
from programs.models import CallbackRequest, Page
from programs.web import ratelimit
from programs.web.page_cache import cached_page
from programs.web.site_url import absolute

# How the confirmation page says when the call comes, by the time chosen.
WHEN = {
    CallbackRequest.BestTime.ASAP: _lazy("They will call you as soon as they can."),
    CallbackRequest.BestTime.MORNING: _lazy("They will call you in the morning, your time."),
    CallbackRequest.BestTime.AFTERNOON: _lazy("They will call you in the afternoon, your time."),
    CallbackRequest.BestTime.EVENING: _lazy("They will call you in the evening, your time."),
}


def noindex(view):
    """Ask search engines not to list the page: nobody should land on these
    pages from a search. (robots.txt lets crawlers in, so they see this.)"""

    @wraps(view)
    def wrapper(request, *args, **kwargs):
        response = view(request, *args, **kwargs)
        response["X-Robots-Tag"] = "noindex"
        return response

    return wrapper


def too_many_requests(request):
    return render(request, "programs/callbacks/call_me_too_many.html", status=429)


# A visitor's number may be in the page (a refused form shows it again):
# neither the browser nor anything between keeps a copy.
@method_decorator(noindex, name="dispatch")
@method_decorator(never_cache, name="dispatch")
@method_decorator(sensitive_post_parameters("phone", "name"), name="dispatch")
class CallMeView(View):
    """The request form. POST stores the request and redirects to the
    confirmation, whose address carries only the time of day chosen."""

    template_name = "programs/callbacks/call_me.html"
    ADDRESS_LIMIT, ADDRESS_WINDOW = 5, 60 * 60  # attempts per address per hour
    PHONE_LIMIT, PHONE_WINDOW = 3, 24 * 60 * 60  # requests per number per day

    def get(self, request):
        return self.page(request, CallbackRequestForm())

    @method_decorator(sensitive_variables())
    def post(self, request):
        if not ratelimit.hit(
            "call-me-address",
            ratelimit.client_address(request),
            limit=self.ADDRESS_LIMIT,
            window_seconds=self.ADDRESS_WINDOW,
        ):
            return too_many_requests(request)
        form = CallbackRequestForm(request.POST)
        if not form.is_valid():
            return self.page(request, form, status=400)
        data = form.cleaned_data
        if not ratelimit.hit(
            "call-me-phone", data["phone"], limit=self.PHONE_LIMIT, window_seconds=self.PHONE_WINDOW
        ):
            return too_many_requests(request)
        callback = services.callback_request_create(
            phone=data["phone"],
            name=data["name"],
            best_time=data["best_time"],
            consent_text=data["consent_text"],
        )
        admin_url = reverse("admin:programs_callbackrequest_change", args=[callback.pk])
        services.call_handlers_notify(callback=callback, admin_url=absolute(admin_url))
        return redirect(f"{reverse('programs:call_me_done')}?time={callback.best_time}")

    def page(self, request, form, status=200):
        chrome = site_chrome()
        partner = chrome.primary_partner
        return render(
            request,
            self.template_name,
            {
                "chrome": chrome,  # read once here; the layout uses the same
                "form": form,
                "consent": consent_for(partner) if partner else None,
                "retention_days": settings.CALLBACK_RETENTION_DAYS,
            },
            status=status if partner else 503,
        )


@method_decorator(noindex, name="dispatch")
@method_decorator(never_cache, name="dispatch")
class CallMeDoneView(TemplateView):
    template_name = "programs/callbacks/call_me_done.html"

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            when=WHEN.get(self.request.GET.get("time")),
            retention_days=settings.CALLBACK_RETENTION_DAYS,
            **kwargs,
        )


@method_decorator(cached_page, name="dispatch")
class PrivacyView(SitePageView):
    """The privacy notice, as editors wrote it. The consent on the call-me
    form links here, so it always answers: without its row, the starting
    text is shown."""

    key = Page.Key.PRIVACY
    seed_fallback = True
    links = [
        (_lazy("Ask us to call you"), "programs:call_me"),
        (_lazy("Who answers each number"), "programs:where_calls_go"),
    ]

    def extra_tokens(self):
        return {"ratelimit_hours": str(CallMeView.PHONE_WINDOW // 3600)}
