"""Debian's nginx on loopback, with deploy/nginx.conf filled in for a trial:
a main configuration of its own in a temporary folder (prefix, pid, logs,
temporary files and cache all there), in the foreground, stopped in a
`finally`. Also `nginx -t` on a configuration, and nginx's access log read
back (deploy/nginx.conf's `iop` format)."""

import importlib.util
import os
import re
import shutil
import signal
import socket
import subprocess
import time
from contextlib import suppress
from pathlib import Path

from support.site import ROOT

NGINX = shutil.which("nginx") or "/usr/sbin/nginx"
BROTLI_MODULE = Path("/usr/lib/nginx/modules/ngx_http_brotli_filter_module.so")
MIME_TYPES = Path("/etc/nginx/mime.types")
INSTALL = "apt-get install nginx libnginx-mod-http-brotli-filter"

MAIN = """\
# Written by bench/support/nginx.py: nginx in the foreground on loopback, for a trial.
{user}worker_processes auto;
daemon off;
pid {dir}/nginx.pid;
error_log {dir}/error.log warn;
load_module {brotli};

events {{
    worker_connections 1024;
}}

http {{
    include {mime};
    default_type application/octet-stream;
    sendfile on;
    tcp_nopush on;
    keepalive_timeout 65;
    client_body_temp_path {dir}/temp/body;
    proxy_temp_path {dir}/temp/proxy;
    fastcgi_temp_path {dir}/temp/fastcgi;
    uwsgi_temp_path {dir}/temp/uwsgi;
    scgi_temp_path {dir}/temp/scgi;

    include {dir}/iop.conf;
}}
"""

# deploy/nginx.conf's `iop` log format, read back.
LOG_LINE = re.compile(
    r'\S+ \[[^]]+\] (?P<msec>[\d.]+) "(?P<method>\S+) (?P<uri>\S+) [^"]*" (?P<status>\d+) \d+ \S+ '
    r"upstream=(?P<upstream>.*?) upstream_status=(?P<upstream_status>.*?) "
    r"upstream_time=.*? cache=(?P<cache>\S*)$"
)


def missing():
    """Why nginx cannot run here, or None when it can."""
    if not Path(NGINX).is_file():
        return f"nginx is not installed ({INSTALL})"
    if not BROTLI_MODULE.is_file():
        return f"nginx's Brotli module is not at {BROTLI_MODULE} ({INSTALL})"
    if not MIME_TYPES.is_file():
        return f"{MIME_TYPES} is missing (Debian's nginx-common provides it)"
    return None


def renderer():
    """deploy/nginx_config.py, which lives outside any package."""
    spec = importlib.util.spec_from_file_location("nginx_config", ROOT / "deploy" / "nginx_config.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def main_config(directory, site_file):
    """nginx's main file for `directory`, including `site_file`. As root the
    workers stay root, so that they can use folders only root may enter."""
    user = "user root;\n" if os.geteuid() == 0 else ""
    text = MAIN.format(user=user, dir=directory, brotli=BROTLI_MODULE, mime=MIME_TYPES)
    return text.replace(f"include {directory}/iop.conf;", f"include {site_file};")


def compiled_prefix():
    """Where nginx resolves relative paths by default (Debian: /usr/share/nginx)."""
    result = subprocess.run([NGINX, "-V"], capture_output=True, text=True, check=False, timeout=30)
    match = re.search(r"--prefix=(\S+)", result.stderr)
    return match[1] if match else "/usr/share/nginx"


def check_config(directory, main_file, prefix=None):
    """(accepted, nginx's own words) for `nginx -t`; `prefix` defaults to `directory`."""
    error_log = str(Path(directory) / "error.log")
    result = subprocess.run(
        [NGINX, "-t", "-p", str(prefix or directory), "-e", error_log, "-c", str(main_file)],
        capture_output=True,
        text=True,
        check=False,
        timeout=30,
    )
    return result.returncode == 0, (result.stdout + result.stderr).strip()


class Nginx:
    """deploy/nginx.conf on 127.0.0.1:`port` in front of `app_servers`."""

    def __init__(self, directory, port, app_servers, media_root, page_cache_seconds=1):
        self.directory = Path(directory)
        self.port = port
        self.app_servers = list(app_servers)
        self.media_root = media_root
        self.page_cache_seconds = page_cache_seconds
        self.access_log = self.directory / "access.log"
        self.main_file = self.directory / "nginx.conf"
        self.process = None

    def write_config(self):
        for name in ("cache", "temp"):
            (self.directory / name).mkdir(parents=True, exist_ok=True)
        site = renderer().render(
            app_servers=self.app_servers,
            server_name="127.0.0.1",
            plain_listen=f"127.0.0.1:{self.port}",
            cache_dir=self.directory / "cache",
            access_log=self.access_log,
            media_root=self.media_root,
            page_cache_seconds=self.page_cache_seconds,
        )
        (self.directory / "iop.conf").write_text(site, encoding="utf-8")
        self.main_file.write_text(main_config(self.directory, self.directory / "iop.conf"), encoding="utf-8")
        return self.main_file

    def check(self):
        return check_config(self.directory, self.main_file)

    def start(self, timeout=15):
        self.write_config()
        accepted, words = self.check()
        if not accepted:
            raise RuntimeError(f"nginx -t refused the configuration:\n{words}")
        command = [NGINX, "-p", str(self.directory), "-e", str(self.directory / "error.log")]
        command += ["-c", str(self.main_file)]
        with open(self.directory / "nginx.out", "w", encoding="utf-8") as out:
            self.process = subprocess.Popen(
                command, stdout=out, stderr=subprocess.STDOUT, start_new_session=True
            )
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"nginx exited with {self.process.returncode}:\n{self.error_log()}")
            if _accepts(self.port):
                return
            time.sleep(0.05)
        self.stop()
        raise RuntimeError(f"nginx did not listen on {self.port} within {timeout} s:\n{self.error_log()}")

    def stop(self):
        """QUIT (finish what is in flight), then KILL the group if it lingers."""
        if self.process is None:
            return
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGQUIT)
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                with suppress(ProcessLookupError):
                    os.killpg(self.process.pid, signal.SIGKILL)
                self.process.wait(timeout=10)
        with suppress(ProcessLookupError):
            os.killpg(self.process.pid, signal.SIGKILL)

    def error_log(self, size=3000):
        with suppress(OSError):
            return (self.directory / "error.log").read_text(encoding="utf-8", errors="replace")[-size:]
        return ""

    def log_size(self):
        with suppress(OSError):
            return self.access_log.stat().st_size
        return 0

    def log_entries(self, since=0):
        """Access-log lines from byte `since` on, as dicts; `upstreams` and
        `upstream_statuses` list every server tried, in order."""
        with suppress(OSError), open(self.access_log, encoding="utf-8", errors="replace") as log:
            log.seek(since)
            return [_entry(m) for line in log if (m := LOG_LINE.match(line.rstrip("\n")))]
        return []


def _entry(match):
    entry = match.groupdict()
    entry["msec"] = float(entry["msec"])
    entry["status"] = int(entry["status"])
    entry["upstreams"] = [
        u.strip() for u in entry["upstream"].replace(" : ", ", ").split(",") if u.strip() != "-"
    ]
    entry["upstream_statuses"] = [s.strip() for s in entry["upstream_status"].replace(" : ", ", ").split(",")]
    return entry


def _accepts(port):
    with socket.socket() as sock:
        sock.settimeout(0.5)
        return sock.connect_ex(("127.0.0.1", port)) == 0
