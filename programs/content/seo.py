"""Structured data (schema.org JSON-LD) for search engines, as plain dicts,
in the language of the page: names are translated, and a page says its
language (`inLanguage`) where schema.org gives its type one."""

import json

from django.urls import reverse
from django.utils.safestring import mark_safe
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from programs.models import Citation
from programs.web.site_url import absolute

# Characters that could end the <script> element or start markup inside it.
_LD_ESCAPES = {ord("<"): "\\u003c", ord(">"): "\\u003e", ord("&"): "\\u0026"}


def ld_script(data):
    """`data` as a JSON-LD <script> element, safe to place in the page."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":")).translate(_LD_ESCAPES)
    return mark_safe(f'<script type="application/ld+json">{text}</script>')


def breadcrumb_list(crumbs):
    """Home, then each (name, path) of `crumbs`; a name may be a lazy
    translation (`_("…")` in a template), made text here for JSON."""
    trail = [(_("Home"), reverse("programs:home")), *crumbs]
    return {
        "@context": "https://schema.org",
        "@type": "BreadcrumbList",
        "itemListElement": [
            {"@type": "ListItem", "position": n, "name": str(name), "item": absolute(path)}
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
        "inLanguage": get_language(),
        "datePublished": article.published_at.date().isoformat() if article.published_at else None,
        "dateModified": article.updated_at.date().isoformat(),
        "citation": [cited_work(c) for c in article.citations.all()],
    }
    if article.last_reviewed:
        data["lastReviewed"] = article.last_reviewed.isoformat()
    if article.medical_reviewer:
        data["reviewedBy"] = {"@type": "Person", "name": article.medical_reviewer}
    return {key: value for key, value in data.items() if value not in (None, [])}


# The schema.org type of each kind of citation.
CITATION_TYPES = {
    Citation.Kind.ARTICLE: "ScholarlyArticle",
    Citation.Kind.REPORT: "Report",
    Citation.Kind.BOOK: "Book",
    Citation.Kind.WEB_PAGE: "WebPage",
}


def cited_work(citation):
    """A citation as the schema.org work it is: a journal article with its
    journal, pages and DOI; a report, book or web page with its publisher."""
    data = {
        "@type": CITATION_TYPES.get(citation.kind, "CreativeWork"),
        "name": citation.title,
        "author": authors(citation.authors),
        "datePublished": str(citation.year) if citation.year else None,
        "url": citation.url,
    }
    if citation.kind == Citation.Kind.ARTICLE:
        data["isPartOf"] = named("Periodical", citation.journal)
        data["pagination"] = citation.pages.rpartition(":")[2].strip() or None  # “65(6):718–726”
        data["sameAs"] = doi_url(citation.doi)
    else:
        data["publisher"] = named("Organization", citation.publisher)
    return {key: value for key, value in data.items() if value not in (None, "")}


def named(kind, name):
    return {"@type": kind, "name": name} if name else None


def authors(written):
    """People from “McCarty D, Braude L” (or “Doe, Jane; Roe, Rita”); a list
    cut short with “et al.” stays the one string it is."""
    written = written.strip()
    if not written or "et al" in written:
        return written
    names = written.rstrip(".").split(";" if ";" in written else ",")
    return [{"@type": "Person", "name": name.strip()} for name in names if name.strip()]


def doi_url(doi):
    """https://doi.org/<doi>, however the DOI was typed (bare, doi:…, or an address)."""
    doi = doi.strip()
    for prefix in ("https://doi.org/", "http://doi.org/", "https://dx.doi.org/", "doi:"):
        doi = doi.removeprefix(prefix)
    return f"https://doi.org/{doi}" if doi else None


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
