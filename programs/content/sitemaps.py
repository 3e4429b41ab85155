"""sitemap.xml: the articles and the pages whose words come from the
disclosures, each with the date its content last changed."""

from django.db.models import Max
from django.urls import reverse

from programs.models import Article, Disclosure
from programs.web.sitemaps import Sitemap


class ArticleSitemap(Sitemap):
    changefreq = "monthly"
    priority = 0.9

    def items(self):
        return Article.objects.published().only("slug", "updated_at").order_by("slug")

    def lastmod(self, article):
        return article.updated_at


class PageSitemap(Sitemap):
    """Pages whose words come from the disclosures: dated by the newest edit."""

    changefreq = "monthly"
    priority = 0.5
    names = [
        "programs:home",
        "programs:finder",
        "programs:where_calls_go",
        "programs:sponsored_listings",
        "programs:privacy",
        "programs:about",
    ]

    def items(self):
        return self.names

    def location(self, name):
        return reverse(name)

    def lastmod(self, name):
        return Disclosure.objects.aggregate(newest=Max("updated_at"))["newest"]
