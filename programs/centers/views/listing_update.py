"""A center's own update ("Is this your center?") and a visitor's one-click
"I couldn't reach them". Neither changes the public page: both put the
listing in the editors' verification queue, where an editor calls the
center's listed number and publishes only what the call confirms."""

from django.conf import settings
from django.http import HttpResponseForbidden
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.decorators import method_decorator
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.views import View
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt

from programs.centers import selectors, services
from programs.centers.update_form import ListingUpdateForm
from programs.content.seed_pages import UPDATE_SECTION
from programs.models import PageSection
from programs.web import ratelimit

UPDATE_LIMIT, UPDATE_WINDOW = 5, 3600  # update requests per address per hour
UNREACHABLE_LIMIT, UNREACHABLE_WINDOW = 20, 3600  # one-click reports per address per hour
ONE_PER_CENTER_WINDOW = 24 * 3600  # one report per center per address per day


def _url(name, center):
    return reverse(f"programs:{name}", args=[center.state.lower(), center.city_slug, center.slug])


def _too_many(request):
    return render(request, "programs/centers/too_many_requests.html", status=429)


@method_decorator(never_cache, name="dispatch")
class ListingUpdateView(View):
    template_name = "programs/centers/update.html"

    def get(self, request, state, city, slug):
        center = selectors.listed_center(slug)
        if request.path != _url("center_update", center):
            return redirect(_url("center_update", center), permanent=True)
        sent = request.GET.get("sent") == "1"
        return self.page(request, center, None if sent else ListingUpdateForm())

    def post(self, request, state, city, slug):
        center = selectors.listed_center(slug)
        address = ratelimit.client_address(request)
        if not ratelimit.hit("listing-update", address, limit=UPDATE_LIMIT, window_seconds=UPDATE_WINDOW):
            return _too_many(request)
        form = ListingUpdateForm(request.POST)
        if not form.is_valid():  # shown again with its messages and everything typed
            return self.page(request, center, form, status=400)
        services.listing_update_create(center=center, **form.request_fields())
        return redirect(f"{_url('center_update', center)}?sent=1")

    def page(self, request, center, form, status=200):
        """`form` None: the update was sent."""
        context = {
            "center": center,
            "form": form,
            "retention_days": settings.LISTING_UPDATE_RETENTION_DAYS,
            "privacy_anchor": privacy_section_anchor(),
        }
        return render(request, self.template_name, context, status=status)


def privacy_section_anchor() -> str:
    """The privacy page's anchor for its section on update requests, in the
    page's language: the page makes anchors from headings, which editors own."""
    section = PageSection.objects.filter(page__key="privacy", heading_en=UPDATE_SECTION["heading"]).first()
    return slugify(section.heading) if section else slugify(UPDATE_SECTION["heading"])


def _same_site(request) -> bool:
    """The POST comes from one of this site's pages. The button sits on a
    cached page that cannot carry a per-visitor CSRF token, so instead of
    the token this checks what browsers say about where the form was."""
    fetch_site = request.headers.get("Sec-Fetch-Site")
    if fetch_site is not None:
        return fetch_site == "same-origin"
    origin = request.headers.get("Origin")
    if origin is not None:
        return origin == f"{request.scheme}://{request.get_host()}"
    return True  # browsers too old to say either; the rate limits still apply


@method_decorator([never_cache, csrf_exempt], name="dispatch")
class UnreachableView(View):
    """One click, no text: "I couldn't reach them"."""

    template_name = "programs/centers/unreachable.html"

    def get(self, request, state, city, slug):
        center = selectors.listed_center(slug)
        if request.path != _url("center_unreachable", center):
            return redirect(_url("center_unreachable", center), permanent=True)
        sent = request.GET.get("sent") == "1"
        return render(request, self.template_name, {"center": center, "sent": sent})

    def post(self, request, state, city, slug):
        center = selectors.listed_center(slug)
        if not _same_site(request):
            return HttpResponseForbidden(_("Send this report from the center's page on this site."))
        address = ratelimit.client_address(request)
        if not ratelimit.hit(
            "unreachable", address, limit=UNREACHABLE_LIMIT, window_seconds=UNREACHABLE_WINDOW
        ):
            return _too_many(request)
        # The same visitor reporting the same center again the same day adds nothing.
        if ratelimit.hit(f"unreachable:{center.pk}", address, limit=1, window_seconds=ONE_PER_CENTER_WINDOW):
            services.unreachable_report_create(center=center)
        return redirect(f"{_url('center_unreachable', center)}?sent=1", permanent=False)
