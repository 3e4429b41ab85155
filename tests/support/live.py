"""The site as production runs it, on this machine: gunicorn with two sync
workers and a private redis-server on loopback ports, over a SQLite file.
Tests talk to it over real sockets, as browsers would, so they see what a
page cached by one worker shows to a visitor of the other.

Every wait is bounded, and every process started here is stopped at the
end of its `with` block, failures included."""

import http.client
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from contextlib import ExitStack, contextmanager, suppress
from dataclasses import dataclass, field
from http.cookies import SimpleCookie
from pathlib import Path
from urllib.parse import urlencode, urlsplit

import redis
from django.core.cache.backends.base import default_key_func

from programs.web import page_cache
from tests.support.html import parse

ROOT = Path(__file__).resolve().parents[2]
LOOPBACK = "127.0.0.1"
SITE_URL = "https://iop.example.org"
REDIS_SERVER = shutil.which("redis-server") or "/usr/bin/redis-server"
WORKERS = 2
# Variables the settings read: none of the caller's may leak into the site.
SETTINGS_VARIABLES = (
    "DJANGO_",
    "GUNICORN_",
    "SITE_",
    "DATABASE_",
    "CACHE_URL",
    "EMAIL_URL",
    "DEFAULT_FROM_EMAIL",
    "IMAGE_UPLOAD_",
    "RATE_LIMIT_",
    "HELPLINE_",
    "CALLBACK_",
)


def free_port():
    with socket.socket() as sock:
        sock.bind((LOOPBACK, 0))
        return sock.getsockname()[1]


def site_environment(database, cache_url):
    """Production settings (DEBUG off), on plain http and loopback."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(SETTINGS_VARIABLES)}
    env.update(
        DJANGO_SETTINGS_MODULE="iop_site.settings",
        DJANGO_DEBUG="false",
        DJANGO_SECRET_KEY="live-tests-only-secret-key-not-used-anywhere-else",
        DJANGO_ALLOWED_HOSTS=f"{LOOPBACK},localhost",
        SITE_URL=SITE_URL,
        DATABASE_URL=f"sqlite:///{database}",
        CACHE_URL=cache_url,
        EMAIL_URL="consolemail://",
        CALLBACK_NOTIFY_EMAIL="",
        RATE_LIMIT_CLIENT_HEADER="",
        DJANGO_SSL_REDIRECT="false",
        DJANGO_SECURE_COOKIES="false",
        DJANGO_STATIC_STORAGE="plain",
        DJANGO_LOG_LEVEL="WARNING",
    )
    return env


def manage(env, *args, timeout=120):
    """Run a management command as an operator would; its output."""
    result = subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
    )
    assert result.returncode == 0, f"manage.py {' '.join(args)} failed:\n{result.stderr[-3000:]}"
    return result.stdout


def prepared_database(directory):
    """A migrated SQLite file with the site's content and the demo centers."""
    database = Path(directory) / "db.sqlite3"
    env = site_environment(database, "locmemcache://")
    manage(env, "migrate", "--noinput", "-v0")
    manage(env, "load_site_content", "-v0")
    manage(env, "load_demo_centers", "-v0")
    return database


def count_rows(env, model):
    """How many rows `programs.models.<model>` has, asked from a new process."""
    code = f"from programs.models import {model}; print({model}.objects.count())"
    return int(manage(env, "shell", "--no-imports", "-c", code).split()[-1])


def wait_for(check, timeout, interval=0.1):
    """True as soon as `check()` is, False after `timeout` seconds."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if check():
            return True
        time.sleep(interval)
    return False


def log_tail(path, size=3000):
    with suppress(OSError):
        return Path(path).read_text(encoding="utf-8", errors="replace")[-size:]
    return ""


def stop_process(process, grace=10):
    """TERM, then KILL the whole process group if it lingers; always reaped.
    (The group is killed before its leader is reaped, so its id is still ours.)"""
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(timeout=grace)
        except subprocess.TimeoutExpired:
            with suppress(ProcessLookupError):
                os.killpg(process.pid, signal.SIGKILL)
            process.wait(timeout=10)


def start_process(command, env, log_path):
    """`command` in its own process group, its output in `log_path`."""
    with open(log_path, "a", encoding="utf-8") as log:  # the child keeps its own copy
        return subprocess.Popen(
            command, cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True
        )


# --- Redis ---------------------------------------------------------------------


class RedisServer:
    """A redis-server of our own on a free loopback port, never written to
    disk: a test may kill it without disturbing the machine's Redis."""

    def __init__(self, directory):
        self.port = free_port()
        self.directory = Path(directory)
        self.log_path = self.directory / "redis.log"
        self.process = None

    @property
    def url(self):
        return f"redis://{LOOPBACK}:{self.port}/0"

    def client(self):
        return redis.Redis(host=LOOPBACK, port=self.port, socket_timeout=2, socket_connect_timeout=2)

    def answers(self):
        try:
            with self.client() as client:
                return client.ping()
        except redis.RedisError:
            return False

    def start(self, timeout=10):
        command = [REDIS_SERVER, "--port", str(self.port), "--bind", LOOPBACK, "--save", ""]
        command += ["--appendonly", "no", "--dir", str(self.directory), "--daemonize", "no"]
        self.process = start_process(command, os.environ.copy(), self.log_path)
        if not wait_for(lambda: self.process.poll() is None and self.answers(), timeout):
            self.stop()
            raise RuntimeError(f"redis-server did not answer within {timeout} s:\n{log_tail(self.log_path)}")

    def kill(self):
        """An outage: SIGKILL, as when the machine running Redis goes away."""
        self.process.kill()
        self.process.wait(timeout=10)

    def stop(self):
        if self.process is not None:
            stop_process(self.process)

    def everything_stored(self):
        """Every key and every value, whatever its type, as one blob of bytes."""
        read = {
            b"string": lambda client, key: [client.get(key) or b""],
            b"hash": lambda client, key: [b"%s=%s" % pair for pair in client.hgetall(key).items()],
            b"list": lambda client, key: client.lrange(key, 0, -1),
            b"set": lambda client, key: list(client.smembers(key)),
            b"zset": lambda client, key: client.zrange(key, 0, -1),
        }
        parts = []
        with self.client() as client:
            for key in client.scan_iter(count=500):
                parts += [key, *read.get(client.type(key), lambda client, key: [])(client, key)]
        return b"\n".join(parts)


# --- gunicorn ------------------------------------------------------------------


class Gunicorn:
    """gunicorn with iop_site/gunicorn.conf.py and two sync workers."""

    def __init__(self, env, directory):
        self.port = free_port()
        self.log_path = Path(directory) / "gunicorn.log"
        self.env = {**env, "GUNICORN_WORKERS": str(WORKERS), "GUNICORN_BIND": f"{LOOPBACK}:{self.port}"}
        self.process = None

    def start(self, timeout=60):
        """Return once /healthz answers and both workers have started."""
        command = [sys.executable, "-m", "gunicorn", "--config", "iop_site/gunicorn.conf.py", "iop_site.wsgi"]
        self.process = start_process(command, self.env, self.log_path)
        ready = wait_for(lambda: self.process.poll() is not None or self.ready(), timeout, interval=0.2)
        if not ready or self.process.poll() is not None:
            self.stop()
            raise RuntimeError(f"gunicorn did not start within {timeout} s:\n{log_tail(self.log_path)}")

    def ready(self):
        if len(self.workers()) < WORKERS:
            return False
        try:
            return Visitor(self.port).get("/healthz", timeout=2).status == 200
        except (OSError, http.client.HTTPException):
            return False

    def workers(self):
        pids = set()
        with suppress(OSError):
            for task in Path(f"/proc/{self.process.pid}/task").iterdir():
                pids.update(int(pid) for pid in (task / "children").read_text().split())
        return pids

    def stop(self):
        if self.process is not None:
            stop_process(self.process, grace=25)


# --- Visitors --------------------------------------------------------------------


@dataclass
class Response:
    status: int
    headers: http.client.HTTPMessage
    body: str
    seconds: float
    path: str

    def page(self):
        """The parsed document (see tests.support.html)."""
        return parse(self.body)

    def json(self):
        return json.loads(self.body)


@dataclass
class Visitor:
    """One browser: its own cookies, a Host header of its choosing."""

    port: int
    host: str = LOOPBACK
    cookies: dict = field(default_factory=dict)

    def request(self, method, path, *, body=None, headers=None, timeout=10):
        connection = http.client.HTTPConnection(LOOPBACK, self.port, timeout=timeout)
        sent = {"Host": self.host, **(headers or {})}
        if self.cookies:
            sent["Cookie"] = "; ".join(f"{name}={value}" for name, value in self.cookies.items())
        started = time.monotonic()
        try:
            connection.request(method, path, body=body, headers=sent)
            answer = connection.getresponse()
            content = answer.read()
        finally:
            connection.close()
        for header in answer.headers.get_all("Set-Cookie") or []:
            self.cookies.update({name: morsel.value for name, morsel in SimpleCookie(header).items()})
        return Response(
            answer.status,
            answer.headers,
            content.decode("utf-8", "replace"),
            time.monotonic() - started,
            path,
        )

    def get(self, path, *, follow=True, timeout=10):
        """GET `path`; with `follow`, on through up to five redirects (the
        site's own: only the path and query of each Location are used)."""
        response = self.request("GET", path, timeout=timeout)
        for _ in range(5):
            if not (follow and response.status in (301, 302, 303, 307, 308)):
                break
            response = self.request("GET", local_part(response.headers["Location"], path), timeout=timeout)
        return response

    def post_form(self, path, data, *, timeout=10):
        body = urlencode(data, doseq=True)
        headers = {"Content-Type": "application/x-www-form-urlencoded"}
        return self.request("POST", path, body=body, headers=headers, timeout=timeout)


def local_part(location, current):
    """The path and query of a redirect's Location (relative or absolute)."""
    parts = urlsplit(location)
    path = parts.path if parts.path.startswith("/") else current.split("?")[0] + parts.path
    return path + (f"?{parts.query}" if parts.query else "")


# --- The site ----------------------------------------------------------------------


@dataclass
class Site:
    redis: RedisServer
    server: Gunicorn
    env: dict

    @property
    def port(self):
        return self.server.port

    def visitor(self, host=LOOPBACK):
        return Visitor(self.port, host)

    def forget_cached_pages(self):
        """Empty the shared cache and start a content generation never used
        before, then wait until both workers have let go of their own copies
        of pages (they re-read the generation every LOCAL_SECONDS)."""
        with self.redis.client() as client:
            client.flushdb()
            client.set(default_key_func(page_cache.GENERATION_KEY, "", 1), time.time_ns())
        time.sleep(page_cache.LOCAL_SECONDS + 0.2)


@contextmanager
def live_site(directory, database):
    """A private redis-server and gunicorn serving `database`; both stopped on the way out."""
    directory = Path(directory)
    with ExitStack() as stack:
        cache = RedisServer(directory)
        stack.callback(cache.stop)
        cache.start()
        env = site_environment(database, cache.url)
        server = Gunicorn(env, directory)
        stack.callback(server.stop)
        server.start()
        yield Site(cache, server, env)
