"""What the benchmark scripts in bench/ share, and the larger parts of the
longer ones; each script keeps its own main.

  site       environment, database (SAMHSA 2022 directory), Redis, revision
  server     gunicorn on 127.0.0.1: start, wait, stop; its workers; CPU meters
  figures    percentiles and the summary of gunicorn's log
  visitors   load.py's client threads (pages, searches, callback requests)
  report     load.py's tables (latencies, failures, callbacks, worker kill)
  throughput pages.py's load generators (wrk, Python threads) and its table
  weight     pages.py's weight of the article, compressed as served
  topology   topology.py's (and tests/deploy/'s) nginx, app servers A and B,
             PostgreSQL and Redis on loopback; nginx (deploy/nginx.conf run
             in a temporary prefix), client (a visitor, an admin form),
             topology_load, topology_steps, topology_pages, topology_report

The scripts run as `.venv/bin/python bench/NAME.py`, so bench/ is on sys.path
and this package imports as `support`.
"""
