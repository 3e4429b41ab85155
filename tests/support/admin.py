"""Driving the Django admin's forms the way a browser does."""

from tests.support.html import form_data, parse


def submit(client, url, change=None):
    """Load an admin form, change some fields, and submit it as a browser would."""
    page = parse(client.get(url).content.decode())
    # The change form is <form id="<model>_form">; the header also holds a logout form.
    form = next(f for f in page.find_all("form") if f.attrs.get("id", "").endswith("_form"))
    data = form_data(form)
    data.update(change or {})
    return client.post(url, data)
