"""Opening SAMHSA's files as text, plain or gzip-compressed.

The repository ships the directory as `data/samhsa/*.csv.gz` (1.4 MB instead
of 9 MB), and an operator may hand the commands either form: a name ending
in `.gz` is read through gzip, anything else as it is.
"""

import gzip
from pathlib import Path


def is_compressed(path):
    return Path(path).suffix.casefold() == ".gz"


def open_text(path):
    """The file as UTF-8 text (a leading byte-order mark skipped), newlines
    left to the csv module, decompressed when the name ends in `.gz`."""
    if is_compressed(path):
        return gzip.open(path, "rt", encoding="utf-8-sig", newline="")
    return open(path, encoding="utf-8-sig", newline="")
