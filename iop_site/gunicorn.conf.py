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
# (No keepalive: sync workers close each connection; the proxy in front
# keeps browsers' connections open.)
# Recycle workers now and then so a slow leak cannot grow without bound. The
# jitter is as large as the limit so that workers sharing an even load are
# not all recycled at the same moment (seen under load with a small jitter).
max_requests = int(os.environ.get("GUNICORN_MAX_REQUESTS", "20000"))
max_requests_jitter = max_requests


def post_worker_init(worker):
    """Build the place index (every U.S. ZIP code, ~0.5 s) before the worker
    takes requests, so no visitor's search pays for it."""
    from programs.centers import places

    places.warm_up()


accesslog = "-"
errorlog = "-"
# The request line without its query string: search parameters and form
# fields can hold personal data, and logs are kept longer than they should.
access_log_format = '%(h)s "%(m)s %(U)s %(H)s" %(s)s %(B)s %(M)sms'
