"""Writes: the Spanish starting content (`seed_es`) into the `_es` columns
(programs/translation.py) of the content `site_content_load` created.

Each Spanish text is matched to its row by what identifies that row in the
English seed (a helpline's number, a disclosure's key, a section's anchor,
a figure's key, a citation's address, a page's key and the English heading
of its section…). Only an empty Spanish column is filled: what an editor
wrote in Spanish is never replaced, and running this again changes nothing.
"""

from django.db.models import Model

from programs.content import seed, seed_es, seed_pages
from programs.models import Article, CallQuestion, Disclosure, HelplineNumber, Page


def spanish_content_fill() -> list[str]:
    """Fill every empty Spanish column the seed has a text for; return what was filled."""
    filled: list[str] = []
    _helplines(filled)
    for key, texts in seed_es.DISCLOSURES.items():
        _fill(Disclosure.objects.filter(key=key).first(), texts, filled)
    _article(filled)
    _call_questions(filled)
    _pages(filled)
    return filled


def _fill(obj: Model | None, texts: dict, filled: list[str], language: str = "es") -> None:
    """Set each `<field>_<language>` of `obj` that is empty to its text; save if any."""
    if obj is None:
        return
    changed = [
        name
        for name, value in texts.items()
        if isinstance(value, str) and value and not getattr(obj, f"{name}_{language}", None)
    ]
    for name in changed:
        setattr(obj, f"{name}_{language}", texts[name])
    if changed:
        obj.save(update_fields=[f"{name}_{language}" for name in changed])
        filled.append(f"{type(obj)._meta.verbose_name}: {obj} ({', '.join(changed)})")


def _helplines(filled):
    for data in seed.HELPLINES:
        line = HelplineNumber.objects.filter(number=data["number"], purpose=data["purpose"]).first()
        _fill(line, seed_es.HELPLINES.get(data["order"], {}), filled)
        service = seed_es.SPANISH_SERVICE.get(data["order"])
        if service:  # what the line offers in Spanish, said in both languages
            _fill(line, {"spanish_service": service["en"]}, filled, language="en")
            _fill(line, {"spanish_service": service["es"]}, filled)


def _article(filled):
    texts = seed_es.ARTICLE
    article = Article.objects.filter(slug=seed.ARTICLE["slug"]).first()
    if article is None:
        return
    _fill(article, texts, filled)
    for figure in article.figures.all():
        _fill(figure, texts["figures"].get(figure.key, {}), filled)
    for section in article.sections.prefetch_related("items"):
        section_texts = texts["sections"].get(section.anchor, {})
        _fill(section, section_texts, filled)
        items = section_texts.get("items", [])
        for index, item in enumerate(section.items.all()):
            if index < len(items):
                _fill(item, items[index], filled)
    for citation in article.citations.all():
        _fill(citation, texts["citations"].get(citation.url, {}), filled)


def _call_questions(filled):
    """Matched by the English question, as the seed wrote it: a question an
    editor rewrote needs its Spanish from the editor too."""
    spanish = dict(zip((q["question"] for q in seed.CALL_QUESTIONS), seed_es.CALL_QUESTIONS, strict=True))
    for question in CallQuestion.objects.all():
        _fill(question, spanish.get(question.question_en, {}), filled)


def _pages(filled):
    for data in seed_pages.PAGES:
        page = Page.objects.filter(key=data["key"]).first()
        if page is None:
            continue
        texts = seed_es.PAGES[data["key"]]
        _fill(page, texts, filled)
        # Both lists hold the privacy page's section on update requests (UPDATE_SECTION).
        pairs = zip(data["sections"], texts["sections"], strict=True)
        by_heading = {english["heading"]: spanish for english, spanish in pairs}
        for section in page.sections.all():
            _fill(section, by_heading.get(section.heading_en, {}), filled)
