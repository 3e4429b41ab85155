"""Reading SAMHSA's files and writing what they say into the database.

Readers (`directory_csv`, `findtreatment_json`, `service_codes_csv`) turn a
file, plain or gzip-compressed (`files`), into plain rows and know nothing
about the database. The services
(`facilities.import_facilities`, `service_codes.import_service_codes`,
`demo.load_demo_centers`) clean those rows, report the bad ones, and upsert
in bulk through `upsert.upsert_centers`.
"""
