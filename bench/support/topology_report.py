"""bench/topology.py's printed figures, one function per step."""

import os
from collections import Counter


def print_setup(topology, nginx_version, commit):
    plan, servers, proxy = topology.plan, topology.servers, topology.proxy
    data = "36 demonstration centers" if plan.demo else f"SAMHSA's 2022 directory from {plan.data}"
    print(f"topology.py: measured {commit}, {os.cpu_count()} cores, everything on 127.0.0.1")
    print(
        f"  nginx {nginx_version} on :{proxy.port} (deploy/nginx.conf, page cache "
        f"{plan.page_cache_seconds} s, config and logs in {proxy.directory})"
    )
    for server in servers.values():
        print(f"  app server {server.name}: gunicorn, 2 sync workers, on :{server.port}")
    print(
        f"  PostgreSQL database {plan.database}, Redis db {plan.redis_db} (flushed first); {data}; "
        f"static files: {plan.static_storage}"
    )
    print(f"  prepared and started in {topology.prepared_seconds:.1f} s")


def print_editor_save(figures):
    print("1. An editor's save on app server A (signed in to its admin, change form posted), read elsewhere")
    print(
        f"   readers poll every 20 ms from before the save; the article through nginx before it: "
        f"X-Cache-Status {figures['nginx_before']}"
    )
    for label, first in figures["first"].items():
        always = figures["always"][label]
        if first is None:
            print(f"   {label:22} new title NOT seen within {figures['timeout']:g} s")
            continue
        print(
            f"   {label:22} new title first after {first:5.2f} s, in every answer from {always:5.2f} s "
            f"({figures['polls'][label]} reads after the save)"
        )


def print_callbacks(figures):
    limit = figures["limit"]
    print(f"2. Callback requests from one address (limit {limit} an hour per address, shared through Redis)")
    direct = figures["direct"]
    accepted = Counter(server for server, outcome in direct if outcome == "accepted")
    print(
        f"   directly, alternately to A and B, X-Forwarded-For 198.51.100.23: {len(direct)} sent, "
        f"{sum(accepted.values())} accepted (A {accepted['A']}, B {accepted['B']}); "
        + ", ".join(f"{o} {n}" for o, n in Counter(o for _s, o in direct).items())
    )
    through = figures["through_nginx"]
    accepted = Counter(server for server, outcome in through if outcome == "accepted")
    served = Counter(server for server, _outcome in through)
    print(
        f"   through nginx, each with a different made-up X-Forwarded-For: {len(through)} sent "
        f"(to A {served['A']}, B {served['B']}), {sum(accepted.values())} accepted "
        f"(A {accepted['A']}, B {accepted['B']}); "
        + ", ".join(f"{o} {n}" for o, n in Counter(o for _s, o in through).items())
    )
    print(f"   rows stored: {figures['stored']} (accepted in all: {count_accepted(figures)})")


def count_accepted(figures):
    return sum(o == "accepted" for _s, o in figures["direct"] + figures["through_nginx"])


def print_kill(figures, connections):
    records, after = figures["records"], figures["after"]
    failed = [r for r in records + after if r.failed]
    kinds = Counter(r.kind for r in records)
    print(
        f"3. App server B SIGKILLed (master and workers) {figures['killed_into_run']:.1f} s into "
        f"{figures['seconds']:.1f} s of load through nginx ({connections} connections: "
        + ", ".join(f"{k} {n}" for k, n in kinds.items())
        + ")"
    )
    print(
        f"   requests {len(records)} during the load (+{len(after)} after it, until nginx used B again); "
        f"failed {len(failed)}"
    )
    for record in failed[:10]:
        print(
            f"     {record.kind}: {record.status or record.error} at "
            f"{record.started - records[0].started:.2f} s into the load"
        )
    print(
        f"   nginx retried {figures['retried']} requests on the other server (proxy_next_upstream); "
        f"answered {figures['nginx_5xx']} with 5xx"
    )
    print(f"   B started again at once: answers /healthz {figures['healthy_after']:.2f} s after the kill")
    again = figures["nginx_again_after"]
    print(
        "   nginx sends B traffic again "
        + (f"{again:.2f} s after the kill" if again is not None else "NOT within the time allowed")
        + " (it tries a failed server again after fail_timeout=5s)"
    )


def print_throughput(results, seconds, rounds, connections):
    print(
        f"4. Requests per second through nginx, {seconds:g} s per page in {rounds} interleaved rounds, "
        f"{connections} keep-alive connections (Python threads on the same 2 cores)"
    )
    base = results["/healthz"]["rps"] or 1.0
    print(
        f"   {'page':26} {'req/s':>8} {'ratio':>6} {'p50 ms':>7} {'p99 ms':>7} {'requests':>8} "
        f"{'failed':>6} {'busy':>5}  X-Cache-Status"
    )
    for label, row in results.items():
        cache = ", ".join(
            f"{status} {n / max(1, sum(row['cache'].values())):.0%}"
            for status, n in row["cache"].most_common()
        )
        print(
            f"   {label:26} {row['rps']:8.1f} {row['rps'] / base:6.2f} {_ms(row['p50'])} {_ms(row['p99'])} "
            f"{row['requests']:8d} {row['failed']:6d} {row['busy_cores']:5.2f}  {cache}"
        )
    print(
        "   ratio = req/s / req/s of /healthz (which nginx never caches: it goes to an app server each time);"
    )
    print(
        "   busy = cores of the machine busy meanwhile (nginx, gunicorn, the client threads, anything else)"
    )


def print_wire(rows, static_path, static_rows):
    print("   the article on the wire (through nginx):")
    for asked, size, encoding, cache in rows:
        print(
            f"     Accept-Encoding: {asked:8} {size:7,d} B  Content-Encoding {encoding:5} "
            f"X-Cache-Status {cache}"
        )
    if static_path:
        print(f"   its stylesheet {static_path} (proxied to WhiteNoise, kept by nginx):")
        for asked, attempt, status, size, encoding, cache, control in static_rows:
            print(
                f"     {asked:4} {attempt:5} {status} {size:6,d} B  Content-Encoding {encoding:4} "
                f"X-Cache-Status {cache:5} Cache-Control {control}"
            )


def _ms(value):
    return f"{value:7.1f}" if value is not None else f"{'-':>7}"
