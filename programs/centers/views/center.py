"""One center's page, and the form that reports it as wrong."""

from django.middleware.csrf import get_token
from django.shortcuts import redirect, render
from django.views import View

from programs.centers import presentation, selectors, services
from programs.centers.forms import ListingReportForm
from programs.web import page_cache, ratelimit

REPORT_LIMIT, REPORT_WINDOW = 5, 3600  # reports per address per hour


def center_page(request, slug, *, form=None, csrf_token):
    center = selectors.listed_center(slug)
    if form is None and request.path != center.get_absolute_url():
        return redirect(center.get_absolute_url(), permanent=True)
    context = {
        "center": center,
        "service_groups": presentation.service_groups(selectors.center_services(center)),
        "report_form": form or ListingReportForm(),
        "reported": request.GET.get("reported") == "1",
        "csrf_token": csrf_token,
    }
    return render(request, "programs/centers/center.html", context, status=200 if form is None else 400)


class CenterView(View):
    def get(self, request, state, city, slug):
        # The page is the same for everyone but the form's CSRF token.
        return page_cache.cached_form_page(
            request, lambda token: center_page(request, slug, csrf_token=token)
        )


class ListingReportView(View):
    """POST only: a visitor says a listing is wrong."""

    def post(self, request, state, city, slug):
        center = selectors.listed_center(slug)
        address = ratelimit.client_address(request)
        if not ratelimit.hit("listing-report", address, limit=REPORT_LIMIT, window_seconds=REPORT_WINDOW):
            return render(request, "programs/centers/too_many_requests.html", status=429)
        form = ListingReportForm(request.POST)
        if not form.is_valid():  # shown again with its messages, never cached
            return center_page(request, slug, form=form, csrf_token=get_token(request))
        services.listing_report_create(
            center=center, reason=form.cleaned_data["reason"], details=form.cleaned_data["details"]
        )
        return redirect(f"{center.get_absolute_url()}?reported=1#report")
