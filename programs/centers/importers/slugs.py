"""Readable, unique slugs for new centers: name and city, then the program
name, then a number."""

from django.utils.text import slugify

MAX_BASE = 100  # leaves room for a "-123" suffix within the field's 120


class SlugMaker:
    def __init__(self, taken):
        self.taken = set(taken)

    def make(self, name, city, program_name=""):
        first = _slug(name, city)
        candidates = [first, _slug(name, program_name, city)] if program_name else [first]
        for candidate in candidates:
            if candidate not in self.taken:
                return self._take(candidate)
        number = 2
        while f"{first}-{number}" in self.taken:
            number += 1
        return self._take(f"{first}-{number}")

    def _take(self, slug):
        self.taken.add(slug)
        return slug


def _slug(*parts):
    return slugify(" ".join(parts))[:MAX_BASE].strip("-") or "center"
