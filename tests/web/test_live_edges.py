"""The edges that only show with several processes sharing one cache, checked
against gunicorn with two workers and a Redis of its own, over real sockets:

- a Host header the client chose never reaches a page another visitor gets;
- one visitor's raw search (tracking tags, an e-mail address, a repeated
  filter, a phone number) never shows in another visitor's page, nor in Redis;
- Redis going away slows the site down but never takes it down, and the site
  recovers by itself when Redis is back.

Each test starts from an empty shared cache, so none depends on the pages
another test left behind (the order is random).
"""

import json
import re
import xml.etree.ElementTree as ET
from urllib.parse import urlsplit

import pytest

from tests.support import live
from tests.support.html import form_data

pytestmark = pytest.mark.live

SITE = live.SITE_URL
ARTICLE = "/treatment/intensive-outpatient-programs/"
SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
CHOSEN = re.compile(r"(\d+) chosen\b")
CENTER_PAGE = re.compile(r"/treatment-centers/[a-z]{2}/[\w-]+/[\w-]+/")


@pytest.fixture(scope="module")
def database(tmp_path_factory):
    return live.prepared_database(tmp_path_factory.mktemp("live-database"))


def copy_of(database, directory):
    copy = directory / "db.sqlite3"
    copy.write_bytes(database.read_bytes())
    return copy


@pytest.fixture(scope="module")
def site(database, tmp_path_factory):
    directory = tmp_path_factory.mktemp("live-site")
    with live.live_site(directory, copy_of(database, directory)) as site:
        yield site


@pytest.fixture(scope="module")
def center_path(site):
    """The page of the demonstration center nearest Midtown Manhattan, as the finder links to it."""
    results = site.visitor().get("/treatment-centers/?location=10001")
    assert results.status == 200
    links = [a.attrs.get("href", "") for a in results.page().find_all("a")]
    return next(link for link in links if CENTER_PAGE.fullmatch(link))


@pytest.fixture
def fresh_site(site):
    site.forget_cached_pages()
    return site


def own_addresses(page):
    """Every absolute address of the page itself: the canonical link,
    og:url, and in JSON-LD the "url" of what the page is about and the
    "item" of each breadcrumb (not the sources an article cites)."""
    found = [link.attrs.get("href") for link in page.find_all("link", rel="canonical")]
    found += [meta.attrs.get("content") for meta in page.find_all("meta", property="og:url")]
    for script in page.find_all("script", type="application/ld+json"):
        data = json.loads(script.raw_text)
        for thing in data if isinstance(data, list) else [data]:
            found += [thing["url"]] if "url" in thing else []
            found += [crumb["item"] for crumb in thing.get("itemListElement", [])]
    return found


def assert_public_addresses_only(response):
    addresses = own_addresses(response.page())
    assert addresses, f"{response.path} has no canonical link"
    wrong = [a for a in addresses if not a.startswith(f"{SITE}/")]
    assert not wrong, f"{response.path} links to itself as {wrong}"
    assert "6666" not in response.body, f"{response.path} repeats the port of another visitor's Host header"


# --- Host header ---------------------------------------------------------------


def test_a_host_header_one_visitor_sent_never_reaches_the_next_visitors_pages(fresh_site, center_path):
    pages = ["/privacy/", ARTICLE, center_path]
    odd_host = fresh_site.visitor(host="localhost:6666")
    first = [odd_host.get(path) for path in pages]
    assert [r.status for r in first] == [200, 200, 200]
    for _ in range(4):  # enough for both workers to answer
        for path in pages:
            response = fresh_site.visitor().get(path)
            assert response.status == 200
            assert_public_addresses_only(response)
    for response in first:  # nor does the visitor who sent it see it
        assert_public_addresses_only(response)


def test_robots_txt_and_the_sitemaps_give_the_public_address_whatever_the_host(fresh_site):
    for host in ["localhost:6666", live.LOOPBACK, live.LOOPBACK]:
        visitor = fresh_site.visitor(host=host)
        robots = visitor.get("/robots.txt")
        assert robots.status == 200
        assert f"Sitemap: {SITE}/sitemap.xml" in robots.body.splitlines()
        index = visitor.get("/sitemap.xml")
        sections = [loc.text for loc in ET.fromstring(index.body).iter(f"{SITEMAP}loc")]
        assert sections and all(url.startswith(f"{SITE}/") for url in sections), sections
        for url in sections:
            section = visitor.get(live.local_part(url, "/"))
            locs = [loc.text for loc in ET.fromstring(section.body).iter(f"{SITEMAP}loc")]
            assert all(loc.startswith(f"{SITE}/") for loc in locs), (url, locs[:3])
            assert "6666" not in section.body


# --- One visitor's input, another visitor's page ----------------------------------

LEAKY_QUERY = "location=10001-2345&fbclid=abc123leak&utm_source=leaky&email=someone%40example.org"
LEAKS = ["10001-2345", "abc123leak", "leaky", "someone@example.org", "someone%40example.org"]


def test_one_visitors_raw_query_never_shows_in_another_visitors_results(fresh_site):
    visitor_a = fresh_site.visitor()
    for services in ["services=SP&services=SP&services=SP", "services=SP"]:
        assert visitor_a.get(f"/treatment-centers/?{LEAKY_QUERY}&{services}").status == 200
    for _ in range(4):
        page = fresh_site.visitor().get("/treatment-centers/?location=10001&services=SP")
        assert page.status == 200
        assert CENTER_PAGE.search(page.body), "visitor B's search found no center"
        shown = [leak for leak in LEAKS if leak in page.body]
        assert not shown, f"visitor B sees visitor A's {shown}"


def filter_counts(response):
    """Every N in "N chosen" (the filter count) on the page."""
    return {int(n) for n in CHOSEN.findall(response.body)}


def test_the_filter_count_counts_each_filter_once_for_everyone(fresh_site):
    mine = fresh_site.visitor().get(f"/treatment-centers/?{LEAKY_QUERY}&services=SP&services=SP&services=SP")
    assert mine.status == 200
    for _ in range(4):
        theirs = fresh_site.visitor().get("/treatment-centers/?location=10001&services=SP")
        assert theirs.status == 200
        assert "3 chosen" not in theirs.body, "another visitor's repeated filter shows in the count"
        assert filter_counts(theirs) <= {1}
    assert filter_counts(mine) <= {1}, "the visitor who repeated a filter sees it counted more than once"


def test_a_filter_repeated_fifty_times_is_never_shown_as_fifty_chosen(fresh_site):
    repeated = f"/treatment-centers/?location=10001&{'&'.join(['services=SP'] * 50)}"
    # Refusing such a search would do too; failing on it would not.
    own_pages = [fresh_site.visitor().get(repeated) for _ in range(3)]
    assert all(page.status < 500 for page in own_pages)
    for query in ["location=10001&services=SP", "location=10002&services=SP"]:
        for _ in range(3):
            page = fresh_site.visitor().get(f"/treatment-centers/?{query}")
            assert page.status == 200
            assert "50 chosen" not in page.body, f"{query}: another visitor's 50 filters show in the count"
            assert filter_counts(page) <= {1}, query
    for page in own_pages:
        assert "50 chosen" not in page.body and filter_counts(page) <= {1}


PHONE_FORMS = ["2025550143", "202-555-0143"]


def test_a_phone_number_typed_as_a_location_reaches_no_other_page_and_not_redis(fresh_site):
    typed = fresh_site.visitor().get("/treatment-centers/?location=202-555-0143")
    assert typed.status == 200
    for _ in range(4):
        page = fresh_site.visitor().get("/treatment-centers/?location=zzzz")
        assert page.status == 200
        assert not [p for p in PHONE_FORMS if p in page.body], "another visitor's phone number is shown"
    stored = fresh_site.redis.everything_stored()
    assert stored, "nothing was cached at all: is the site using this Redis?"
    assert not [p for p in PHONE_FORMS if p.encode() in stored], "a visitor's phone number is in Redis"


# --- Redis goes away, and comes back ------------------------------------------------

OUTAGE_PAGES = ["/", ARTICLE, "/where-do-calls-go/", "/call-me/", "/treatment-centers/?location=10001"]
CALLER = "(202) 555-0143"  # in 555-0100..0199, reserved for fiction, yet valid


@pytest.fixture
def outage_site(database, tmp_path_factory):
    """A site of its own, whose Redis the test may kill."""
    directory = tmp_path_factory.mktemp("live-outage")
    with live.live_site(directory, copy_of(database, directory)) as site:
        yield site


def assert_pages_answer(site, rounds=2):
    for _ in range(rounds):  # both workers
        for path in OUTAGE_PAGES:
            response = site.visitor().get(path)
            assert response.status == 200, f"{path} answered {response.status}"
            assert response.seconds < 3, f"{path} took {response.seconds:.1f} s"
            assert 'href="tel:' in response.body


def ask_for_a_call(visitor):
    form_page = visitor.get("/call-me/")
    assert form_page.status == 200
    form = next(f for f in form_page.page().find_all("form") if f.attrs.get("action") == "/call-me/")
    data = {**form_data(form), "phone": CALLER, "consent": "on"}
    assert data["csrfmiddlewaretoken"] and "csrftoken" in visitor.cookies
    return visitor.post_form("/call-me/", data)


def test_with_redis_killed_pages_answer_and_callbacks_are_stored_then_it_recovers(outage_site):
    assert_pages_answer(outage_site, rounds=1)  # warm the cache
    assert outage_site.visitor().get("/readyz").status == 200

    outage_site.redis.kill()
    assert_pages_answer(outage_site)
    ready = outage_site.visitor().get("/readyz")
    assert ready.status == 503
    assert ready.json() == {"database": "ok", "cache": "unavailable"}

    visitor = outage_site.visitor()
    answer = ask_for_a_call(visitor)
    assert answer.status in (302, 303), f"the callback request was refused with {answer.status}"
    thanks = live.local_part(answer.headers["Location"], "/call-me/")
    assert urlsplit(thanks).path == "/call-me/thanks/"
    assert visitor.get(thanks).status == 200
    assert live.count_rows(outage_site.env, "CallbackRequest") == 1

    outage_site.redis.start()
    back = live.wait_for(
        lambda: all(outage_site.visitor().get("/readyz").status == 200 for _ in range(4)), timeout=12
    )
    assert back, "/readyz still says the cache is unavailable 12 s after Redis came back"
    assert_pages_answer(outage_site)
