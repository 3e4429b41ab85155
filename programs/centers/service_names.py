"""SAMHSA's names of services and of their categories, in the page's
language: the database keeps SAMHSA's English; Spanish pages read our
translation (`service_names_es`), and a code it lacks keeps its English."""

from django.utils.translation import get_language

from programs.centers.service_names_es import CATEGORIES, SERVICES


def service(code: str, english: str) -> str:
    return SERVICES.get(code, english) if get_language() == "es" else english


def category(code: str, english: str) -> str:
    return CATEGORIES.get(code, english) if get_language() == "es" else english
