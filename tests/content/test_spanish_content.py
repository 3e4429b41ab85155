"""The guide's content in Spanish (programs/content/seed_es.py): complete,
faithful to the English in its facts, figures and placeholders, in our own
words and plain (Fernández-Huerta 65 or more for every section, about what
grade 8 is to the English); loaded into the Spanish columns without ever
replacing what an editor wrote."""

import re

import pytest

from programs.content import seed, seed_es, seed_pages, text
from programs.content.services import site_content_load
from programs.models import Article, CallQuestion, Disclosure, HelplineNumber, Page, Section
from tests.content.test_editorial_quality import LONGEST_RUN_ALLOWED, longest_shared_run, source_words  # noqa: F401
from tests.support import lectura

READING_EASE_ALLOWED = 65.0
NUMBER = re.compile(r"\d+(?:[.,]\d+)?")


def pairs():
    """(where, English text, Spanish text) for every text the seed has in both."""
    found = []
    for line in seed.HELPLINES:
        for name, spanish in seed_es.HELPLINES[line["order"]].items():
            found.append((f"helpline {line['order']} {name}", line[name], spanish))
    for disclosure in seed.DISCLOSURES:
        for name in ("title", "body"):
            found.append((disclosure["key"], disclosure[name], seed_es.DISCLOSURES[disclosure["key"]][name]))
    for english, spanish in zip(seed.CALL_QUESTIONS, seed_es.CALL_QUESTIONS, strict=True):
        for name in ("question", "why"):
            found.append((f"question {name}", english[name], spanish[name]))
    article, spanish_article = seed.ARTICLE, seed_es.ARTICLE
    for name in ("title", "summary", "meta_description", "update_note"):
        found.append((f"article {name}", article[name], spanish_article[name]))
    for figure in article["figures"]:
        for name in ("unit", "label"):
            found.append((figure["key"], figure[name], spanish_article["figures"][figure["key"]][name]))
    for section in article["sections"]:
        spanish = spanish_article["sections"][section["anchor"]]
        for name in ("heading", "body"):
            found.append((section["anchor"], section[name], spanish[name]))
        for english_item, spanish_item in zip(
            section.get("items", []), spanish.get("items", []), strict=True
        ):
            for name in ("title", "text"):
                found.append(
                    (f"{section['anchor']} item", english_item.get(name, ""), spanish_item.get(name, ""))
                )
    for page in seed_pages.PAGES:
        spanish = seed_es.PAGES[page["key"]]
        for name in ("title", "meta_description", "intro"):
            found.append((page["key"], page[name], spanish[name]))
        for english_section, spanish_section in zip(page["sections"], spanish["sections"], strict=True):
            for name in ("heading", "body"):
                found.append((page["key"], english_section[name], spanish_section[name]))
    return found


@pytest.mark.parametrize(("where", "english", "spanish"), pairs())
def test_each_spanish_text_keeps_the_placeholders_and_figures_of_its_english(where, english, spanish):
    assert bool(english) == bool(spanish), where
    assert text.tokens_in(spanish) == text.tokens_in(english), where
    assert sorted(NUMBER.findall(spanish)) == sorted(NUMBER.findall(english)), where
    if english:
        assert spanish != english, f"{where}: left in English"


def test_the_sources_each_section_names_are_the_same_in_spanish():
    for section in seed.ARTICLE["sections"]:
        _, english = text.split_sources(section["body"])
        _, spanish = text.split_sources(seed_es.ARTICLE["sections"][section["anchor"]]["body"])
        assert english.split(":", 1)[-1] == spanish.split(":", 1)[-1], section["anchor"]
        assert not spanish or spanish.startswith("Fuentes:")


def test_meta_descriptions_fit_what_search_engines_show():
    for value in [
        seed_es.ARTICLE["meta_description"],
        *(p["meta_description"] for p in seed_es.PAGES.values()),
    ]:
        assert len(value) <= 160


@pytest.mark.parametrize("anchor", [section["anchor"] for section in seed.ARTICLE["sections"]])
def test_every_spanish_section_reads_plainly(anchor):
    section = seed_es.ARTICLE["sections"][anchor]
    prose, _ = text.split_sources(section["body"])
    blocks = [block for block in re.split(r"\n\s*\n", prose) if block.strip()]  # as the English check reads
    for item in section.get("items", []):
        title, words = item.get("title", ""), item.get("text", "")
        blocks.append(f"{title}: {words}" if title and words else title or words)
    assert lectura.fernandez_huerta(blocks) >= READING_EASE_ALLOWED


def test_the_spanish_questions_to_ask_read_plainly():
    blocks = [f"{q['question']} {q['why']}" for q in seed_es.CALL_QUESTIONS]
    assert lectura.fernandez_huerta(blocks) >= READING_EASE_ALLOWED


def test_the_spanish_is_our_own_words_too(source_words):  # noqa: F811
    """The only source page we have is English: this holds the Spanish to the
    same rule, against it (names and figures aside, nothing runs long)."""
    for _, _, spanish in pairs():
        run = longest_shared_run(re.findall(r"[a-z0-9]+", spanish.lower()), source_words)
        assert len(run) <= LONGEST_RUN_ALLOWED, " ".join(run)


@pytest.mark.parametrize(
    ("word", "count"),
    [
        ("tratamiento", 4),
        ("día", 2),
        ("que", 1),
        ("guía", 2),
        ("leer", 2),
        ("país", 2),
        ("ambulatorio", 5),
        ("hoy", 1),
        ("ayuda", 3),
        ("IOP", 3),
        ("12", 2),
    ],
)
def test_the_spanish_syllable_counter_knows_common_words(word, count):
    assert lectura.syllables(word) == count


def test_the_reading_ease_is_the_fernandez_huerta_formula():
    # 8 words, 2 sentences, 13 syllables (us-ted vi-ve en su ca-sa va al pro-gra-ma)
    assert lectura.fernandez_huerta("Usted vive en su casa. Va al programa.") == pytest.approx(
        206.84 - 0.60 * 1300 / 8 - 1.02 * 200 / 8
    )


@pytest.mark.django_db
def test_loading_fills_every_spanish_column_once_and_never_an_editors():
    site_content_load()
    article = Article.objects.get(slug=seed.ARTICLE["slug"])
    assert article.title_es == seed_es.ARTICLE["title"]
    assert Section.objects.get(anchor="cost").heading_es == seed_es.ARTICLE["sections"]["cost"]["heading"]
    assert Disclosure.objects.get(key="paid_listings").body_es == seed_es.DISCLOSURES["paid_listings"]["body"]
    assert Page.objects.get(key="privacy").title_es == seed_es.PAGES["privacy"]["title"]
    assert CallQuestion.objects.filter(question_es="").count() == 0
    lifeline = HelplineNumber.objects.get(order=10)
    assert (lifeline.spanish_service_en, lifeline.spanish_service_es) == (
        seed_es.SPANISH_SERVICE[10]["en"],
        seed_es.SPANISH_SERVICE[10]["es"],
    )
    Article.objects.filter(pk=article.pk).update(title_es="Un título de la editora")
    again = site_content_load()
    assert not again.created and not again.spanish
    assert Article.objects.get(pk=article.pk).title_es == "Un título de la editora"
