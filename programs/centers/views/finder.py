"""The finder page: the search form and one page of results."""

from django.shortcuts import render
from django.views import View

from programs.centers import search
from programs.centers.forms import FinderForm
from programs.centers.presentation import FILTER_GROUPS
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
        if form.is_bound and form.is_valid():
            data = form.cleaned_data
            key = (data["location"], data["radius"], sorted(data["services"]), data["type"], data["page"])
            return page_cache.cached_search(key, lambda: self.page(request, form, search_page(form)))
        if not form.is_bound and not request.GET:
            return page_cache.cached_search(("index",), lambda: self.page(request, form, None))
        return self.page(request, form, None)

    def page(self, request, form, results):
        chosen = set(request.GET.getlist("services"))
        groups = [
            (label, [(code, text, code in chosen) for code, text in options])
            for label, options in FILTER_GROUPS
        ]
        return render(
            request,
            self.template_name,
            {
                "form": form,
                "search": results,
                "filter_groups": groups,
                "states": states_with_counts() if results is None else None,
                "page_query": _query_without_page(request),
                "chosen_filters": " ".join(sorted(chosen)),  # key of the cached filter list
            },
        )


def _query_without_page(request):
    query = request.GET.copy()
    query.pop("page", None)
    return query.urlencode()
