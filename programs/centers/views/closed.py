"""The page of a center that has closed: 410 Gone, when and how we learned
it, and the nearest open centers that offer what it offered.

The page is the same for everyone: `CenterView`'s page cache keeps it like
an open center's page. It shows none of the closed center's numbers."""

from urllib.parse import urlencode

from django.shortcuts import render
from django.urls import reverse

from programs.centers import selectors
from programs.centers.search import RADIUS_CHOICES


def closed_center_page(request, center):
    context = {
        "center": center,
        "alternatives": selectors.open_alternatives(center),
        "radius_miles": selectors.ALTERNATIVES_RADIUS_MILES,
        "wanted": selectors.main_services(center),
        "finder_url": finder_url(center),
        "noindex": True,
    }
    return render(request, "programs/centers/closed.html", context, status=410)


def finder_url(center) -> str:
    """The finder searching around the closed center's ZIP code, as far as it
    searches, for centers with the same main services."""
    wanted = selectors.main_services(center)
    pairs = [("location", center.zip), ("radius", str(max(RADIUS_CHOICES)))]
    pairs += [("services", code) for code in wanted.service_codes]
    if wanted.finder_type:
        pairs.append(("type", wanted.finder_type))
    return f"{reverse('programs:finder')}?{urlencode(pairs)}"
