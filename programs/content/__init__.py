"""The IOP guide: articles, their sections, figures and citations, the
disclosures, editor text, structured data for search engines, and the seed
content."""
