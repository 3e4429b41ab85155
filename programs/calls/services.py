"""Writes for the helplines: the file error pages read when the database is down."""

import json
from pathlib import Path

from django.conf import settings

from programs.calls.selectors import fallback_helplines


def helpline_fallback_write(*, path: Path | None = None) -> list[dict]:
    """Write the active helplines to HELPLINE_FALLBACK_FILE (or `path`), one
    JSON object a line so that a change reads well in a diff; return them."""
    lines = fallback_helplines()
    text = "[\n" + ",\n".join("  " + json.dumps(line, ensure_ascii=False) for line in lines) + "\n]\n"
    Path(path or settings.HELPLINE_FALLBACK_FILE).write_text(text, encoding="utf-8")
    return lines
