"""The treatment-center finder on SAMHSA's directory: search, filters,
places and distances, browse and center pages, the JSON API, listing
reports, importers, demonstration data and sitemaps."""
