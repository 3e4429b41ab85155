"""sitemap.xml: every state, city and center page, each with the date its
data last changed."""

from django.db.models import Max
from django.urls import reverse
from django.utils.text import slugify

from programs.centers.selectors import listed_centers
from programs.web.sitemaps import Sitemap


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

    def items(self):
        return listed_centers().only("slug", "state", "city", "updated_at").order_by("pk")

    def lastmod(self, center):
        return center.updated_at

    def get_latest_lastmod(self):
        """For the index: one query, not every center loaded."""
        return listed_centers().aggregate(latest=Max("updated_at"))["latest"]
