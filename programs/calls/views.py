"""“Where do calls go?”: who answers each number."""

from django.utils.decorators import method_decorator
from django.views.generic import TemplateView

from programs.calls import selectors
from programs.web import language
from programs.web.page_cache import cached_page


@method_decorator(cached_page, name="dispatch")
class WhereCallsGoView(TemplateView):
    template_name = "programs/calls/where_calls_go.html"

    def get(self, request, *args, **kwargs):
        disclosure = selectors.site_chrome().routing_detail
        if disclosure and language.lacks_spanish(disclosure, "title", "body"):
            return language.untranslated_page(request)
        return super().get(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        return super().get_context_data(partners=selectors.routing_partners(), **kwargs)
