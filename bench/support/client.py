"""A browser in a few lines, for bench/topology.py: one visitor's cookies,
GET and form POSTs on new connections to 127.0.0.1, and the fields of a
form as a browser would submit them unchanged (the admin's change form)."""

import http.client
import http.cookies
import re
import time
from dataclasses import dataclass, field
from html.parser import HTMLParser
from urllib.parse import urlencode

from support.server import HOST

TOKENS = re.compile(r'name="(csrfmiddlewaretoken|consent_token)" value="([^"]*)"')


@dataclass
class Answer:
    status: int
    headers: http.client.HTTPMessage
    body: bytes
    seconds: float

    @property
    def text(self):
        return self.body.decode("utf-8", "replace")


@dataclass
class Visitor:
    port: int
    cookies: dict = field(default_factory=dict)

    def request(self, method, path, *, body=None, headers=None, timeout=10):
        connection = http.client.HTTPConnection(HOST, self.port, timeout=timeout)
        sent = {"Host": HOST, **(headers or {})}
        if self.cookies:
            sent["Cookie"] = "; ".join(f"{name}={value}" for name, value in self.cookies.items())
        started = time.monotonic()
        try:
            connection.request(method, path, body=body, headers=sent)
            response = connection.getresponse()
            content = response.read()
        finally:
            connection.close()
        for header in response.headers.get_all("Set-Cookie") or []:
            self.cookies.update({name: m.value for name, m in http.cookies.SimpleCookie(header).items()})
        return Answer(response.status, response.headers, content, time.monotonic() - started)

    def get(self, path, **kwargs):
        return self.request("GET", path, **kwargs)

    def post_form(self, path, data, *, headers=None, timeout=10):
        headers = {"Content-Type": "application/x-www-form-urlencoded", **(headers or {})}
        return self.request("POST", path, body=urlencode(data, doseq=True), headers=headers, timeout=timeout)


class FormFields(HTMLParser):
    """The fields of the form whose id ends with `form_id_suffix`, as a browser
    sends them unchanged: text and hidden inputs, checked boxes, textareas,
    selected options."""

    def __init__(self, form_id_suffix):
        super().__init__(convert_charrefs=True)
        self.suffix = form_id_suffix
        self.inside = False
        self.fields = {}
        self.textarea = None
        self.select = None

    def handle_starttag(self, tag, attrs):
        attrs = {name: value if value is not None else "" for name, value in attrs}
        if tag == "form":
            self.inside = attrs.get("id", "").endswith(self.suffix)
        if not self.inside or "disabled" in attrs or not (attrs.get("name") or tag == "option"):
            return
        name = attrs.get("name")
        if tag == "input":
            kind = attrs.get("type", "text")
            if kind in {"checkbox", "radio"}:
                if "checked" in attrs:
                    self.fields.setdefault(name, []).append(attrs.get("value", "on"))
            elif kind not in {"submit", "button", "file", "image", "reset"}:
                self.fields[name] = attrs.get("value", "")
        elif tag == "textarea":
            self.textarea = name
            self.fields[name] = ""
        elif tag == "select":
            self.select = (name, "multiple" in attrs)
            self.fields[name] = [] if "multiple" in attrs else ""
        elif tag == "option" and self.select and "selected" in attrs:
            name, multiple = self.select
            value = attrs.get("value", "")
            self.fields[name] = [*self.fields[name], value] if multiple else value

    def handle_endtag(self, tag):
        if tag == "form":
            self.inside = False
        elif tag == "textarea" and self.textarea:
            # A browser drops the newline that follows <textarea>.
            self.fields[self.textarea] = self.fields[self.textarea].removeprefix("\n")
            self.textarea = None
        elif tag == "select":
            self.select = None

    def handle_data(self, data):
        if self.textarea:
            self.fields[self.textarea] += data


def form_fields(html, form_id_suffix="_form"):
    parser = FormFields(form_id_suffix)
    parser.feed(html)
    parser.close()
    return parser.fields


def tokens(html):
    """The CSRF token and the signed consent statement of the /call-me/ form."""
    return dict(TOKENS.findall(html))
