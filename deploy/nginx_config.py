"""Fill in deploy/nginx.conf: the site's name, its app servers, the
certificate and a few paths. Standard library only, so it runs with any
Python 3 on the proxy machine:

    python3 deploy/nginx_config.py --server-name iop.example.org \\
        --app 10.0.0.11:8000 --app 10.0.0.12:8000 > /etc/nginx/sites-available/iop

`--plain-listen 127.0.0.1:8080` drops the TLS parts and listens on plain
http there instead: for trying the topology on one machine (bench/topology.py
and tests/deploy/ do), never for the public site.
"""

import argparse
import re
import sys
from pathlib import Path

TEMPLATE = Path(__file__).resolve().with_name("nginx.conf")
# An upstream that refuses or times out once is left alone this long, then tried again.
UPSTREAM_PARAMETERS = "max_fails=1 fail_timeout=5s"
# IMAGE_UPLOAD_MAX_BYTES (5 MiB) + DATA_UPLOAD_MAX_MEMORY_SIZE (2.5 MiB): what the app lets the admin take.
ADMIN_BODY_MAX = "7680k"
PLACEHOLDER = re.compile(r"\{\{(\w+)\}\}")
REGION = re.compile(
    r"^[ \t]*# --- tls: (\w+) -+\n.*?^[ \t]*# --- end tls: \1 ---\n", re.MULTILINE | re.DOTALL
)


def defaults(server_name):
    """The values an operator on Debian usually keeps, for `server_name`."""
    return {
        "server_name": server_name,
        "ssl_certificate": f"/etc/letsencrypt/live/{server_name}/fullchain.pem",
        "ssl_certificate_key": f"/etc/letsencrypt/live/{server_name}/privkey.pem",
        "admin_path": "/admin/",
        "media_root": "/srv/iop/media",
        "cache_dir": "/var/cache/nginx/iop",
        "access_log": "/var/log/nginx/iop.access.log",
        "admin_body_max": ADMIN_BODY_MAX,
        "page_cache_seconds": "1",
    }


def upstream_lines(app_servers):
    if not app_servers:
        raise ValueError("at least one app server (HOST:PORT) is needed")
    return "\n".join(f"    server {address} {UPSTREAM_PARAMETERS};" for address in app_servers)


def render(*, app_servers, server_name="iop.example.org", plain_listen=None, **values):
    """deploy/nginx.conf with every value filled in.

    `app_servers` are HOST:PORT addresses; `values` override `defaults()`.
    With `plain_listen` (ADDRESS:PORT) the TLS parts give way to one plain
    http listener there."""
    filled = {**defaults(server_name), **values, "app_servers": upstream_lines(app_servers)}
    if not (filled["admin_path"].startswith("/") and filled["admin_path"].endswith("/")):
        raise ValueError(
            f"admin_path must start and end with a slash, like /admin/, not {filled['admin_path']!r}"
        )
    text = TEMPLATE.read_text(encoding="utf-8")
    if plain_listen:
        text = REGION.sub(lambda match: _plain(match[1], plain_listen), text)
    unknown = set(PLACEHOLDER.findall(text)) - set(filled)
    if unknown:
        raise ValueError(f"no value for {', '.join(sorted(unknown))}")
    return PLACEHOLDER.sub(lambda match: str(filled[match[1]]), text)


def _plain(region, listen):
    return f"    listen {listen};\n" if region == "listen" else ""


def arguments(argv):
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--app", action="append", required=True, metavar="HOST:PORT", help="an app server (repeat)"
    )
    parser.add_argument(
        "--server-name", default="iop.example.org", help="as in SITE_URL and DJANGO_ALLOWED_HOSTS"
    )
    parser.add_argument("--certificate", dest="ssl_certificate", help="default: certbot's fullchain.pem")
    parser.add_argument(
        "--certificate-key", dest="ssl_certificate_key", help="default: certbot's privkey.pem"
    )
    parser.add_argument("--admin-path", help="DJANGO_ADMIN_URL with both slashes (default /admin/)")
    parser.add_argument(
        "--media-root", help="DJANGO_MEDIA_ROOT, shared by the app servers (default /srv/iop/media)"
    )
    parser.add_argument("--cache-dir", help="nginx's cache (default /var/cache/nginx/iop)")
    parser.add_argument("--access-log", help="default /var/log/nginx/iop.access.log")
    parser.add_argument("--admin-body-max", help=f"largest admin request body (default {ADMIN_BODY_MAX})")
    parser.add_argument("--page-cache-seconds", help="how long nginx keeps a public page (default 1)")
    parser.add_argument(
        "--plain-listen", metavar="ADDRESS:PORT", help="no TLS: plain http here (trials only)"
    )
    return parser.parse_args(argv)


def main(argv=None):
    args = vars(arguments(argv))
    app_servers = args.pop("app")
    values = {name: value for name, value in args.items() if value is not None}
    sys.stdout.write(render(app_servers=app_servers, **values))


if __name__ == "__main__":
    main()
