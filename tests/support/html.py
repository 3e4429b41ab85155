"""A small parsed-document helper so tests assert on what a visitor sees."""

from dataclasses import dataclass, field
from html.parser import HTMLParser

VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}


@dataclass
class Element:
    tag: str
    attrs: dict
    children: list = field(default_factory=list)
    parent: "Element | None" = None

    @property
    def text(self):
        parts = []
        for child in self.children:
            parts.append(child if isinstance(child, str) else child.text)
        return " ".join("".join(parts).split())

    @property
    def raw_text(self):
        """Text exactly as written (a textarea's value)."""
        return "".join(c if isinstance(c, str) else c.raw_text for c in self.children)

    def iter(self):
        for child in self.children:
            if isinstance(child, Element):
                yield child
                yield from child.iter()

    def find_all(self, tag=None, **attrs):
        return [
            element
            for element in self.iter()
            if (tag is None or element.tag == tag)
            and all(element.attrs.get(k.rstrip("_")) == v for k, v in attrs.items())
        ]

    def find(self, tag=None, **attrs):
        found = self.find_all(tag, **attrs)
        return found[0] if found else None

    def by_id(self, element_id):
        return self.find(id=element_id)


class _Builder(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.root = Element("#document", {})
        self.current = self.root

    def handle_starttag(self, tag, attrs):
        element = Element(tag, {k: (v if v is not None else "") for k, v in attrs}, parent=self.current)
        self.current.children.append(element)
        if tag not in VOID:
            self.current = element

    def handle_endtag(self, tag):
        node = self.current
        while node is not None and node.tag != tag:
            node = node.parent
        if node is not None and node.parent is not None:
            self.current = node.parent

    def handle_data(self, data):
        self.current.children.append(data)


def form_data(form):
    """The fields a browser would submit for `form` unchanged."""
    data = {}
    for element in form.iter():
        name = element.attrs.get("name")
        if not name or "disabled" in element.attrs:
            continue
        if element.tag == "textarea":
            data[name] = element.raw_text.removeprefix("\n")
        elif element.tag == "select":
            chosen = [
                o.attrs.get("value", o.text) for o in element.find_all("option") if "selected" in o.attrs
            ]
            data[name] = chosen if "multiple" in element.attrs else (chosen[0] if chosen else "")
        elif element.tag == "input":
            kind = element.attrs.get("type", "text")
            if kind in {"checkbox", "radio"}:
                if "checked" in element.attrs:
                    data.setdefault(name, []).append(element.attrs.get("value", "on"))
            elif kind not in {"submit", "button", "file", "image", "reset"}:
                data[name] = element.attrs.get("value", "")
    return data


def parse(html):
    builder = _Builder()
    builder.feed(html)
    builder.close()
    return builder.root


FETCHED_LINK_RELS = {"stylesheet", "icon", "preload", "modulepreload", "manifest", "prefetch"}


def fetched_urls(page):
    """Addresses the browser would request to show `page` (not plain links,
    nor <link rel="canonical">, which are references, not loads)."""
    urls = []
    for element in page.iter():
        if element.tag in {"script", "img", "iframe", "source", "video", "audio", "embed"}:
            if element.attrs.get("src"):
                urls.append(element.attrs["src"])
        elif element.tag == "link" and FETCHED_LINK_RELS & set(element.attrs.get("rel", "").split()):
            urls.append(element.attrs.get("href", ""))
    return urls
