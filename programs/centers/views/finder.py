"""The finder page: the search form and one page of results."""

from urllib.parse import urlencode

from django.shortcuts import render
from django.utils.translation import get_language
from django.views import View

from programs.centers import search
from programs.centers.forms import FinderForm
from programs.centers.presentation import LABELS, filter_groups
from programs.centers.selectors import states_with_counts
from programs.web import page_cache


def search_page(form: FinderForm) -> search.SearchPage:
    """The search a valid FinderForm asks for (the page and the API alike)."""
    data = form.cleaned_data
    return search.search_centers(
        origin=data["location"],
        radius_miles=data["radius"],
        service_codes=data["services"],
        facility_type=data["type"],
        page=data["page"],
    )


class FinderView(View):
    template_name = "programs/centers/finder.html"

    def get(self, request):
        # Without a location it is a fresh search (perhaps with filters
        # chosen by a link, e.g. ?services=OIT), not a failed one.
        form = FinderForm(request.GET if "location" in request.GET else None)
        language = get_language()  # part of every cache key: a page in each language
        if form.is_bound and form.is_valid():
            data = form.cleaned_data
            key = (
                language,
                data["location"],
                data["radius"],
                sorted(data["services"]),
                data["type"],
                data["page"],
            )
            return page_cache.cached_search(key, lambda: self.page(request, form, search_page(form)))
        if not form.is_bound and not request.GET:
            return page_cache.cached_search((language, "index"), lambda: self.page(request, form, None))
        return self.page(request, form, None)

    def page(self, request, form, results):
        """Built from the cleaned search when there is one (this page is
        cached for everyone who means the same search); only a page with
        errors, never cached, shows the visitor's own words back."""
        if form.is_bound and form.is_valid():
            chosen = form.cleaned_data["services"]
            location, query = form.cleaned_data["location"].query, form.canonical_query()
        else:
            chosen = [code for code in LABELS if code in request.GET.getlist("services")]
            location, query = form["location"].value() or "", _known_parameters(request)
        groups = [
            (label, [(code, text, code in chosen) for code, text in options])
            for label, options in filter_groups(get_language())
        ]
        return render(
            request,
            self.template_name,
            {
                "form": form,
                "search": results,
                "location_text": location,
                "filter_groups": groups,
                "states": states_with_counts() if results is None else None,
                "page_query": query,
                "pages": _pages(form, results) if results else None,
                "chosen_filters": " ".join(chosen),  # key of the cached filter list
                "chosen_count": len(chosen),
            },
        )


def _pages(form, results):
    """The links between pages of results (components/pagination.html)."""
    number, count = results.page, results.num_pages

    def link(page):
        return "?" + form.canonical_query(page=page if page > 1 else None)

    return {
        "number": number,
        "count": count,
        "previous_url": link(number - 1) if number > 1 else "",
        "next_url": link(number + 1) if number < count else "",
    }


def _known_parameters(request):
    """The finder's own parameters of a search with errors, without the page
    (links from it start a new search) and without anything else a link carried."""
    known = [
        (name, value)
        for name in ("location", "radius", "services", "type")
        for value in dict.fromkeys(request.GET.getlist(name))
    ]
    return urlencode(known)
