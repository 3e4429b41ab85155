"""The home page and the articles."""

from django.utils.decorators import method_decorator
from django.views.generic import DetailView, TemplateView

from programs.content import selectors
from programs.web import language
from programs.web.page_cache import cached_page


@method_decorator(cached_page, name="dispatch")
class HomeView(TemplateView):
    template_name = "programs/content/home.html"

    def get_context_data(self, **kwargs):
        return super().get_context_data(articles=selectors.published_articles(), **kwargs)


@method_decorator(cached_page, name="dispatch")
class ArticleView(DetailView):
    template_name = "programs/content/article.html"
    context_object_name = "article"

    def get_object(self, queryset=None):
        return selectors.published_article(self.kwargs["slug"])

    def get(self, request, *args, **kwargs):
        self.object = article = self.get_object()
        sections = [entry.section for top in self.outline() for entry in (top, *top.children)]
        if language.lacks_spanish(article, "title", "summary") or any(
            language.lacks_spanish(section, "heading", "body") for section in sections
        ):
            return language.untranslated_page(request)
        return self.render_to_response(self.get_context_data(object=article))

    def outline(self):
        if not hasattr(self, "_outline"):
            self._outline = selectors.article_outline(self.object)
        return self._outline

    def get_context_data(self, **kwargs):
        article = self.object
        questions = selectors.call_questions() if selectors.shows_call_questions(article) else []
        return super().get_context_data(
            outline=self.outline(),
            figures=selectors.figure_values(article),
            call_questions=questions,
            payment_searches=selectors.payment_searches(article),
            **kwargs,
        )
