"""Which answers the page cache keeps: a page (200) and a page saying what
was there is gone for good (410, a closed center's), each served again with
its own status; nothing else."""

import pytest
from django.http import HttpResponse
from django.test import RequestFactory

from programs.web import page_cache

pytestmark = pytest.mark.django_db


def counting_view(status):
    calls = []

    def view(request):
        calls.append(request.path)
        return HttpResponse(f"answer {len(calls)}", status=status)

    return page_cache.cached_page(view), calls


@pytest.mark.parametrize("status", [200, 410])
def test_a_page_or_a_gone_page_is_kept_and_served_again_with_its_status(status):
    view, calls = counting_view(status)
    first = view(RequestFactory().get("/somewhere/"))
    second = view(RequestFactory().get("/somewhere/"))
    assert calls == ["/somewhere/"]
    assert (first.status_code, second.status_code) == (status, status)
    assert first.content == second.content == b"answer 1"
    assert first["Cache-Control"] == second["Cache-Control"] == page_cache.PUBLIC_CACHE_CONTROL


@pytest.mark.parametrize("status", [301, 404, 429, 500])
def test_any_other_answer_is_not_kept(status):
    view, calls = counting_view(status)
    for _ in range(2):
        response = view(RequestFactory().get("/somewhere/"))
        assert response.status_code == status and "Cache-Control" not in response
    assert len(calls) == 2


def test_the_finders_cache_still_keeps_only_pages():
    calls = []

    def render():
        calls.append(1)
        return HttpResponse("gone", status=410)

    for _ in range(2):
        assert page_cache.cached_search(("a search",), render).status_code == 410
    assert len(calls) == 2
