"""The topology of deploy/README.md on one machine, loopback only: nginx
(deploy/nginx.conf) in front of two app servers, A and B, each its own
gunicorn with two workers, sharing one PostgreSQL database and one Redis
database. Everything is started in `running()` and stopped when it ends,
failures included; the database is dropped unless asked to keep it."""

import os
import secrets
import signal
import subprocess
import time
from contextlib import ExitStack, contextmanager, suppress
from dataclasses import dataclass, field
from pathlib import Path

from support import nginx
from support.server import HOST, free_port, healthy, start_server, stop_server
from support.site import CODE_FILES, DIRECTORIES, manage

POSTGRES = "postgresql://postgres@127.0.0.1:5432"
REDIS = "redis://127.0.0.1:6379"
WORKERS = 2
EDITOR = "topology-editor"
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


@dataclass
class Plan:
    """What to start: the database's name, the Redis database (emptied
    before and after: two trials at once would share it), the data."""

    directory: Path
    database: str
    redis_db: int = 10
    demo: bool = True
    data: Path | None = None
    static_storage: str = "plain"
    keep_database: bool = False
    page_cache_seconds: int = 1

    @property
    def redis_url(self):
        return f"{REDIS}/{self.redis_db}"


def postgres_missing():
    """Why PostgreSQL cannot be used here, or None."""
    import psycopg

    try:
        with psycopg.connect(f"{POSTGRES}/postgres", connect_timeout=3):
            return None
    except psycopg.Error as error:
        return f"PostgreSQL does not answer at {POSTGRES} as user postgres ({str(error).strip()[:200]})"


def redis_missing(url=f"{REDIS}/10"):
    import redis

    try:
        with redis.Redis.from_url(url, socket_timeout=3, socket_connect_timeout=3) as client:
            client.ping()
            return None
    except redis.RedisError as error:
        return f"Redis does not answer at {url} ({error})"


def recreate_database(name):
    import psycopg
    from psycopg import sql

    with psycopg.connect(f"{POSTGRES}/postgres", autocommit=True, connect_timeout=5) as connection:
        connection.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name)))
        connection.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))


def drop_database(name):
    import psycopg
    from psycopg import sql

    with psycopg.connect(f"{POSTGRES}/postgres", autocommit=True, connect_timeout=5) as connection:
        connection.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name)))


def flush_redis(url):
    import redis

    with redis.Redis.from_url(url, socket_timeout=5) as client:
        client.flushdb()


def environment(plan):
    """Production settings (DEBUG off) behind nginx, on plain http over loopback."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(SETTINGS_VARIABLES)}
    env.update(
        DJANGO_SETTINGS_MODULE="iop_site.settings",
        DJANGO_DEBUG="false",
        DJANGO_SECRET_KEY="topology-trial-only-secret-key-not-used-anywhere-else",
        DJANGO_ALLOWED_HOSTS=f"{HOST},localhost",
        SITE_URL="https://iop.example.org",
        DATABASE_URL=f"{POSTGRES}/{plan.database}",
        CACHE_URL=plan.redis_url,
        EMAIL_URL="consolemail://",
        CALLBACK_NOTIFY_EMAIL="",
        DJANGO_PROXY_SSL_HEADER="HTTP_X_FORWARDED_PROTO,https",
        RATE_LIMIT_CLIENT_HEADER="HTTP_X_FORWARDED_FOR",
        RATE_LIMIT_TRUSTED_PROXIES="1",
        # nginx listens on plain http here: no redirect to https, no Secure cookies.
        DJANGO_SSL_REDIRECT="false",
        DJANGO_SECURE_COOKIES="false",
        DJANGO_STATIC_STORAGE=plan.static_storage,
        DJANGO_STATIC_ROOT=str(plan.directory / "static"),
        DJANGO_MEDIA_ROOT=str(plan.directory / "media"),
        DJANGO_LOG_LEVEL="WARNING",
    )
    return env


def prepare_site(env, plan):
    """Migrate, the site's content, the centers (demo or SAMHSA's), static
    files when they are hashed, and an editor's account; its password."""
    manage(env, "migrate", "--noinput", "-v0")
    manage(env, "load_site_content", "-v0")
    if plan.demo:
        manage(env, "load_demo_centers", "-v0")
    else:
        manage(env, "import_service_codes", "-v0", *(str(plan.data / name) for name in CODE_FILES))
        manage(env, "import_facilities", "-v0", *(str(plan.data / name) for name in DIRECTORIES))
    if plan.static_storage == "manifest":
        manage(env, "collectstatic", "--noinput", "-v0")
    password = secrets.token_urlsafe(16)
    manage(
        {**env, "DJANGO_SUPERUSER_PASSWORD": password},
        *("createsuperuser", "--noinput", "--username", EDITOR, "--email", "editor@example.org", "-v0"),
    )
    return password


@dataclass
class AppServer:
    """One gunicorn with its own port and log; killed and started again at will."""

    name: str
    env: dict
    directory: Path
    port: int = field(default_factory=free_port)
    process: subprocess.Popen | None = None
    starts: int = 0

    @property
    def address(self):
        return f"{HOST}:{self.port}"

    def start(self):
        self.starts += 1
        log = self.directory / f"app-{self.name}.{self.starts}.log"
        self.process = start_server(self.env, self.port, WORKERS, log_path=log)

    def kill(self):
        """SIGKILL the master and its workers at once, as when the machine dies."""
        with suppress(ProcessLookupError):
            os.killpg(self.process.pid, signal.SIGKILL)
        self.process.wait(timeout=10)

    def healthy(self):
        return healthy(self.port)

    def stop(self):
        if self.process is not None:
            stop_server(self.process)


@dataclass
class Topology:
    plan: Plan
    env: dict
    password: str
    servers: dict
    proxy: nginx.Nginx
    prepared_seconds: float


@contextmanager
def running(plan):
    """The whole topology, prepared and started; all of it stopped on the way out."""
    plan.directory.mkdir(parents=True, exist_ok=True)
    (plan.directory / "media").mkdir(exist_ok=True)
    with ExitStack() as stack:
        started = time.monotonic()
        recreate_database(plan.database)
        if not plan.keep_database:
            stack.callback(drop_database, plan.database)
        # Pages cached by an earlier trial came from another database.
        flush_redis(plan.redis_url)
        stack.callback(flush_redis, plan.redis_url)
        env = environment(plan)
        password = prepare_site(env, plan)
        servers = {name: AppServer(name, env, plan.directory) for name in ("A", "B")}
        for server in servers.values():
            stack.callback(server.stop)
            server.start()
        proxy = nginx.Nginx(
            plan.directory / "nginx",
            free_port(),
            [server.address for server in servers.values()],
            plan.directory / "media",
            plan.page_cache_seconds,
        )
        stack.callback(proxy.stop)
        proxy.start()
        yield Topology(plan, env, password, servers, proxy, time.monotonic() - started)
