"""sitemap.xml: every state, city and center page (every page of a city
that takes several), each with the date its data last changed."""

from django.db.models import Count, Max
from django.urls import reverse
from django.utils.text import slugify

from programs.centers.selectors import listed_centers, page_count
from programs.web.page_cache import paged_path
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
    """Every page of every city (page 1 at the bare address, then ?page=N),
    each with the date the city's data last changed."""

    changefreq = "monthly"
    priority = 0.5

    def items(self):
        rows = listed_centers().values("state", "city").annotate(lastmod=Max("updated_at"), count=Count("id"))
        cities = {}
        for row in rows:
            key = (row["state"].lower(), slugify(row["city"]))
            lastmod, count = cities.get(key, (row["lastmod"], 0))
            cities[key] = (max(lastmod, row["lastmod"]), count + row["count"])
        return [
            (key, page, lastmod)
            for key, (lastmod, count) in sorted(cities.items())
            for page in range(1, page_count(count) + 1)
        ]

    def location(self, item):
        (state, city), page, _ = item
        return paged_path(reverse("programs:city", args=[state, city]), page)

    def lastmod(self, item):
        return item[2]


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
