"""Guards that hold for the whole site."""

import pytest
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from programs.models import Section, SectionItem
from tests.support.html import fetched_urls, parse

pytestmark = pytest.mark.django_db


def public_urls(article):
    return [
        reverse("programs:home"),
        article.get_absolute_url(),
        reverse("programs:where_calls_go"),
    ]


def test_no_model_change_is_missing_a_migration():
    call_command("makemigrations", "--check", "--dry-run", verbosity=0)


def test_every_public_page_answers_with_exactly_one_h1(site_content, client):
    for url in public_urls(site_content):
        response = client.get(url)
        assert response.status_code == 200, url
        assert len(parse(response.content.decode()).find_all("h1")) == 1, url


def test_every_public_page_has_the_same_header_and_footer(site_content, client):
    for url in public_urls(site_content):
        page = parse(client.get(url).content.decode())
        header = page.find("header", class_="site-header")
        assert header.find("a", href="tel:+18558264464"), url
        footer = page.find("footer", class_="site-footer")
        hrefs = {a.attrs.get("href") for a in footer.find_all("a")}
        assert {"tel:988", "sms:988", "tel:+18006624357", "tel:+18004874889", "tel:911"} <= hrefs, url
        assert reverse("programs:where_calls_go") in hrefs, url
        assert "Niznik Behavioral Health" in footer.text, url
        assert "Paid listings" in footer.text, url
        assert page.find("a", class_="skip-link", href="#main"), url
        assert page.find("main", id="main"), url


def test_every_phone_link_says_who_answers(site_content, client):
    for url in public_urls(site_content):
        page = parse(client.get(url).content.decode())
        for link in page.find_all("a"):
            if link.attrs.get("href", "").startswith(("tel:", "sms:")):
                who = link.parent.find("a", class_="phone__who")
                assert who is not None and who.text, (url, link.text)
                assert who.attrs["href"] == reverse("programs:where_calls_go")


def test_pages_load_nothing_from_other_hosts(site_content, client):
    for url in public_urls(site_content):
        page = parse(client.get(url).content.decode())
        fetched = fetched_urls(page)
        assert fetched, url  # the stylesheet at least
        for address in fetched:
            assert address.startswith("/") and not address.startswith("//"), (url, address)


def add_sections(article, count):
    start = article.sections.count() + 1
    for order in range(start, start + count):
        section = Section.objects.create(
            article=article,
            order=order,
            kind="therapy",
            heading=f"Extra {order}",
            anchor=f"extra-{order}",
            body="Text.",
        )
        SectionItem.objects.create(section=section, order=1, text="An item.")


def count_queries(client, url):
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


def test_the_article_page_runs_the_same_number_of_queries_for_3_or_30_sections(site_content, client):
    url = site_content.get_absolute_url()
    site_content.sections.filter(order__gt=3).delete()
    with_three = count_queries(client, url)
    add_sections(site_content, 27)
    assert site_content.sections.count() == 30
    assert count_queries(client, url) == with_three
    assert 0 < with_three <= 10  # measured, not served from the page cache


def test_a_fresh_database_migrates_with_all_checks(tmp_path):
    """`migrate` runs the database checks before any table exists."""
    import os
    import subprocess
    import sys
    from pathlib import Path

    env = {**os.environ, "DJANGO_DEBUG": "true", "DATABASE_URL": f"sqlite:///{tmp_path / 'fresh.sqlite3'}"}
    result = subprocess.run(
        [sys.executable, "manage.py", "migrate", "-v0"],
        env=env,
        cwd=Path(__file__).resolve().parents[2],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr[-2000:]
