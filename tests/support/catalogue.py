"""The Spanish message catalogue (locale/es/LC_MESSAGES/django.po), read
without a dependency: each entry's msgid and msgstr (the first form of a
plural), for tests that look for English left on Spanish pages."""

import re
from dataclasses import dataclass
from pathlib import Path

PO = Path(__file__).resolve().parents[2] / "locale" / "es" / "LC_MESSAGES" / "django.po"
PLACEHOLDER = re.compile(r"%\(\w+\)[sd]|%[sd]|\{\w*\}|<[^>]+>")


@dataclass
class Entry:
    msgid: str
    msgstr: str
    plural: str = ""


ESCAPES = {"n": "\n", "t": "\t", '"': '"', "\\": "\\"}


def _unquote(lines: list[str]) -> str:
    quoted = "".join(re.findall(r'"((?:[^"\\]|\\.)*)"', "\n".join(lines)))
    return re.sub(r"\\(.)", lambda m: ESCAPES.get(m.group(1), m.group(1)), quoted)


def entries(path: Path = PO) -> list[Entry]:
    found = []
    for block in re.split(r"\n\s*\n", path.read_text(encoding="utf-8")):
        fields: dict[str, list[str]] = {}
        current = None
        for line in block.splitlines():
            if line.startswith("#"):
                continue
            match = re.match(r"(msgctxt|msgid_plural|msgid|msgstr(?:\[0\])?|msgstr\[\d\])\s+(.*)", line)
            if match:
                current = match.group(1)
                fields[current] = [match.group(2)]
            elif current:
                fields[current].append(line)
        if "msgid" in fields and _unquote(fields["msgid"]):
            msgstr = fields.get("msgstr") or fields.get("msgstr[0]") or []
            found.append(
                Entry(_unquote(fields["msgid"]), _unquote(msgstr), _unquote(fields.get("msgid_plural", [])))
            )
    return found


def english_phrases(min_words: int = 2) -> set[str]:
    """Runs of words of the English interface that the Spanish changes: the
    pieces of each msgid between its placeholders and tags, of `min_words`
    words or more, whose Spanish is different. Found on a Spanish page, one
    is English the catalogue did not translate there."""
    phrases = set()
    for entry in entries():
        for english in filter(None, (entry.msgid, entry.plural)):
            for piece in PLACEHOLDER.split(english):
                piece = " ".join(piece.split()).strip(" .,:;!?()“”\"'")
                if len(piece.split()) >= min_words and piece not in entry.msgstr:
                    phrases.add(piece)
    return phrases
