"""The one settings module. Everything that differs between a laptop, CI and
production comes from the environment (or an optional `.env` file); every
variable is documented in `.env.example`.

Embedded defaults make `make run` work with nothing set: SQLite and media in
the git-ignored `var/` folder, a local-memory cache, console email. Production
values have no insecure fallback: with DEBUG off, a missing secret key or host
list stops start-up with a message that says what to set.
"""

import json
import re
from pathlib import Path

import environ
from django.core.exceptions import ImproperlyConfigured
from django.utils.csp import CSP

BASE_DIR = Path(__file__).resolve().parent.parent
VAR_DIR = BASE_DIR / "var"

env = environ.Env()
environ.Env.read_env(BASE_DIR / ".env")  # optional; real environment wins


# --- Core -------------------------------------------------------------------

DEBUG = env.bool("DJANGO_DEBUG", default=False)

SECRET_KEY = env.str("DJANGO_SECRET_KEY", default="")
if not SECRET_KEY:
    if not DEBUG:
        raise ImproperlyConfigured(
            "DJANGO_SECRET_KEY is not set. With DEBUG off the site will not "
            "start without it: set it in the environment or in .env "
            "(see .env.example), or set DJANGO_DEBUG=true for local work."
        )
    SECRET_KEY = "local-development-only-not-secret"

ALLOWED_HOSTS = env.list("DJANGO_ALLOWED_HOSTS", default=[])
if not ALLOWED_HOSTS:
    if not DEBUG:
        raise ImproperlyConfigured(
            "DJANGO_ALLOWED_HOSTS is not set. With DEBUG off list the host "
            "names the site answers to, comma-separated (see .env.example)."
        )
    ALLOWED_HOSTS = ["127.0.0.1", "localhost", "[::1]"]

SITE_NAME = env.str("SITE_NAME", default="IOP Guide")

# The site's public address, e.g. https://iop.example.org: every absolute URL
# (canonical links, sitemaps, the API, emails) is built from it, never from
# the request's Host header, which a client chooses and a cached page keeps.
SITE_URL = env.str("SITE_URL", default="").rstrip("/")
if not SITE_URL:
    if not DEBUG:
        raise ImproperlyConfigured(
            "SITE_URL is not set. With DEBUG off give the site's public "
            "address, e.g. https://iop.example.org (see .env.example)."
        )
    SITE_URL = "http://127.0.0.1:8000"
if not re.fullmatch(r"https?://[^/?#\s]+", SITE_URL):
    raise ImproperlyConfigured(
        f"SITE_URL must be a scheme and a host (and port), like https://iop.example.org, not {SITE_URL!r}."
    )
# Where the admin lives; move it off the well-known path in production.
ADMIN_URL = env.str("DJANGO_ADMIN_URL", default="admin/")

INSTALLED_APPS = [
    "modeltranslation",  # before the admin: content in English and Spanish (programs/translation.py)
    "programs.apps.NewsroomAdminConfig",  # django.contrib.admin as the newsroom (programs/admin_site.py)
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",  # WhiteNoise serves static in runserver too
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "simple_history",  # revisions of content, viewable and revertible in the admin
    "programs",
]

MIDDLEWARE = [
    # First: a body too large for the page is refused before anything reads it.
    "programs.web.middleware.RequestBodyLimit",
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",  # right after security
    # Before anything resolves a URL: /es/ addresses resolve only in Spanish.
    "programs.web.language.LanguageFromPath",
    # Above sessions and CSRF, so it sees their cookies (static files never reach it).
    "programs.web.middleware.PrivateByDefault",
    "django.middleware.csp.ContentSecurityPolicyMiddleware",
    "django_permissions_policy.PermissionsPolicyMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "simple_history.middleware.HistoryRequestMiddleware",  # who made each revision
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
]

ROOT_URLCONF = "iop_site.urls"
WSGI_APPLICATION = "iop_site.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "django.template.context_processors.i18n",
                "programs.web.context_processors.site_chrome",
                "programs.web.context_processors.languages",
            ],
        },
    },
]


# --- Data -------------------------------------------------------------------

# SQLite in var/ unless DATABASE_URL names another database, e.g.
# postgres://postgres@127.0.0.1:5432/iop_site
DATABASES = {"default": env.db("DATABASE_URL", default=f"sqlite:///{VAR_DIR / 'db.sqlite3'}")}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    VAR_DIR.mkdir(exist_ok=True)  # SQLite creates the file, not its folder
else:
    # Reuse connections between requests, and check them before use so a
    # database restart does not leave dead connections behind.
    DATABASES["default"]["CONN_MAX_AGE"] = env.int("DATABASE_CONN_MAX_AGE", 60)
    DATABASES["default"]["CONN_HEALTH_CHECKS"] = True

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Local memory unless CACHE_URL names a shared cache, e.g.
# redis://127.0.0.1:6379/1 (needed for limits that hold across workers).
CACHES = {"default": env.cache("CACHE_URL", default="locmemcache://")}
if CACHES["default"]["BACKEND"] == "django.core.cache.backends.redis.RedisCache":
    CACHES["default"]["BACKEND"] = "programs.web.redis_cache.RedisCache"  # see its docstring
    # A Redis that stops answering costs a request half a second, not a worker.
    CACHES["default"].setdefault("OPTIONS", {}).update({"socket_connect_timeout": 0.5, "socket_timeout": 0.5})

# Console email unless EMAIL_URL names a server, e.g.
# smtp+tls://user:password@smtp.example.org:587 (Django 6.1's MAILERS form).
_email = env.email("EMAIL_URL", default="consolemail://")
_smtp_options = {
    "host": _email.get("EMAIL_HOST"),
    "port": _email.get("EMAIL_PORT"),
    "username": _email.get("EMAIL_HOST_USER"),
    "password": _email.get("EMAIL_HOST_PASSWORD"),
    "use_tls": _email.get("EMAIL_USE_TLS", False),
    "use_ssl": _email.get("EMAIL_USE_SSL", False),
    "timeout": 10,
}
MAILERS = {
    "default": {
        "BACKEND": _email["EMAIL_BACKEND"],
        "OPTIONS": _smtp_options if _email["EMAIL_BACKEND"].endswith("smtp.EmailBackend") else {},
    }
}
DEFAULT_FROM_EMAIL = env.str("DEFAULT_FROM_EMAIL", default="webmaster@localhost")


# --- Static and media files -------------------------------------------------

STATIC_URL = "static/"
STATICFILES_DIRS = [BASE_DIR / "static"]
STATIC_ROOT = env.path("DJANGO_STATIC_ROOT", default=VAR_DIR / "staticfiles")

MEDIA_URL = "media/"
MEDIA_ROOT = env.path("DJANGO_MEDIA_ROOT", default=VAR_DIR / "media")

# Hashed, compressed files when serving for real; plain storage for tests and
# local work so neither needs `collectstatic` first.
_STATIC_BACKENDS = {
    "manifest": "whitenoise.storage.CompressedManifestStaticFilesStorage",
    "plain": "django.contrib.staticfiles.storage.StaticFilesStorage",
}
_static_storage = env.str("DJANGO_STATIC_STORAGE", default="plain" if DEBUG else "manifest")
if _static_storage not in _STATIC_BACKENDS:
    raise ImproperlyConfigured(
        f"DJANGO_STATIC_STORAGE must be one of {sorted(_STATIC_BACKENDS)}, not {_static_storage!r}."
    )
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": _STATIC_BACKENDS[_static_storage]},
}
# Without collectstatic (plain storage), serve straight from the finders.
WHITENOISE_USE_FINDERS = _static_storage == "plain"
WHITENOISE_AUTOREFRESH = _static_storage == "plain"


# --- Security ---------------------------------------------------------------
# Secure by default with DEBUG off; each relaxation is an explicit variable
# (e.g. to try `make serve` over plain http on this machine).

SECURE_SSL_REDIRECT = env.bool("DJANGO_SSL_REDIRECT", default=not DEBUG)
# Behind a TLS-terminating proxy, e.g. DJANGO_PROXY_SSL_HEADER=HTTP_X_FORWARDED_PROTO,https
_proxy_header = env.list("DJANGO_PROXY_SSL_HEADER", default=[])
SECURE_PROXY_SSL_HEADER = tuple(_proxy_header) if len(_proxy_header) == 2 else None
SECURE_HSTS_SECONDS = env.int("DJANGO_HSTS_SECONDS", default=0 if DEBUG else 31_536_000)
SECURE_HSTS_INCLUDE_SUBDOMAINS = env.bool("DJANGO_HSTS_INCLUDE_SUBDOMAINS", default=True)
SECURE_HSTS_PRELOAD = env.bool("DJANGO_HSTS_PRELOAD", default=False)  # opt in: hard to undo
SILENCED_SYSTEM_CHECKS = ["security.W021"]  # HSTS preload is the operator's opt-in (above)

SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SECURE = env.bool("DJANGO_SECURE_COOKIES", default=not DEBUG)
CSRF_COOKIE_SECURE = SESSION_COOKIE_SECURE
CSRF_COOKIE_HTTPONLY = True  # no page script reads it: forms carry the token
X_FRAME_OPTIONS = "DENY"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"

# Everything comes from this site: no inline script or style anywhere (the
# admin included), no plugins, no framing, forms post only to us.
SECURE_CSP = {
    "default-src": [CSP.SELF],
    "script-src": [CSP.SELF],
    "style-src": [CSP.SELF],
    "img-src": [CSP.SELF],
    "object-src": [CSP.NONE],
    "base-uri": [CSP.NONE],
    "frame-ancestors": [CSP.NONE],
    "form-action": [CSP.SELF],
}
# Browser features the site never uses, switched off for every page
# (django-permissions-policy checks the names).
_UNUSED_FEATURES = (
    "accelerometer autoplay browsing-topics camera display-capture geolocation "
    "gyroscope magnetometer microphone midi payment usb"
)
PERMISSIONS_POLICY: dict[str, list[str]] = {feature: [] for feature in _UNUSED_FEATURES.split()}

# Uploads: editors' pictures only. Bigger bodies are refused before parsing.
DATA_UPLOAD_MAX_MEMORY_SIZE = 2_621_440
FILE_UPLOAD_MAX_MEMORY_SIZE = 2_621_440
IMAGE_UPLOAD_MAX_BYTES = env.int("IMAGE_UPLOAD_MAX_BYTES", default=5 * 1024 * 1024)
# Pixels, however small the file: 40 megapixels is any camera's photo.
IMAGE_UPLOAD_MAX_PIXELS = env.int("IMAGE_UPLOAD_MAX_PIXELS", default=40_000_000)

# Failed admin sign-ins allowed per window from one address, for one user
# name and for any; past them the address is refused (programs/web/login_throttle.py).
LOGIN_FAILURES_PER_ADDRESS = 20
LOGIN_FAILURES_PER_USER_AND_ADDRESS = 5
# A name failing from every address is never refused (anyone could lock its
# owner out); past this many failures, each more is answered late. Kept small:
# a sync worker waits it out.
LOGIN_FAILURES_PER_USERNAME = 10
LOGIN_FAILURE_DELAY_SECONDS = 1.0
LOGIN_FAILURE_WINDOW_SECONDS = 15 * 60
# Behind proxies, the header they fill in with the visitor's address
# (HTTP_X_REAL_IP, HTTP_X_FORWARDED_FOR), and how many of them append to it:
# the entry that many places from the right is believed, nothing left of it.
RATE_LIMIT_CLIENT_HEADER = env.str("RATE_LIMIT_CLIENT_HEADER", default="")
RATE_LIMIT_TRUSTED_PROXIES = env.int("RATE_LIMIT_TRUSTED_PROXIES", default=1)

# Shown on error pages, which must work with the database down. The check
# `manage.py check --database default` warns when it differs from the
# database; `manage.py write_helpline_fallback` rewrites it.
HELPLINE_FALLBACK_FILE = env.path(
    "HELPLINE_FALLBACK_FILE", default=BASE_DIR / "iop_site" / "helpline_fallback.json"
)
HELPLINE_FALLBACK = json.loads(Path(HELPLINE_FALLBACK_FILE).read_text(encoding="utf-8"))


# --- Authentication ---------------------------------------------------------

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]


# --- Internationalisation ---------------------------------------------------

# English at the site's addresses, Spanish at the same addresses under /es/.
# The address alone decides the language (programs.web.language): no cookie,
# no Accept-Language, so a cached page is right for everyone who asks for it.
LANGUAGE_CODE = "en"
LANGUAGES = [("en", "English"), ("es", "Español")]
LOCALE_PATHS = [BASE_DIR / "locale"]
# The Spanish site under /es/. Turned off, /es/ addresses answer 404 and no
# page links to them or names them as alternates (the sitemap neither).
SPANISH_SITE = env.bool("SPANISH_SITE", default=True)
FORMAT_MODULE_PATH = ["iop_site.formats"]
MODELTRANSLATION_DEFAULT_LANGUAGE = "en"
MODELTRANSLATION_LANGUAGES = ("en", "es")
MODELTRANSLATION_FALLBACK_LANGUAGES = ("en",)
TIME_ZONE = env.str("DJANGO_TIME_ZONE", default="America/New_York")
USE_I18N = True
USE_TZ = True


# --- Logging ----------------------------------------------------------------

# Everything to stdout, one line per record; the process manager keeps it.
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {
        "line": {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"},
    },
    # Defence in depth: phone-like digit runs never reach the output.
    "filters": {"no_phone_numbers": {"()": "programs.web.log_filters.ScrubPhoneNumbers"}},
    "handlers": {
        "stdout": {
            "class": "logging.StreamHandler",
            "formatter": "line",
            "filters": ["no_phone_numbers"],
        },
    },
    "root": {"handlers": ["stdout"], "level": env.str("DJANGO_LOG_LEVEL", "INFO")},
}
# Error reports (the debug page, emails to ADMINS) scrub phone numbers too.
DEFAULT_EXCEPTION_REPORTER_FILTER = "programs.web.error_reports.PhoneNumberReporterFilter"


# --- Callback requests ------------------------------------------------------

# Keep a visitor's number only as long as a call-back takes (daily `purge_callbacks`).
CALLBACK_RETENTION_DAYS = env.int("CALLBACK_RETENTION_DAYS", default=30)
# Who is told a request is waiting (the email holds no number or name); empty: nobody.
CALLBACK_NOTIFY_EMAIL = env.str("CALLBACK_NOTIFY_EMAIL", default="")
# A center's update request holds its sender's name and contact: kept while an
# editor may need to ask a question (daily `purge_update_requests`).
LISTING_UPDATE_RETENTION_DAYS = env.int("LISTING_UPDATE_RETENTION_DAYS", default=90)
