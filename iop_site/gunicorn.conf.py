"""gunicorn settings for `make serve` and production.

Values come from the environment so the same file serves a laptop and a
host: GUNICORN_BIND, GUNICORN_WORKERS, GUNICORN_TIMEOUT.
"""

import multiprocessing
import os

bind = os.environ.get("GUNICORN_BIND", "127.0.0.1:8000")
workers = int(os.environ.get("GUNICORN_WORKERS", multiprocessing.cpu_count() * 2 + 1))
worker_class = "sync"
# A page that has not answered in 30 s will not; free the worker for others.
timeout = int(os.environ.get("GUNICORN_TIMEOUT", "30"))
graceful_timeout = 20
keepalive = 5
# Recycle workers now and then so a slow leak cannot grow without bound.
max_requests = 2000
max_requests_jitter = 200

accesslog = "-"
errorlog = "-"
# The request line without its query string: search parameters and form
# fields can hold personal data, and logs are kept longer than they should.
access_log_format = '%(h)s "%(m)s %(U)s %(H)s" %(s)s %(B)s %(M)sms'
