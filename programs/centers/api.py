"""The finder as open data: `/api/treatment-centers/`, the same parameters
as the page, JSON out.

Keys and codes are English whatever the language; `lang=es` gives the words
(messages, place names, service labels) in Spanish. The API has one address
for every language, so the language is a parameter, not a path."""

from django.http import JsonResponse
from django.utils import translation
from django.views import View

from programs.centers import confirmed, service_names
from programs.centers.forms import FinderForm
from programs.centers.presentation import LABELS
from programs.centers.search import Result
from programs.centers.views.finder import search_page
from programs.models import Service
from programs.web.site_url import absolute

JSON_ESCAPES = {"<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "'": "\\u0027"}


def safe_json(data, status=200):
    """JSON with <, >, &, and ' escaped, so text a visitor typed that is
    echoed back can never be read as markup, whatever sniffs the response."""
    response = JsonResponse(data, status=status, json_dumps_params={"ensure_ascii": False})
    text = response.content.decode()
    for char, escaped in JSON_ESCAPES.items():
        text = text.replace(char, escaped)
    response.content = text.encode()
    return response


LANGUAGES = ("en", "es")
DEFAULT_LANGUAGE = "en"
# Said in English: no language the API speaks was asked for.
BAD_LANGUAGE = "Unknown language: use lang=en (English) or lang=es (Spanish)."


class FinderApiView(View):
    def get(self, request):
        lang = request.GET.get("lang") or DEFAULT_LANGUAGE
        if lang not in LANGUAGES:
            return safe_json(
                {"error": BAD_LANGUAGE, "errors": {"lang": [BAD_LANGUAGE]}, "suggestions": []}, status=400
            )
        with translation.override(lang):
            return self.answer(request, lang)

    def answer(self, request, lang):
        """The search, its words in `lang` (the active language)."""
        form = FinderForm(request.GET)
        if not form.is_valid():
            errors = {field: [str(e) for e in messages] for field, messages in form.errors.items()}
            first = next(iter(errors.values()))[0]
            return safe_json(
                {"error": first, "errors": errors, "suggestions": list(form.suggestions), "lang": lang},
                status=400,
            )
        found = search_page(form)
        origin = found.origin
        names = samhsa_names([r.center for r in (*found.results, *found.sponsored)])
        return safe_json(
            {
                "lang": lang,
                "count": found.count,
                "page": found.page,
                "num_pages": found.num_pages,
                "origin": {
                    "label": origin.label,
                    "latitude": round(origin.latitude, 6),
                    "longitude": round(origin.longitude, 6),
                    "whole_state": origin.whole_state,
                },
                "radius_miles": None if origin.whole_state else found.radius_miles,
                "results": [result_json(result, names) for result in found.results],
                "sponsored_listings": [result_json(result, names) for result in found.sponsored],
            }
        )


def samhsa_names(centers) -> dict[str, str]:
    """SAMHSA's (English) name of every code these centers list, in one query."""
    codes = {code for center in centers for code in center.service_code_list}
    return dict(Service.objects.filter(code__in=codes).values_list("code", "name")) if codes else {}


def service_label(code: str, names: dict[str, str]) -> str:
    """A code in words, in the active language: the finder's label, else SAMHSA's name."""
    if code in LABELS:
        return str(LABELS[code])
    return service_names.service(code, names.get(code, code))


def result_json(result: Result, names: dict[str, str]) -> dict:
    center = result.center
    return {
        "name": center.name,
        "program_name": center.program_name,
        "slug": center.slug,
        "url": absolute(center.get_absolute_url()),
        "address": {
            "street1": center.street1,
            "street2": center.street2,
            "city": center.city,
            "state": center.state,
            "zip": center.zip,
        },
        "phone": center.phone,
        "latitude": center.latitude,
        "longitude": center.longitude,
        "location_is_approximate": center.location_is_approximate,
        "distance_miles": None if result.distance_miles is None else round(result.distance_miles, 2),
        "services": center.service_code_list,
        # Each code in words: the finder's plain label, or SAMHSA's name (in Spanish for lang=es).
        "service_labels": {code: service_label(code, names) for code in center.service_code_list},
        "sponsored": center.is_sponsored,
        "demo": center.is_demo,
        "source": center.source,
        "last_verified": center.last_verified.isoformat() if center.last_verified else None,
        "confirmed_by_phone": confirmed_json(center),
    }


def confirmed_json(center) -> dict | None:
    """What an editor's call confirmed, while it is fresh (as the finder's
    "(confirmed)" filters count it); None otherwise."""
    found = confirmed.confirmation(center)
    if found is None or found.out_of_date:
        return None
    call = center.confirmation
    return {
        "called_on": found.called_on.isoformat(),
        "accepting_new_patients": call.accepting_new_patients or None,
        "iop_weekday_daytime": call.iop_weekday_daytime,
        "iop_evenings": call.iop_evenings,
        "iop_weekends": call.iop_weekends,
        "telehealth": call.telehealth,
        "languages": call.languages or None,
    }
