"""Structured data (schema.org JSON-LD) for search engines, as plain dicts."""

import json

from django.urls import reverse
from django.utils.safestring import mark_safe

from programs.web.site_url import absolute

# Characters that could end the <script> element or start markup inside it.
_LD_ESCAPES = {ord("<"): "\\u003c", ord(">"): "\\u003e", ord("&"): "\\u0026"}


def ld_script(data):
    """`data` as a JSON-LD <script> element, safe to place in the page."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":")).translate(_LD_ESCAPES)
    return mark_safe(f'<script type="application/ld+json">{text}</script>')


def breadcrumb_list(crumbs):
    """Home, then each (name, path) of `crumbs`."""
    trail = [("Home", reverse("programs:home")), *crumbs]
    return {
        "@context": "https://schema.org",
        "@type": "BreadcrumbList",
        "itemListElement": [
            {"@type": "ListItem", "position": n, "name": name, "item": absolute(path)}
            for n, (name, path) in enumerate(trail, start=1)
        ],
    }


def medical_web_page(article):
    data = {
        "@context": "https://schema.org",
        "@type": "MedicalWebPage",
        "name": article.title,
        "headline": article.title,
        "description": article.meta_description,
        "url": absolute(article.get_absolute_url()),
        "datePublished": article.published_at.date().isoformat() if article.published_at else None,
        "dateModified": article.updated_at.date().isoformat(),
        "citation": [
            {"@type": "CreativeWork", "name": c.title, "publisher": c.publisher, "url": c.url}
            for c in article.citations.all()
        ],
    }
    if article.last_reviewed:
        data["lastReviewed"] = article.last_reviewed.isoformat()
    if article.medical_reviewer:
        data["reviewedBy"] = {"@type": "Person", "name": article.medical_reviewer}
    return {key: value for key, value in data.items() if value not in (None, [])}


def medical_clinic(center):
    data = {
        "@context": "https://schema.org",
        "@type": "MedicalClinic",
        "name": center.name,
        "url": absolute(center.get_absolute_url()),
        "address": {
            "@type": "PostalAddress",
            "streetAddress": ", ".join(part for part in (center.street1, center.street2) if part),
            "addressLocality": center.city,
            "addressRegion": center.state,
            "postalCode": center.zip,
            "addressCountry": "US",
        },
        "geo": {"@type": "GeoCoordinates", "latitude": center.latitude, "longitude": center.longitude},
    }
    if center.phone:
        data["telephone"] = center.phone
    return data
