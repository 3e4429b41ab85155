"""gunicorn on 127.0.0.1 for a benchmark: a free port, start and wait (bounded),
stop in a `finally`, one-off GET requests, its workers and the CPU it used."""

import http.client
import os
import signal
import socket
import subprocess
import sys
import threading
import time
from contextlib import nullcontext, suppress
from pathlib import Path

from support.site import ROOT

HOST = "127.0.0.1"
TICK = os.sysconf("SC_CLK_TCK")


def free_port():
    with socket.socket() as sock:
        sock.bind((HOST, 0))
        return sock.getsockname()[1]


def get(port, path, headers=None, timeout=30):
    """(response, body) of one GET on a new connection (sync workers close each one)."""
    connection = http.client.HTTPConnection(HOST, port, timeout=timeout)
    try:
        connection.request("GET", path, headers={"Host": HOST, **(headers or {})})
        response = connection.getresponse()
        return response, response.read()
    finally:
        connection.close()


def healthy(port):
    try:
        return get(port, "/healthz", timeout=2)[0].status == 200
    except (OSError, http.client.HTTPException):
        return False


def start_server(env, port, workers, log_path=None, access_log="/dev/null", access_format=None, timeout=30):
    """gunicorn with iop_site/gunicorn.conf.py and `workers` sync workers, in its
    own process group, once /healthz answers and every worker is there. Its
    output goes to `log_path`, or to ours when there is none."""
    command = [sys.executable, "-m", "gunicorn", "--config", "iop_site/gunicorn.conf.py"]
    command += ["--workers", str(workers), "--bind", f"{HOST}:{port}", "--access-logfile", access_log]
    if access_format:
        command += ["--access-logformat", access_format]
    command.append("iop_site.wsgi")
    see = f"; see {log_path}" if log_path else ""
    # The child keeps its own copy of the log file.
    with open(log_path, "w", encoding="utf-8") if log_path else nullcontext() as log:
        output = {"stdout": log, "stderr": subprocess.STDOUT} if log else {}
        server = subprocess.Popen(command, cwd=ROOT, env=env, start_new_session=True, **output)
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise SystemExit(f"gunicorn exited with {server.returncode}{see}")
        if len(worker_pids(server.pid)) >= workers and healthy(port):
            return server
        time.sleep(0.2)
    stop_server(server)
    raise SystemExit(f"gunicorn did not start within {timeout:g} s{see}")


def stop_server(server):
    """TERM the master, which stops its workers gracefully; KILL the whole
    process group if it lingers, and any worker that outlived its master."""
    if server.poll() is None:
        server.terminate()
        try:
            server.wait(timeout=30)
        except subprocess.TimeoutExpired:
            with suppress(ProcessLookupError):
                os.killpg(server.pid, signal.SIGKILL)
            server.wait(timeout=10)
    with suppress(ProcessLookupError):
        os.killpg(server.pid, signal.SIGKILL)


def worker_pids(master):
    """The master's child processes (its workers), from /proc or pgrep."""
    pids = set()
    try:
        for task in Path(f"/proc/{master}/task").iterdir():
            pids.update(int(pid) for pid in (task / "children").read_text().split())
        return pids
    except OSError:
        result = subprocess.run(
            ["pgrep", "-P", str(master)], capture_output=True, text=True, check=False, timeout=10
        )
        return {int(pid) for pid in result.stdout.split()}


def stat_fields(pid):
    """/proc/PID/stat after the command name: [state, ppid, ...]; OSError once it has gone."""
    stat = Path(f"/proc/{pid}/stat").read_text()
    return stat[stat.rindex(")") + 2 :].split()


def cpu_ticks(pid):
    fields = stat_fields(pid)
    return int(fields[11]) + int(fields[12])  # utime + stime


def machine_busy_seconds():
    """CPU seconds all cores have spent busy since boot (/proc/stat)."""
    fields = [int(n) for n in Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:9]]
    user, nice, system, _idle, _iowait, irq, softirq, steal = fields
    return (user + nice + system + irq + softirq + steal) / TICK


def process_seconds(pid, children):
    """CPU seconds of `pid`, and of its reaped children if `children`."""
    try:
        fields = [int(n) for n in stat_fields(pid)[11:15]]
    except OSError:
        return 0.0
    return (fields[0] + fields[1] + (fields[2] + fields[3] if children else 0)) / TICK


class CpuMeter:
    """How busy the machine was, and how much of that was this benchmark:
    gunicorn (master, live workers, and workers it reaped) and this process
    (client threads, and child processes it waited for, such as wrk). The
    rest is other processes on the machine, which make the figures noisy."""

    def __init__(self, master):
        self.master = master

    def sample(self):
        server = process_seconds(self.master, children=True) + sum(
            process_seconds(pid, children=False) for pid in worker_pids(self.master)
        )
        times = os.times()
        client = times.user + times.system + times.children_user + times.children_system
        return time.monotonic(), machine_busy_seconds(), server, client

    @staticmethod
    def cores(before, after):
        """(machine, server, client, others) in cores, between two samples."""
        elapsed = after[0] - before[0]
        machine, server, client = ((after[i] - before[i]) / elapsed for i in (1, 2, 3))
        return machine, server, client, max(0.0, machine - server - client)


class WorkerWatch(threading.Thread):
    """Samples the master's worker pids every 10 ms until stopped."""

    def __init__(self, master):
        super().__init__(name="worker-watch", daemon=True)
        self.master = master
        self.samples = []  # (time, frozenset of pids), on change only
        self.stopped = threading.Event()

    def run(self):
        last = None
        while not self.stopped.is_set():
            pids = frozenset(worker_pids(self.master))
            if pids != last:
                self.samples.append((time.monotonic(), pids))
                last = pids
            self.stopped.wait(0.01)

    def stop(self):
        self.stopped.set()
        self.join(timeout=5)


def new_workers(samples, initial, start=None, end=None):
    """Worker pids that first appeared in `samples` (between `start` and `end`,
    if given), in order, less those in `initial`."""
    seen, new = set(initial), []
    for moment, pids in samples:
        if (start is None or start <= moment) and (end is None or moment <= end):
            new += [(moment, pid) for pid in sorted(pids - seen)]
        seen |= pids
    return new
