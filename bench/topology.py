"""Benchmark: the deployment of deploy/README.md, proven on this machine.

Starts, on 127.0.0.1 only and each on a free port: nginx (Debian's, with
deploy/nginx.conf filled in by deploy/nginx_config.py, its prefix, pid, logs
and cache in a temporary folder, in the foreground) in front of two app
servers A and B, each its own gunicorn (iop_site/gunicorn.conf.py) with two
sync workers, sharing one PostgreSQL database (--database, default
iop_topology, dropped and created again, then dropped at the end) and Redis
database 10 (flushed first and at the end: cached pages of an earlier run
came from another database). The site is migrated and given its content and
SAMHSA's 2022 directory (or, with --demo, the 36 demonstration centers),
static files are collected (manifest storage, as in production) and an
editor's account is made. The app servers run production settings behind
the proxy: DJANGO_PROXY_SSL_HEADER=HTTP_X_FORWARDED_PROTO,https,
RATE_LIMIT_CLIENT_HEADER=HTTP_X_FORWARDED_FOR, RATE_LIMIT_TRUSTED_PROXIES=1
(nginx listens on plain http here, so no https redirect and no Secure cookies).

Then it prints:

1. an editor's save: the article's title changed in the admin of app server A
   (signed in, change form posted) while readers poll the article every 20 ms
   on app server B directly and through nginx, from a second before the save
   (every cache warm); when each first showed the new title, and from when on
   every answer did;
2. callback requests from one address, alternately to A and B directly with
   the same X-Forwarded-For entry, then through nginx (one form posted again
   and again, so round robin alternates the servers) with made-up
   X-Forwarded-For entries (nginx appends the real one, which alone is
   believed): accepted in all against the per-address limit, rows stored;
3. app server B SIGKILLed (master and workers at once) a third into a load of
   public pages through nginx (--kill-seconds, default 30; article, 500 center
   pages, searches nobody made before), and started again at once: failed
   requests (target 0: nginx tries the other server), requests nginx retried,
   and how long until B answers /healthz and until nginx sends it traffic;
4. requests per second through nginx for /healthz, the article, a center page
   and a search nobody made before (each request a new one), as ratios to
   /healthz, with the share of each X-Cache-Status; the article's bytes on
   the wire as identity, gzip and Brotli; and the stylesheet through nginx.

The load generator is Python threads with keep-alive connections, on the
same 2 cores as everything else: for pages nginx serves from its cache it,
not nginx, is the limit. Figures are reported, not asserted.

Usage: .venv/bin/python bench/topology.py [--demo] [--kill-seconds 30] [--seconds 12] [--rounds 3]
       [--connections 16] [--database iop_topology] [--data DIR] [--keep-database]
"""

import argparse
import subprocess
import tempfile
from pathlib import Path

from support import nginx, topology_load, topology_pages, topology_report, topology_steps
from support.client import Visitor
from support.site import ARTICLE, DEFAULT_DATA, check_data, revision
from support.topology import Plan, postgres_missing, redis_missing, running


def arguments():
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--demo", action="store_true", help="the 36 demonstration centers, not SAMHSA's directory"
    )
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="SAMHSA's files")
    parser.add_argument(
        "--database", default="iop_topology", help="PostgreSQL database (dropped and created)"
    )
    parser.add_argument("--keep-database", action="store_true", help="do not drop the database at the end")
    parser.add_argument("--kill-seconds", type=float, default=30, help="length of step 3's load (default 30)")
    parser.add_argument("--seconds", type=float, default=12, help="step 4: seconds per page (default 12)")
    parser.add_argument("--rounds", type=int, default=3, help="step 4: interleaved rounds (default 3)")
    parser.add_argument("--connections", type=int, default=16, help="step 4: connections (default 16)")
    return parser.parse_args()


def nginx_version():
    result = subprocess.run([nginx.NGINX, "-v"], capture_output=True, text=True, check=False, timeout=10)
    return result.stderr.strip().split("/")[-1]


def main():
    args = arguments()
    for reason in (nginx.missing(), postgres_missing(), redis_missing()):
        if reason:
            raise SystemExit(reason)
    if not args.demo:
        check_data(args)
    with tempfile.TemporaryDirectory(prefix="iop-topology-") as directory:
        plan = Plan(
            Path(directory),
            args.database,
            demo=args.demo,
            data=args.data,
            static_storage="manifest",
            keep_database=args.keep_database,
        )
        with running(plan) as topology:
            run_steps(topology, args)


def run_steps(topology, args):
    topology_report.print_setup(topology, nginx_version(), revision())
    print()
    topology_report.print_editor_save(topology_steps.editor_save(topology))
    print()
    topology_report.print_callbacks(topology_steps.callback_limits(topology))
    print()
    centers = topology_pages.centers(topology.env)
    searches = topology_load.Unique(topology_pages.searches(topology.plan, 40_000))
    choose = topology_load.mix(
        [
            ("article", [ARTICLE], 3),
            ("center page", centers, 3),
            ("search", lambda: searches(), 2),
        ]
    )
    kill = topology_steps.kill_under_load(topology, choose, args.kill_seconds, connections=8)
    topology_report.print_kill(kill, connections=8)
    print()
    pages = {
        "/healthz": topology_pages.fixed("/healthz"),
        "article": topology_pages.fixed(ARTICLE),
        "center page": topology_pages.fixed(centers[0]),
        "search nobody made before": lambda: ("search", searches()),
    }
    warm = Visitor(topology.proxy.port)
    for _ in range(10):  # the fixed pages through both servers and into nginx's cache
        for path in ("/healthz", ARTICLE, centers[0]):
            warm.get(path)
    results = topology_pages.throughput(
        topology.proxy.port, pages, args.seconds, args.rounds, args.connections
    )
    topology_report.print_throughput(results, args.seconds, args.rounds, args.connections)
    static_path, static_rows = topology_pages.static_file(topology.proxy.port)
    topology_report.print_wire(topology_pages.wire_bytes(topology.proxy.port), static_path, static_rows)
    print(f"   center page: {centers[0]}; searches handed out {searches.handed}, reused {searches.reused}")


if __name__ == "__main__":
    main()
