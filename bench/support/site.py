"""The site the benchmarks measure: its environment, the SQLite database with
SAMHSA's 2022 directories (var/bench.sqlite3), Redis, and the commit measured."""

import csv
import json
import os
import random
import subprocess
import sys
from pathlib import Path
from urllib.parse import urlencode

ROOT = Path(__file__).resolve().parents[2]
DEFAULT_DATA = ROOT.parent / "shared" / "data" / "samhsa"
DEFAULT_DATABASE = ROOT / "var" / "bench.sqlite3"
DIRECTORIES = ["national-directory-2022-sa.csv", "national-directory-2022-mh.csv"]
CODE_FILES = ["service-codes-2022.csv", "service-codes-2022-sa.csv", "service-codes-2022-mh.csv"]
CACHE_URL = "redis://127.0.0.1:6379/15"
ARTICLE = "/treatment/intensive-outpatient-programs/"
FILTERS = ["OIT", "OP", "MD", "PI", "SS", "SF", "BU", "TELE", "SP", "VET"]
RADII = [5, 10, 25, 50, 100]


def environment(database, **extra):
    """Production-like settings (DEBUG off, no SSL redirect) on `database`; `extra` on top."""
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "iop_site.settings",
        "DATABASE_URL": f"sqlite:///{database}",
        "DJANGO_DEBUG": "false",
        "DJANGO_SECRET_KEY": "benchmark-only-secret-key-not-used-anywhere-else",
        "DJANGO_ALLOWED_HOSTS": "127.0.0.1",
        "SITE_URL": "http://127.0.0.1",
        "DJANGO_STATIC_STORAGE": "plain",
        "DJANGO_SSL_REDIRECT": "false",
        "DJANGO_LOG_LEVEL": "WARNING",
        **extra,
    }


def manage(env, *args):
    """Run a management command; a full import from scratch takes minutes, not half an hour."""
    subprocess.run([sys.executable, "manage.py", *args], cwd=ROOT, env=env, check=True, timeout=1800)


def prepare(env, data):
    """Migrate and import; each command skips what has not changed."""
    manage(env, "migrate", "--noinput", "-v0")
    manage(env, "load_site_content", "-v0")
    manage(env, "import_service_codes", *(str(data / name) for name in CODE_FILES))
    manage(env, "import_facilities", "-v0", *(str(data / name) for name in DIRECTORIES))


def add_data_arguments(parser, data_help=None):
    """--data (the SAMHSA files) and --database (the SQLite file)."""
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help=data_help)
    parser.add_argument("--database", type=Path, default=DEFAULT_DATABASE)


def check_data(args):
    if not (args.data / DIRECTORIES[0]).exists():
        raise SystemExit(f"SAMHSA directory files not found in {args.data}")


def prepared_environment(args, **extra):
    """The environment for args.database, with the directory imported into it."""
    check_data(args)
    args.database.parent.mkdir(exist_ok=True)
    env = environment(args.database, **extra)
    prepare(env, args.data)
    return env


def search_urls(data, count, seed=42):
    """`count` searches from the ZIP codes of real facilities, every state."""
    zips_by_state = {}
    for name in DIRECTORIES:
        with open(data / name, encoding="utf-8", newline="") as file:
            for row in csv.DictReader(file):
                zips_by_state.setdefault(row["state"], set()).add(row["zip"][:5])
    rng = random.Random(seed)
    states = sorted(zips_by_state)
    urls = []
    for n in range(count):
        state = states[n % len(states)]
        params = [("location", rng.choice(sorted(zips_by_state[state]))), ("radius", rng.choice(RADII))]
        params += [("services", code) for code in rng.sample(FILTERS, rng.choice([0, 0, 1, 2]))]
        if rng.random() < 0.2:
            params.append(("type", rng.choice(["sa", "mh", "both"])))
        urls.append("/treatment-centers/?" + urlencode(params))
    return urls


def django_json(env, code):
    """Run `code` in `manage.py shell`; it prints one JSON value last."""
    result = subprocess.run(
        [sys.executable, "manage.py", "shell", "-v0", "-c", code],
        cwd=ROOT,
        env=env,
        check=True,
        capture_output=True,
        text=True,
        timeout=300,
    )
    return json.loads(result.stdout.strip().splitlines()[-1])


def flush_cache(url=CACHE_URL):
    import redis  # the application's own Redis client (requirements.txt)

    try:
        redis.Redis.from_url(url, socket_timeout=5).flushdb()
    except redis.RedisError as error:
        raise SystemExit(f"Redis at {url} is needed for shared rate limits: {error}") from None


def revision():
    """The commit measured, and whether the work tree had changes on top."""

    def git(*args):
        result = subprocess.run(
            ["git", *args], cwd=ROOT, capture_output=True, text=True, check=False, timeout=30
        )
        return result.stdout.strip() if result.returncode == 0 else ""

    commit = git("rev-parse", "--short", "HEAD") or "unknown"
    status = git("--no-optional-locks", "status", "--porcelain", "--untracked-files=no")
    changed = [line for line in status.splitlines() if line]
    return commit + (f" + uncommitted changes to {len(changed)} files" if changed else "")
