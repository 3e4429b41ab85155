"""Readability of Spanish text: a syllable counter and the Fernández-Huerta
index, written here so that the tests need no dependency.

The index is Fernández Huerta's (1959) adaptation of Flesch's reading ease:

    206.84 - 0.60 * P - 1.02 * F

with P the syllables and F the sentences per 100 words. Higher is easier:
80 to 90 reads as easy (sixth grade), 70 to 80 fairly easy (seventh), 60 to
70 normal (eighth and ninth). The English guide aims at U.S. grade 8 or
below; its Spanish aims at 60 or more.

Syllables follow Spanish spelling, which is regular: one per vowel group,
plus one wherever two strong vowels (a, e, o, or an accented í or ú) meet,
as in "le-er", "dí-a", "pa-ís" (a hiatus); "u" after "q", and in "gue",
"gui", is silent. A number counts two syllables ("do-ce"), an initialism
one a letter ("IOP": "i-o-pe").
"""

import re
from dataclasses import dataclass

WORD = re.compile(r"[A-Za-zÁÉÍÓÚÜÑáéíóúüñ0-9]+(?:[-–/][A-Za-zÁÉÍÓÚÜÑáéíóúüñ0-9]+)*")
SENTENCE_END = re.compile(r"[.!?]+(?=[\s)”’\"'»]|$)")
VOWELS = "aeiouáéíóúü"
STRONG = set("aeoáéíóú")
SILENT_U = re.compile(r"(?<=[qg])u(?=[eiéí])")


def syllables(word: str) -> int:
    """Syllables in one word as written in running text."""
    parts = [part for part in re.split(r"[-–/]", word) if part]
    if len(parts) > 1:
        return sum(syllables(part) for part in parts)
    if any(char.isdigit() for char in word):
        return 2
    if len(word) > 1 and word.isupper():
        return len(word)  # an initialism, read letter by letter
    text = SILENT_U.sub("", word.lower())
    text = re.sub(r"y(?=[^aeiouáéíóú]|$)", "i", text)  # "hoy", "muy", "y": a vowel
    count = 0
    for group in re.findall(f"[{VOWELS}]+", text):
        count += 1 + sum(1 for a, b in zip(group, group[1:], strict=False) if a in STRONG and b in STRONG)
    return max(1, count)


@dataclass
class Counts:
    words: int
    sentences: int
    syllables: int


def counts(blocks: list[str]) -> Counts:
    """Each block (a paragraph, a heading, a list item) ends a sentence even
    without a full stop."""
    words = sentences = total = 0
    for block in blocks:
        found = WORD.findall(block)
        if not found:
            continue
        words += len(found)
        total += sum(syllables(word) for word in found)
        sentences += max(1, len(SENTENCE_END.findall(block.strip())))
    return Counts(words, sentences, total)


def fernandez_huerta(blocks: list[str] | str) -> float:
    found = counts([blocks] if isinstance(blocks, str) else blocks)
    if not found.words:
        return 100.0
    per_100 = 100 / found.words
    return 206.84 - 0.60 * found.syllables * per_100 - 1.02 * found.sentences * per_100
