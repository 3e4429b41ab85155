"""Browsing the directory by place, and the list of current sponsors."""

from dataclasses import dataclass

from django.http import Http404
from django.shortcuts import render
from django.urls import reverse
from django.utils.decorators import method_decorator
from django.views import View
from django.views.generic import TemplateView

from programs.centers import selectors, us_states
from programs.web.page_cache import cached_page, cached_paged_page, paged_path


def _state_code(state):
    """'ny' -> 'NY'; a 404 for anything but a lower-case postal code."""
    code = state.upper()
    if code not in us_states.STATES or state != code.lower():
        raise Http404("No such state")
    return code


@method_decorator(cached_page, name="dispatch")
class StateView(View):
    def get(self, request, state):
        code = _state_code(state)
        cities = selectors.cities_with_counts(code)
        if not cities:
            raise Http404("No centers listed in this state")
        return render(
            request,
            "programs/centers/state.html",
            {
                "state": code,
                "state_name": us_states.state_name(code),
                "cities": cities,
                "total": sum(city.count for city in cities),
            },
        )


@dataclass
class Pages:
    """Page `number` of the `count` pages of the list at `path`: its own
    address and its neighbours' ("" past either end)."""

    path: str
    number: int
    count: int

    @property
    def url(self):
        return paged_path(self.path, self.number)

    @property
    def previous_url(self):
        return paged_path(self.path, self.number - 1) if self.number > 1 else ""

    @property
    def next_url(self):
        return paged_path(self.path, self.number + 1) if self.number < self.count else ""


@method_decorator(cached_paged_page, name="dispatch")
class CityView(View):
    """A city's centers by name, a page at a time (a big city's 200 cards
    in one page weighed 200 KB)."""

    def get(self, request, state, city, page=1):
        code = _state_code(state)
        listing = selectors.city_listing(code, city, page=page)
        if listing is None:
            raise Http404("No centers listed in this city, or no such page")
        pages = Pages(reverse("programs:city", args=[state, city]), listing.page, listing.num_pages)
        return render(
            request,
            "programs/centers/city.html",
            {"state": code, "state_name": us_states.state_name(code), "city": listing, "pages": pages},
        )


@method_decorator(cached_page, name="dispatch")
class SponsoredListingsView(TemplateView):
    template_name = "programs/centers/sponsored_listings.html"

    def get_context_data(self, **kwargs):
        return super().get_context_data(sponsors=selectors.current_sponsors(), **kwargs)
