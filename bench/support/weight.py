"""pages.py's weight of the article: its HTML, and the CSS and JS it
references, compressed as served, against the 30 KB budget."""

import gzip
from html.parser import HTMLParser
from urllib.parse import urlsplit

from support.server import get
from support.site import ARTICLE

BUDGET_BYTES = 30 * 1024


class References(HTMLParser):
    """Stylesheets and scripts a page references; images and icons apart."""

    def __init__(self):
        super().__init__()
        self.css, self.js, self.images = [], [], []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        rel = (attrs.get("rel") or "").split()
        if tag == "link" and "stylesheet" in rel and attrs.get("href"):
            self.css.append(attrs["href"])
        elif tag == "link" and "icon" in rel and attrs.get("href"):
            self.images.append(attrs["href"])
        elif tag == "script" and attrs.get("src"):
            self.js.append(attrs["src"])
        elif tag in ("img", "source") and (attrs.get("src") or attrs.get("srcset")):
            self.images.append(attrs.get("src") or attrs["srcset"])


def served_size(response, body):
    length = response.getheader("Content-Length")
    return int(length) if length is not None else len(body)


def article_weight(port):
    """[(what, bytes, how)] for the article's HTML, CSS and JS; and its images."""
    response, body = get(port, ARTICLE, {"Accept-Encoding": "gzip"})
    if response.status != 200:
        raise SystemExit(f"the article answered {response.status}")
    encoding = response.getheader("Content-Encoding", "")
    if encoding:
        html = gzip.decompress(body) if encoding == "gzip" else None
        rows = [("article HTML", served_size(response, body), f"served {encoding}")]
    else:
        html = body
        rows = [
            (
                "article HTML",
                len(gzip.compress(body, compresslevel=6, mtime=0)),
                f"served uncompressed ({len(body):,} B); gzip -6 here",
            )
        ]
    refs = References()
    refs.feed((html or b"").decode("utf-8", "replace"))
    for kind, paths in (("CSS", refs.css), ("JS", refs.js)):
        for path in paths:
            path = urlsplit(path).path
            served = []
            for accept in ("br", "gzip", "identity"):
                response, body = get(port, path, {"Accept-Encoding": accept})
                if response.status != 200:
                    raise SystemExit(f"{path} answered {response.status}")
                served.append((served_size(response, body), response.getheader("Content-Encoding") or "none"))
            smallest = min(served[:2])
            how = (
                f"served {smallest[1]} (br {served[0][0]:,} B [{served[0][1]}], "
                f"gzip {served[1][0]:,} B [{served[1][1]}], plain {served[2][0]:,} B)"
            )
            rows.append((f"{kind} {path}", smallest[0], how))
    return rows, refs.images


def print_weight(weight, images):
    """The article's weight, row by row, and its total against the budget."""
    total = sum(size for _what, size, _how in weight)
    print("article weight, compressed as served:")
    for what, size, how in weight:
        print(f"  {what:46} {size:7,d} B  {how}")
    print(
        f"  {'total':46} {total:7,d} B  = {total / 1024:.1f} KB of the 30 KB budget "
        f"({BUDGET_BYTES:,} B): {'within' if total <= BUDGET_BYTES else 'OVER'}"
    )
    print(
        f"  images and icons referenced (not counted): {len(images)}"
        + (f" ({', '.join(images)})" if images else "")
    )
