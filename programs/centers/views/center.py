"""One center's page, and the page for reporting it as wrong.

The center page is the same for everyone, so it is cached here and may be
kept by any cache in front of the site; the report form, with its per-visitor
CSRF token, has a page of its own that nothing keeps."""

from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.decorators import method_decorator
from django.views import View
from django.views.decorators.cache import never_cache

from programs.centers import confirmed, presentation, quality, selectors, services
from programs.centers.forms import ListingReportForm
from programs.centers.views import closed
from programs.content import selectors as content_selectors
from programs.web import page_cache, ratelimit

REPORT_LIMIT, REPORT_WINDOW = 5, 3600  # reports per address per hour


@method_decorator(page_cache.cached_page, name="dispatch")
class CenterView(View):
    def get(self, request, state, city, slug):
        center = selectors.center_with_page(slug)
        if request.path != center.get_absolute_url():
            return redirect(center.get_absolute_url(), permanent=True)
        if center.status == center.Status.CLOSED:
            return closed.closed_center_page(request, center)
        context = {
            "center": center,
            "service_groups": presentation.service_groups(selectors.center_services(center)),
            "quality_signs": quality.center_signs(center.service_code_list),
            "confirmation": confirmed.confirmation(center),
            "call_questions": content_selectors.call_questions(),
        }
        return render(request, "programs/centers/center.html", context)


def report_url(center):
    return reverse("programs:center_report", args=[center.state.lower(), center.city_slug, center.slug])


@method_decorator(never_cache, name="dispatch")
class ListingReportView(View):
    """A visitor says a listing is wrong; an editor checks it."""

    template_name = "programs/centers/report.html"

    def get(self, request, state, city, slug):
        center = selectors.listed_center(slug)
        if request.path != report_url(center):
            return redirect(report_url(center), permanent=True)
        sent = request.GET.get("sent") == "1"
        return self.page(request, center, None if sent else ListingReportForm())

    def post(self, request, state, city, slug):
        center = selectors.listed_center(slug)
        address = ratelimit.client_address(request)
        if not ratelimit.hit("listing-report", address, limit=REPORT_LIMIT, window_seconds=REPORT_WINDOW):
            return render(request, "programs/centers/too_many_requests.html", status=429)
        form = ListingReportForm(request.POST)
        if not form.is_valid():  # shown again with its messages and what was typed
            return self.page(request, center, form, status=400)
        services.listing_report_create(
            center=center, reason=form.cleaned_data["reason"], details=form.cleaned_data["details"]
        )
        return redirect(f"{report_url(center)}?sent=1")

    def page(self, request, center, form, status=200):
        """`form` None: the report was sent."""
        return render(request, self.template_name, {"center": center, "form": form}, status=status)
