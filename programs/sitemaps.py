"""sitemap.xml: articles, disclosure pages, and every state, city and center
page, each with the date its data last changed."""

from django.contrib.sitemaps import Sitemap
from django.db.models import Max
from django.urls import reverse
from django.utils.text import slugify

from programs.listings import listed_centers
from programs.models import Article, Disclosure


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
    names = ["programs:home", "programs:finder", "programs:where_calls_go",
             "programs:sponsored_listings", "programs:privacy"]

    def items(self):
        return self.names

    def location(self, name):
        return reverse(name)

    def lastmod(self, name):
        return Disclosure.objects.aggregate(newest=Max("updated_at"))["newest"]


class StateSitemap(Sitemap):
    changefreq = "monthly"
    priority = 0.6

    def items(self):
        return list(listed_centers().values("state").annotate(lastmod=Max("updated_at")).order_by("state"))

    def location(self, row):
        return reverse("programs:state", args=[row["state"].lower()])

    def lastmod(self, row):
        return row["lastmod"]


class CitySitemap(Sitemap):
    changefreq = "monthly"
    priority = 0.5

    def items(self):
        rows = listed_centers().values("state", "city").annotate(lastmod=Max("updated_at"))
        cities = {}
        for row in rows:
            key = (row["state"].lower(), slugify(row["city"]))
            if key not in cities or row["lastmod"] > cities[key]:
                cities[key] = row["lastmod"]
        return sorted(cities.items())

    def location(self, item):
        return reverse("programs:city", args=list(item[0]))

    def lastmod(self, item):
        return item[1]


class CenterSitemap(Sitemap):
    changefreq = "monthly"
    priority = 0.4
    limit = 10_000

    def items(self):
        return listed_centers().only("slug", "state", "city", "updated_at").order_by("pk")

    def lastmod(self, center):
        return center.updated_at


SITEMAPS = {
    "articles": ArticleSitemap,
    "pages": PageSitemap,
    "states": StateSitemap,
    "cities": CitySitemap,
    "centers": CenterSitemap,
}
