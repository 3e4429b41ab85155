"""The deployment of deploy/README.md, tried on this machine: Debian's nginx
in front of two gunicorns sharing PostgreSQL and Redis (bench/support/topology.py
starts them; the benchmark bench/topology.py uses the same harness).

Without nginx (apt-get install nginx libnginx-mod-http-brotli-filter),
PostgreSQL on 127.0.0.1:5432 or Redis on 127.0.0.1:6379 these tests skip
with the reason; with REQUIRE_TOPOLOGY_TESTS=1 (CI) that skip is a failure.
"""

import os
import sys
from pathlib import Path

import pytest

# The harness lives with the benchmarks, which import it as `support`.
BENCH = str(Path(__file__).resolve().parents[2] / "bench")
if BENCH not in sys.path:
    sys.path.append(BENCH)

_skipped_because = []


def require(reason):
    """Go on when `reason` is None; otherwise skip, or fail under REQUIRE_TOPOLOGY_TESTS=1."""
    if reason is None:
        return
    if os.environ.get("REQUIRE_TOPOLOGY_TESTS") == "1":
        pytest.fail(f"Topology tests are required (REQUIRE_TOPOLOGY_TESTS=1) but {reason}", pytrace=False)
    _skipped_because.append(reason)
    pytest.skip(f"Topology tests skipped: {reason}")


def pytest_terminal_summary(terminalreporter):
    if _skipped_because:
        terminalreporter.write_line(
            f"TOPOLOGY TESTS SKIPPED: {_skipped_because[0]}. "
            "Set REQUIRE_TOPOLOGY_TESTS=1 to make this a failure.",
            yellow=True,
            bold=True,
        )


@pytest.fixture
def nginx_ready():
    from support import nginx

    require(nginx.missing())


@pytest.fixture(scope="module")
def topology(tmp_path_factory):
    """nginx, app servers A and B (two workers each), their own PostgreSQL
    database and Redis db 10 (emptied before and after), with the
    demonstration centers; all of it stopped and dropped at the end of the
    module."""
    from support import nginx
    from support.topology import Plan, postgres_missing, redis_missing, running

    require(nginx.missing() or postgres_missing() or redis_missing())
    directory = tmp_path_factory.mktemp("topology")
    plan = Plan(directory, database=f"iop_topology_test_{os.getpid()}", demo=True)
    with running(plan) as topology:
        yield topology
