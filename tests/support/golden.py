"""Markup that Python builds, compared with what the templates it replaced
rendered (saved in tests/support/golden/*.json when they were replaced)."""

import json
import re
from pathlib import Path

from tests.support.html import parse

FOLDER = Path(__file__).resolve().parent / "golden"


def load(name):
    return json.loads((FOLDER / f"{name}.json").read_text(encoding="utf-8"))


def shape(html):
    """Elements, their attributes and their text, whitespace aside; and the
    text as a reader gets it (so a lost space between two words shows)."""

    def walk(node):
        if isinstance(node, str):
            text = " ".join(node.split())
            return [text] if text else []
        children = [part for child in node.children for part in walk(child)]
        return [(node.tag, tuple(sorted(node.attrs.items())), tuple(children))]

    document = parse(html)
    return walk(document), " ".join(document.text.split())


def without_empty(html, tag_class):
    """`html` without empty <p class="tag_class"> elements."""
    return re.sub(rf'<p class="{tag_class}">\s*</p>', "", html)
