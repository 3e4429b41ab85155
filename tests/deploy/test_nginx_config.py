"""deploy/nginx.conf, filled in by deploy/nginx_config.py: nginx accepts it
(as the trial runs it, and inside Debian's own nginx.conf with a certificate),
and it agrees with the app's own limits and settings."""

import re
import shutil
import subprocess
from pathlib import Path

import pytest
from django.conf import settings
from support import nginx
from support.server import free_port

from programs.web.middleware import PUBLIC_BODY_MAX_BYTES

pytestmark = pytest.mark.topology

DEBIAN_MAIN = Path("/etc/nginx/nginx.conf")
APPS = ["127.0.0.1:8001", "127.0.0.1:8002"]


def kilobytes(size):
    match = re.fullmatch(r"(\d+)([km])", size)
    return int(match[1]) * {"k": 1024, "m": 1024 * 1024}[match[2]]


def test_nginx_accepts_the_configuration_the_trial_runs(nginx_ready, tmp_path):
    proxy = nginx.Nginx(tmp_path, free_port(), APPS, tmp_path / "media")
    proxy.write_config()

    accepted, words = proxy.check()

    assert accepted, words


def test_nginx_accepts_the_production_configuration_inside_debians_nginx_conf(nginx_ready, tmp_path):
    if not DEBIAN_MAIN.is_file() or not shutil.which("openssl"):
        pytest.skip(f"needs Debian's {DEBIAN_MAIN} and openssl")
    subprocess.run(
        [
            "openssl",
            "req",
            "-x509",
            "-newkey",
            "rsa:2048",
            "-nodes",
            "-days",
            "1",
            "-subj",
            "/CN=iop.example.org",
        ]
        + ["-keyout", str(tmp_path / "key.pem"), "-out", str(tmp_path / "cert.pem")],
        check=True,
        capture_output=True,
        timeout=60,
    )
    (tmp_path / "cache").mkdir()  # nginx makes the last folder of a cache path, not its parents
    site = tmp_path / "iop.conf"
    site.write_text(
        nginx.renderer().render(
            app_servers=APPS,
            ssl_certificate=tmp_path / "cert.pem",
            ssl_certificate_key=tmp_path / "key.pem",
            cache_dir=tmp_path / "cache",
            access_log=tmp_path / "access.log",
            media_root=tmp_path / "media",
        )
    )
    # Debian's own main file (its `gzip on;`, modules-enabled/ loading Brotli
    # from the compiled-in prefix), with our site in place of sites-enabled/
    # and its pid and logs in tmp_path.
    main = DEBIAN_MAIN.read_text().replace("include /etc/nginx/sites-enabled/*;", f"include {site};")
    main = re.sub(r"^pid .*;$", f"pid {tmp_path}/nginx.pid;", main, flags=re.MULTILINE)
    (tmp_path / "nginx.conf").write_text(main.replace("/var/log/nginx/", f"{tmp_path}/"))

    accepted, words = nginx.check_config(tmp_path, tmp_path / "nginx.conf", prefix=nginx.compiled_prefix())

    assert accepted, words
    assert f"include {site};" in main


def test_the_body_limits_are_the_apps_own():
    text = nginx.renderer().render(app_servers=APPS)
    admin_limit = settings.IMAGE_UPLOAD_MAX_BYTES + settings.DATA_UPLOAD_MAX_MEMORY_SIZE

    sizes = re.findall(r"client_max_body_size (\w+);", text)

    assert [kilobytes(size) for size in sizes] == [PUBLIC_BODY_MAX_BYTES, admin_limit]


def test_only_idempotent_requests_are_tried_again_on_another_server():
    text = nginx.renderer().render(app_servers=APPS)

    assert "proxy_next_upstream error timeout http_502 http_503;" in text
    assert "non_idempotent" not in re.sub(r"#.*", "", text)


def test_every_value_is_filled_in_and_the_admin_path_must_have_its_slashes():
    text = nginx.renderer().render(app_servers=APPS, admin_path="/editors/")

    assert "{{" not in text and "location /editors/ {" in text
    assert "server 127.0.0.1:8001 max_fails=1 fail_timeout=5s;" in text
    with pytest.raises(ValueError, match="slash"):
        nginx.renderer().render(app_servers=APPS, admin_path="editors")


def test_a_plain_trial_has_no_tls_and_listens_where_asked():
    text = nginx.renderer().render(app_servers=APPS, plain_listen="127.0.0.1:8080")
    directives = re.sub(r"#.*", "", text)

    assert "listen 127.0.0.1:8080;" in directives
    assert "ssl" not in directives and "listen 80" not in directives and "return 301" not in directives
