"""What a careful health publisher checks before printing: the words are our
own, not the source page's; each section reads at grade 8 or below; the
spelling is American; claims name their sources, and those sources are in
the reference list; the urgent lines are in the article itself."""

import gzip
import re
from pathlib import Path

import pytest
from django.urls import reverse

from programs.content import seed, selectors
from programs.content import text as editor_text
from programs.models import CallQuestion, KeyFigure
from tests.support import readability
from tests.support.centers import make_center, make_services
from tests.support.html import Element, parse

ROOT = Path(__file__).resolve().parents[2]
SOURCE_PAGE = ROOT.parent / "shared" / "seeds" / "iop-article-source.txt"
LONGEST_RUN_ALLOWED = 7  # words in a row shared with the source page
GRADE_ALLOWED = 8.0
WEIGHT_BUDGET = 30 * 1024  # HTML + CSS + JS, compressed (DESIGN.md)

# Sections that state facts and so must name what supports them.
CLAIM_HEAVY = [
    "what-is-an-iop",
    "who-it-suits",
    "get-help-now",
    "levels-of-care",
    "benefits",
    "components",
    "family-therapy",
    "medicine-and-therapies",
    "typical-week",
    "treatment-plan",
    "cost",
    "choosing",
    "red-flags",
]

BRITISH = re.compile(
    r"\b(counsell\w*|behaviour\w*|centre[sd]?|centring|colour\w*|organis\w*|"
    r"programmes?|favour\w*|recognis\w*|speciali[sz]ation|specialis(e|ed|es|ing)|"
    r"licence[sd]?|judgement|practis(e|ed|es|ing)|analys(e|ed|ing)|defence|"
    r"enrol(s|ment)?|labour|honour\w*|neighbour\w*|travell(ed|er|ing)|"
    r"catalogue|cheque|paediatric|anaesthe\w*|haemo\w*|oestrogen|"
    r"whilst|amongst)\b",
    re.IGNORECASE,
)


# --- The words are our own --------------------------------------------------


def words(text: str) -> list[str]:
    """Lower-case words, punctuation and apostrophes aside: "Don’t use
    10-12" and "dont use 10–12" are the same words."""
    text = re.sub(r"['’]", "", text.lower())
    return re.findall(r"[a-z0-9]+", text)


def longest_shared_run(text_words: list[str], source_words: list[str]) -> list[str]:
    """The longest run of consecutive words found in both."""
    best: list[str] = []
    previous = [0] * (len(source_words) + 1)
    for word in text_words:
        current = [0] * (len(source_words) + 1)
        for j, source_word in enumerate(source_words, start=1):
            if word == source_word:
                current[j] = previous[j - 1] + 1
                if current[j] > len(best):
                    best = source_words[j - current[j] : j]
        previous = current
    return best


def figure_values() -> dict[str, str]:
    values = {figure["key"]: KeyFigure(**figure).number for figure in seed.ARTICLE["figures"]}
    values["primary_partner"] = next(p["name"] for p in seed.PARTNERS if p["role"] == "primary")
    return values


def seed_strings(value=None):
    """Every string of the seed data, [[tokens]] filled as the page fills them."""
    if value is None:
        value = [seed.PARTNERS, seed.HELPLINES, seed.DISCLOSURES, seed.CALL_QUESTIONS, seed.ARTICLE]
    if isinstance(value, str):
        yield re.sub(r"\[\[\s*([a-z0-9_]+)\s*\]\]", lambda m: figure_values().get(m[1], m[0]), value)
    elif isinstance(value, dict):
        for item in value.values():
            yield from seed_strings(item)
    elif isinstance(value, list | tuple):
        for item in value:
            yield from seed_strings(item)


def template_text(path: Path) -> str:
    source = path.read_text()
    source = re.sub(r"{%.*?%}|{{.*?}}|{#.*?#}", " ", source, flags=re.DOTALL)
    return re.sub(r"<[^>]+>", " ", source)


TEMPLATES = sorted((ROOT / "templates").rglob("*.html"))


@pytest.fixture(scope="module")
def source_words():
    if not SOURCE_PAGE.exists():
        pytest.skip(f"the source page is not here ({SOURCE_PAGE})")
    return words(SOURCE_PAGE.read_text())


def test_the_run_finder_finds_a_run_across_case_and_punctuation():
    source = words("want a step down level of care")
    run = longest_shared_run(words("They want a Step-Down level, of care!"), source)
    assert run == ["want", "a", "step", "down", "level", "of", "care"]


def test_no_seeded_text_shares_8_words_in_a_row_with_the_source_page(source_words):
    for string in seed_strings():
        run = longest_shared_run(words(string), source_words)
        assert len(run) <= LONGEST_RUN_ALLOWED, f"{' '.join(run)!r} in {string[:60]!r}"


@pytest.mark.parametrize("path", TEMPLATES, ids=lambda p: str(p.relative_to(ROOT)))
def test_no_template_shares_8_words_in_a_row_with_the_source_page(path, source_words):
    run = longest_shared_run(words(template_text(path)), source_words)
    assert len(run) <= LONGEST_RUN_ALLOWED, " ".join(run)


@pytest.mark.django_db
def test_the_article_as_published_shares_no_8_words_in_a_row_with_the_source_page(
    site_content, article_url, get_page, source_words
):
    page = get_page(article_url)
    run = longest_shared_run(words(reading_text(page.find("article"))), source_words)
    assert len(run) <= LONGEST_RUN_ALLOWED, " ".join(run)


# --- Plain language -----------------------------------------------------------


@pytest.mark.parametrize(
    "word, count",
    [
        ("the", 1),
        ("cat", 1),
        ("table", 2),
        ("people", 2),
        ("treatment", 2),
        ("used", 1),
        ("wanted", 2),
        ("makes", 1),
        ("changes", 2),
        ("counseling", 3),
        ("therapies", 3),
        ("recovery", 4),
        ("medication", 4),
        ("anxiety", 4),
        ("hospitalization", 6),
        ("co-occurring", 4),
        ("IOP", 3),
        ("10–12", 2),
    ],
)
def test_the_syllable_counter_knows_common_words(word, count):
    assert readability.syllables(word) == count


def test_the_grade_is_the_flesch_kincaid_formula():
    # 6 words, 1 sentence, 6 syllables: 0.39 * 6 + 11.8 * 1 - 15.59
    assert readability.grade("The cat sat on the mat.") == pytest.approx(-1.45)
    counts = readability.counts(["One short line", "Two. Three!"])
    assert (counts.sentences, counts.words, counts.syllables) == (3, 5, 5)


SKIPPED = {"phone", "sources"}


def skipped(element: Element) -> bool:
    """Not prose: a heading, a phone component (a helpline's label and digits,
    from the helpline list) or a small-print list of sources."""
    return element.tag in {"h2", "h3"} or bool(SKIPPED & set(element.attrs.get("class", "").split()))


def reading_text(element: Element) -> str:
    parts = [
        child if isinstance(child, str) else reading_text(child)
        for child in element.children
        if isinstance(child, str) or not skipped(child)
    ]
    return " ".join("".join(parts).split())


def prose_blocks(section: Element) -> list[str]:
    """What a reader reads in a section, as blocks: paragraphs, list items,
    terms and their meanings."""
    blocks = []

    def walk(element):
        if skipped(element):
            return
        if element.tag in {"p", "li", "dt", "dd"}:
            blocks.append(reading_text(element))
            return
        for child in element.children:
            if isinstance(child, Element):
                walk(child)

    walk(section)
    return [block for block in blocks if block]


def section_grades(page: Element) -> dict[str, float]:
    article = page.find("article")
    return {
        section.attrs["id"]: readability.grade(prose_blocks(section))
        for section in article.find_all("section")
        if "section" in section.attrs.get("class", "").split()
    }


@pytest.mark.django_db
def test_every_section_of_the_article_reads_at_grade_8_or_below(site_content, article_url, get_page):
    grades = section_grades(get_page(article_url))
    assert len(grades) == site_content.sections.count()
    too_hard = {anchor: round(grade, 1) for anchor, grade in grades.items() if grade > GRADE_ALLOWED}
    assert too_hard == {}


def seeded_section_blocks(section: dict) -> list[str]:
    values = figure_values()
    body = "\n\n".join(seed_strings(section["body"]))
    prose, _sources = editor_text.split_sources(body)
    blocks = [block.strip() for block in re.split(r"\n\s*\n", prose) if block.strip()]
    for item in section.get("items", []):
        title, words_ = item.get("title", ""), item.get("text", "")
        blocks.append(f"{title}: {words_}" if title and words_ else title or words_)
    return [re.sub(r"\[\[(\w+)\]\]", lambda m: values[m[1]], block) for block in blocks]


@pytest.mark.parametrize("section", seed.ARTICLE["sections"], ids=lambda s: s["anchor"])
def test_every_seeded_section_reads_at_grade_8_or_below(section):
    assert readability.grade(seeded_section_blocks(section)) <= GRADE_ALLOWED


def test_the_questions_to_ask_read_at_grade_8_or_below():
    blocks = [f"{q['question']} {q.get('why', '')}" for q in seed.CALL_QUESTIONS]
    assert readability.grade(blocks) <= GRADE_ALLOWED


# --- American spelling --------------------------------------------------------


def test_the_spelling_check_knows_the_british_forms():
    assert BRITISH.findall("Counselling for behaviour in the centre; a licence; the programme")
    assert not BRITISH.search("Counseling for behavior in the center; a license; the program; a specialist")


@pytest.fixture
def center(db):
    make_services()
    return make_center(location_is_approximate=True)


@pytest.mark.django_db
@pytest.mark.parametrize(
    "name",
    ["home", "article", "center", "finder", "finder_search", "where_calls_go", "privacy", "call_me"],
)
def test_no_public_page_uses_british_spelling(name, site_content, center, client):
    url = {
        "article": site_content.get_absolute_url(),
        "center": center.get_absolute_url(),
        "finder_search": reverse("programs:finder") + "?location=10001&services=OIT",
    }.get(name) or reverse(f"programs:{name}")
    response = client.get(url)
    assert response.status_code == 200, url
    assert BRITISH.findall(response.content.decode()) == []


# --- Sources ------------------------------------------------------------------


def references(page: Element) -> list[str]:
    """Each entry of the reference list as a reader reads it, its address aside."""
    entries = page.by_id("references").find_all("li")
    return [
        " ".join(child for child in li.children if isinstance(child, str))
        + " "
        + " ".join(child.text for child in li.children if isinstance(child, Element) and child.tag != "a")
        for li in entries
    ]


def named_sources(section: Element) -> list[str]:
    sources = section.find("div", class_="note sources")
    if sources is None:
        return []
    return [name.strip(" .") for name in sources.text.split(":", 1)[1].split(";") if name.strip(" .")]


@pytest.mark.django_db
def test_the_references_list_every_cited_work(site_content, article_url, get_page):
    entries = get_page(article_url).by_id("references").find_all("li")
    assert len(entries) == site_content.citations.count() == len(seed.ARTICLE["citations"])
    for citation, entry in zip(site_content.citations.all(), entries, strict=True):
        assert citation.title in entry.text
        assert entry.find("a", href=citation.url), citation.url


@pytest.mark.django_db
@pytest.mark.parametrize("anchor", CLAIM_HEAVY)
def test_each_claim_heavy_section_names_its_sources(anchor, site_content, article_url, get_page):
    section = get_page(article_url).by_id(anchor)
    assert section is not None, anchor
    assert named_sources(section), f"{anchor} names no source"


@pytest.mark.django_db
def test_every_source_a_section_names_is_in_the_references(site_content, article_url, get_page):
    page = get_page(article_url)
    listed = [set(words(entry)) for entry in references(page)]
    used = set()
    for section in page.find("article").find_all("section"):
        for name in named_sources(section):
            significant = set(words(name)) - {"and", "of", "the"}
            matches = [n for n, entry in enumerate(listed) if significant <= entry]
            assert len(matches) == 1, f"{name!r} in #{section.attrs['id']} matches references {matches}"
            used.update(matches)
    assert used == set(range(len(listed))), "every reference is named by a section"


@pytest.mark.django_db
def test_the_sources_line_is_small_print_after_the_list(site_content, article_url, get_page):
    section = get_page(article_url).by_id("who-it-suits")
    children = [child for child in section.children if isinstance(child, Element)]
    assert [child.tag for child in children][-2:] == ["ul", "div"]
    assert children[-1].text.startswith("Sources: McCarty 2014")


# --- Who it is not for, and the urgent lines ------------------------------------


@pytest.mark.django_db
def test_the_article_says_who_needs_more_care_first(site_content, article_url, get_page):
    page = get_page(article_url)
    assert "not meant for a crisis" in page.by_id("who-it-suits").text
    urgent = page.by_id("get-help-now")
    for phrase in ["benzodiazepine", "alcohol", "suicide", "taken too much of a drug", "not safe at home"]:
        assert phrase in urgent.text, phrase


@pytest.mark.django_db
def test_the_get_help_now_box_lists_the_public_lines_as_call_links(site_content, article_url, get_page):
    urgent = get_page(article_url).by_id("get-help-now")
    assert "help-now" in urgent.attrs["class"].split()
    assert urgent.find("h2").text == "Get help now"
    hrefs = [a.attrs["href"] for a in urgent.find_all("a") if a.attrs["href"].startswith(("tel:", "sms:"))]
    assert hrefs == ["tel:988", "sms:988", "tel:+18006624357", "tel:+18004874889", "tel:911"]
    assert "Answered by the 988 Lifeline, a free public service" in urgent.text


@pytest.mark.django_db
def test_the_get_help_now_box_follows_the_helpline_list(site_content, article_url, get_page):
    from programs.models import HelplineNumber

    HelplineNumber.objects.filter(number="+18004874889").update(active=False)
    urgent = get_page(article_url).by_id("get-help-now")
    assert not urgent.find("a", href="tel:+18004874889")


# --- Levels, medicine, cost --------------------------------------------------


@pytest.mark.django_db
def test_the_levels_of_care_are_compared_as_a_list_of_terms(site_content, article_url, get_page):
    levels = get_page(article_url).by_id("levels-of-care")
    assert [dt.text for dt in levels.find_all("dt")] == [
        "Outpatient care",
        "Intensive outpatient program (IOP)",
        "Partial hospitalization (day program)",
        "Residential care (live-in)",
        "Hospital care",
    ]
    assert "at least 9 hours of treatment a week, and for teens at least 6" in levels.text
    assert "assessment" in levels.text


@pytest.mark.django_db
def test_the_article_covers_medicine_and_proven_therapies(site_content, article_url, get_page):
    text = get_page(article_url).by_id("medicine-and-therapies").text
    for phrase in [
        "buprenorphine, methadone and naltrexone",
        "acamprosate, disulfiram and naltrexone",
        "works with a prescriber",
        "Cognitive behavioral therapy (CBT)",
        "Motivational interviewing",
        "Contingency management",
        "Drug testing",
        "(case management)",
    ]:
        assert phrase in text, phrase


@pytest.mark.django_db
def test_the_cost_section_links_to_finder_searches_by_payment(site_content, article_url, get_page, client):
    cost = get_page(article_url).by_id("cost")
    assert "Medicare Part B covers IOP services" in cost.text and "parity" in cost.text
    links = {a.text: a.attrs["href"] for a in cost.find_all("a")}
    finder = reverse("programs:finder")
    assert links == {
        "Medicaid": f"{finder}?services=OIT&services=MD",
        "Medicare": f"{finder}?services=OIT&services=MC",
        "Private health insurance": f"{finder}?services=OIT&services=PI",
        "Sliding fee based on income": f"{finder}?services=OIT&services=SS",
    }
    filters = parse(client.get(links["Medicare"]).content.decode())
    assert filters.find("input", value="MC").attrs.get("checked") is not None


@pytest.mark.django_db
def test_the_red_flags_name_patient_brokering_and_a_neutral_check(site_content, article_url, get_page):
    text = get_page(article_url).by_id("red-flags").text
    phrases = ["patient brokering", "free travel or housing", "before the call is over", "who they work for"]
    for phrase in phrases:
        assert phrase in text, phrase
    assert "FindTreatment.gov" in text and "National Helpline" in text


# --- Questions to ask -----------------------------------------------------------


def test_the_seed_has_six_to_eight_questions_to_ask():
    assert 6 <= len(seed.CALL_QUESTIONS) <= 8
    assert all(q["question"].endswith("?") for q in seed.CALL_QUESTIONS)


@pytest.mark.django_db
def test_the_questions_are_read_in_one_query_active_and_in_order(site_content, django_assert_num_queries):
    CallQuestion.objects.filter(order=2).update(active=False)
    CallQuestion.objects.filter(order=1).update(order=99)
    with django_assert_num_queries(1):
        questions = selectors.call_questions()
    assert [q.question for q in questions] == [
        *(q["question"] for q in seed.CALL_QUESTIONS[2:]),
        seed.CALL_QUESTIONS[0]["question"],
    ]


@pytest.mark.django_db
def test_the_questions_show_on_the_article_and_on_every_center_page(site_content, center, get_page):
    expected = [q["question"] for q in seed.CALL_QUESTIONS]
    on_article = get_page(site_content.get_absolute_url()).by_id("questions-to-ask")
    on_center = get_page(center.get_absolute_url()).find("section", class_="call-questions")
    for where in (on_article, on_center):
        assert [li.find("strong").text for li in where.find("ol").find_all("li")] == expected
    assert on_center.find("h2").text == "Questions to ask before you choose"


@pytest.mark.django_db
def test_an_edited_question_shows_on_the_center_page(site_content, center, get_page):
    CallQuestion.objects.filter(order=1).update(question="Is there a waiting list?")
    assert "Is there a waiting list?" in get_page(center.get_absolute_url()).text


# --- The update line and the disclosure ---------------------------------------


@pytest.mark.django_db
def test_the_byline_says_when_and_how_the_article_last_changed(site_content, article_url, get_page):
    byline = get_page(article_url).find("p", class_="byline")
    assert f"Updated December 1, 2026: {seed.ARTICLE['update_note']}" in byline.text
    assert byline.find("time").attrs["datetime"] == "2026-12-01"


@pytest.mark.django_db
def test_without_an_update_note_the_byline_shows_the_last_save(site_content, article_url, get_page):
    site_content.update_note = ""
    site_content.save()
    byline = get_page(article_url).find("p", class_="byline").text
    assert "Updated " in byline and ":" not in byline


@pytest.mark.django_db
def test_the_disclosure_says_partners_are_providers_and_points_to_a_neutral_service(site_content, get_page):
    text = get_page(reverse("programs:where_calls_go")).find("article").text
    assert "treatment providers, not a neutral referral service" in text
    assert "may suggest their own programs" in text
    assert "FindTreatment.gov" in text and "SAMHSA’s National Helpline" in text
    footer = get_page(reverse("programs:home")).find("footer").text
    assert "treatment providers who pay us" in footer and "FindTreatment.gov" in footer


# --- Weight -------------------------------------------------------------------


@pytest.mark.django_db
def test_the_article_stays_within_its_weight_budget(site_content, article_url, client):
    html = client.get(article_url).content
    css = (ROOT / "static" / "css" / "site.css").read_bytes()
    weight = sum(len(gzip.compress(body, compresslevel=6)) for body in (html, css))
    assert weight <= WEIGHT_BUDGET * 0.75, f"{weight} bytes compressed"
