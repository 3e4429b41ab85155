"""The treatment-center finder, its JSON twin, browse pages and center pages."""

from django.http import Http404, JsonResponse
from django.middleware.csrf import get_token
from django.shortcuts import get_object_or_404, redirect, render
from django.views import View
from django.utils.decorators import method_decorator
from django.views.generic import TemplateView

from programs import finder, listings, page_cache, ratelimit, us_states
from programs.finder_filters import FILTER_GROUPS
from programs.forms import FinderForm, ListingReportForm
from programs.page_cache import cached_page


def _search(form):
    data = form.cleaned_data
    return finder.search_centers(
        origin=data["location"],
        radius_miles=data["radius"],
        service_codes=data["services"],
        facility_type=data["type"],
        page=data["page"],
    )


class FinderView(View):
    template_name = "programs/finder.html"

    def get(self, request):
        # Without a location it is a fresh search (perhaps with filters
        # chosen by a link, e.g. ?services=OIT), not a failed one.
        form = FinderForm(request.GET if "location" in request.GET else None)
        if form.is_bound and form.is_valid():
            data = form.cleaned_data
            key = (data["location"], data["radius"], sorted(data["services"]), data["type"], data["page"])
            return page_cache.cached_search(key, lambda: self.page(request, form, _search(form)))
        if not form.is_bound and not request.GET:
            return page_cache.cached_search(("index",), lambda: self.page(request, form, None))
        return self.page(request, form, None)

    def page(self, request, form, search):
        chosen = set(request.GET.getlist("services"))
        groups = [
            (label, [(code, text, code in chosen) for code, text in options])
            for label, options in FILTER_GROUPS
        ]
        return render(request, self.template_name, {
            "form": form,
            "search": search,
            "filter_groups": groups,
            "states": listings.states_with_counts() if search is None else None,
            "page_query": _query_without_page(request),
            "chosen_filters": " ".join(sorted(chosen)),  # key of the cached filter list
        })


class FinderApiView(View):
    """The finder as open data: same parameters, JSON out."""

    def get(self, request):
        form = FinderForm(request.GET)
        if not form.is_valid():
            errors = {field: [str(e) for e in messages] for field, messages in form.errors.items()}
            first = next(iter(errors.values()))[0]
            return safe_json(
                {"error": first, "errors": errors, "suggestions": list(form.suggestions)}, status=400
            )
        search = _search(form)
        origin = search.origin
        return safe_json({
            "count": search.count,
            "page": search.page,
            "num_pages": search.num_pages,
            "origin": {
                "label": origin.label,
                "latitude": round(origin.latitude, 6),
                "longitude": round(origin.longitude, 6),
                "whole_state": origin.whole_state,
            },
            "radius_miles": None if origin.whole_state else search.radius_miles,
            "results": [_result_json(request, result) for result in search.results],
            "sponsored_listings": [_result_json(request, result) for result in search.sponsored],
        })


JSON_ESCAPES = {"<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "'": "\\u0027"}


def safe_json(data, status=200):
    """JSON with <, >, &, and ' escaped, so text a visitor typed that is
    echoed back can never be read as markup, whatever sniffs the response."""
    response = JsonResponse(data, status=status, json_dumps_params={"ensure_ascii": False})
    text = response.content.decode()
    for char, escaped in JSON_ESCAPES.items():
        text = text.replace(char, escaped)
    response.content = text.encode()
    return response


def _result_json(request, result):
    center = result.center
    return {
        "name": center.name,
        "program_name": center.program_name,
        "slug": center.slug,
        "url": request.build_absolute_uri(center.get_absolute_url()),
        "address": {
            "street1": center.street1,
            "street2": center.street2,
            "city": center.city,
            "state": center.state,
            "zip": center.zip,
        },
        "phone": center.phone,
        "latitude": center.latitude,
        "longitude": center.longitude,
        "location_is_approximate": center.location_is_approximate,
        "distance_miles": None if result.distance_miles is None else round(result.distance_miles, 2),
        "services": center.service_code_list,
        "sponsored": center.is_sponsored,
        "demo": center.is_demo,
        "source": center.source,
        "last_verified": center.last_verified.isoformat() if center.last_verified else None,
    }


def _query_without_page(request):
    query = request.GET.copy()
    query.pop("page", None)
    return query.urlencode()


@method_decorator(cached_page, name="dispatch")
class StateView(View):
    def get(self, request, state):
        code = state.upper()
        if code not in us_states.STATES or state != code.lower():
            raise Http404("No such state")
        cities = listings.cities_with_counts(code)
        if not cities:
            raise Http404("No centers listed in this state")
        return render(request, "programs/state.html", {
            "state": code, "state_name": us_states.state_name(code), "cities": cities,
            "total": sum(city.count for city in cities),
        })


@method_decorator(cached_page, name="dispatch")
class CityView(View):
    def get(self, request, state, city):
        code = state.upper()
        if state != code.lower():
            raise Http404("No such state")
        listing = listings.city_listing(code, city)
        if listing is None:
            raise Http404("No centers listed in this city")
        return render(request, "programs/city.html", {
            "state": code, "state_name": us_states.state_name(code), "city": listing,
        })


class CenterView(View):
    template_name = "programs/center.html"

    def get(self, request, state, city, slug, form=None):
        if form is not None:  # a report that needs correcting: never cached
            return self.page(request, slug, form, get_token(request))
        return page_cache.cached_form_page(request, lambda token: self.page(request, slug, None, token))

    def page(self, request, slug, form, csrf_token):
        center = get_object_or_404(listings.listed_centers(), slug=slug)
        if form is None and request.path != center.get_absolute_url():
            return redirect(center.get_absolute_url(), permanent=True)
        return render(request, self.template_name, {
            "center": center,
            "service_groups": listings.service_groups(center),
            "report_form": form or ListingReportForm(),
            "reported": request.GET.get("reported") == "1",
            "csrf_token": csrf_token,
        }, status=400 if form is not None else 200)


@method_decorator(cached_page, name="dispatch")
class SponsoredListingsView(TemplateView):
    template_name = "programs/sponsored_listings.html"

    def get_context_data(self, **kwargs):
        return super().get_context_data(sponsors=listings.current_sponsors(), **kwargs)



class ListingReportView(View):
    """POST only: a visitor says a listing is wrong."""

    LIMIT, WINDOW = 5, 3600  # reports per address per hour

    def post(self, request, state, city, slug):
        center = get_object_or_404(listings.listed_centers(), slug=slug)
        if not ratelimit.hit("listing-report", ratelimit.client_address(request),
                             limit=self.LIMIT, window_seconds=self.WINDOW):
            return render(request, "programs/too_many_requests.html", status=429)
        form = ListingReportForm(request.POST)
        if not form.is_valid():
            return CenterView().get(request, state, city, slug, form=form)
        report = form.save(commit=False)
        report.center = center
        report.save()
        return redirect(f"{center.get_absolute_url()}?reported=1#report")
