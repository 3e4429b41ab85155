"""The starting text of the site's own pages (About, Privacy), loaded by
`manage.py load_site_content` when a page does not exist yet; editors own it
afterwards."""

PAGES: list[dict] = []
