"""What bench/topology.py (and tests/deploy/) measure on the running topology:

  editor_save      an editor saves the article in the admin of app server A;
                   how long until app server B, and nginx, show the change
  callback_limits  callback requests from one address, alternately to A and B
                   directly (the same X-Forwarded-For entry) and through
                   nginx (with made-up X-Forwarded-For entries): accepted in all
  kill_under_load  app server B SIGKILLed (master and workers) during a load
                   through nginx and started again: failed requests, and how
                   long until B answers and until nginx sends it traffic again

Each returns a dict of figures; nothing is asserted here."""

import threading
import time
from uuid import uuid4

from support import topology_load
from support.client import Visitor, form_fields, tokens
from support.site import ARTICLE, django_json
from support.topology import EDITOR
from support.visitors import CALL_ME, THANKS, PhoneBook, models_json

# A documentation address (RFC 5737), as if nginx had appended it.
DIRECT_ADDRESS = "198.51.100.23"


def article_change_url(env):
    code = (
        "import json; from programs.models import Article; "
        "print(json.dumps(Article.objects.get(slug='intensive-outpatient-programs').pk))"
    )
    return f"/admin/programs/article/{django_json(env, code)}/change/"


def sign_in(visitor, password):
    page = visitor.get("/admin/login/")
    fields = {"username": EDITOR, "password": password, "next": "/admin/"}
    answer = visitor.post_form("/admin/login/", {**fields, **tokens(page.text)})
    if answer.status != 302:
        raise RuntimeError(f"signing in to the admin answered {answer.status}")


def editor_save(topology, timeout=10.0, interval=0.02, settle=2.0):
    """Save a new title through A's admin while readers poll B directly and
    nginx (from before the save, as on a live site); when each first showed
    it, and from when on it always did (checked for `settle` seconds more)."""
    server_a, server_b = topology.servers["A"], topology.servers["B"]
    readers = {"app server B directly": Visitor(server_b.port), "nginx": Visitor(topology.proxy.port)}
    for _ in range(6):  # every cache warm: nginx's, B's workers' own copies, Redis
        for reader in readers.values():
            reader.get(ARTICLE)
    before = readers["nginx"].get(ARTICLE).headers.get("X-Cache-Status", "-")
    editor = Visitor(server_a.port)
    sign_in(editor, topology.password)
    change = article_change_url(topology.env)
    fields = form_fields(editor.get(change).text)
    title = f"Intensive outpatient programs, saved on app server A ({uuid4().hex[:8]})"
    if "title_en" not in fields:
        raise RuntimeError("the article's admin form has no English title box (title_en)")
    fields["title_en"] = title  # the English box: the admin has one per language
    seen = {label: [] for label in readers}  # (when the answer came, showed the new title)
    stop = threading.Event()

    def read(label):
        while not stop.is_set():
            shows = title in readers[label].get(ARTICLE).text
            seen[label].append((time.monotonic(), shows))
            stop.wait(interval)

    threads = [threading.Thread(target=read, args=(label,), daemon=True) for label in readers]
    for thread in threads:
        thread.start()
    time.sleep(1.0)
    answer = editor.post_form(change, fields)
    saved = time.monotonic()
    if answer.status != 302:
        stop.set()
        raise RuntimeError(f"the admin did not save the article (answered {answer.status})")
    while time.monotonic() < saved + timeout and not all(_settled(seen[label], settle) for label in readers):
        time.sleep(0.1)
    stop.set()
    for thread in threads:
        thread.join(timeout=10)
    return {
        "first": {label: _first_new(seen[label], saved) for label in readers},
        "always": {label: _always_new(seen[label], saved) for label in readers},
        "polls": {label: sum(when > saved for when, _shows in seen[label]) for label in readers},
        "nginx_before": before,
        "timeout": timeout,
    }


def _first_new(observations, saved):
    return next((when - saved for when, shows in list(observations) if shows), None)


def _always_new(observations, saved):
    """Seconds after the save from which every answer showed the change."""
    observations = list(observations)
    old = [i for i, (_when, shows) in enumerate(observations) if not shows]
    after = observations[old[-1] + 1 :] if old else observations
    return after[0][0] - saved if after else None


def _settled(observations, settle):
    observations = list(observations)
    first = next((when for when, shows in observations if shows), None)
    return first is not None and observations[-1][0] - first >= settle and observations[-1][1]


def ask_for_callback(visitor, form, phone, forwarded_for):
    """POST the /call-me/ form (`form`: its tokens) filled in; 'accepted',
    'refused' (429) or the status."""
    fields = {"phone": phone, "name": "", "best_time": "asap", "consent": "on", "website": "", **form}
    answer = visitor.post_form(CALL_ME, fields, headers={"X-Forwarded-For": forwarded_for})
    if answer.status == 302 and answer.headers.get("Location", "").startswith(THANKS):
        return "accepted"
    return "refused" if answer.status == 429 else f"answered {answer.status}"


def callback_limits(topology, extra=3, seed=7):
    """`limit + extra` requests directly, A and B in turn, each with the form
    from the server it posts to; as many through nginx, with one form (one
    CSRF cookie and token, one signed consent) posted each time, so that
    nginx's round robin also alternates them."""
    limit = django_json(
        topology.env,
        "import json; from programs.callbacks.views import CallMeView; "
        "print(json.dumps(CallMeView.ADDRESS_LIMIT))",
    )
    phones = PhoneBook(seed)
    servers = [topology.servers["A"], topology.servers["B"]]
    direct = []
    for n in range(limit + extra):
        server = servers[n % 2]
        visitor = Visitor(server.port)
        form = tokens(visitor.get(CALL_ME).text)
        direct.append((server.name, ask_for_callback(visitor, form, phones.next()[0], DIRECT_ADDRESS)))
    proxy = topology.proxy
    visitor = Visitor(proxy.port)
    form = tokens(visitor.get(CALL_ME).text)
    mark = proxy.log_size()
    outcomes = [
        ask_for_callback(visitor, form, phones.next()[0], f"203.0.113.{n + 1}") for n in range(limit + extra)
    ]
    names = {server.address: server.name for server in servers}
    posts = _logged_posts(proxy, mark, len(outcomes))
    served_by = [names.get(entry["upstreams"][-1], "?") if entry["upstreams"] else "?" for entry in posts]
    through = list(zip(served_by, outcomes, strict=True))
    stored = models_json(topology.env, "C.objects.count()")
    return {"limit": limit, "direct": direct, "through_nginx": through, "stored": stored}


def _logged_posts(proxy, mark, count, timeout=5.0):
    """The POSTs nginx logged since `mark`, once all `count` are written (a
    worker writes its log line after the answer has gone to the client)."""
    deadline = time.monotonic() + timeout
    while True:
        posts = [e for e in proxy.log_entries(mark) if e["method"] == "POST"]
        if len(posts) >= count or time.monotonic() > deadline:
            return posts
        time.sleep(0.05)


def kill_under_load(topology, choose, seconds, connections=8, victim="B", kill_after=None, back_timeout=30.0):
    """SIGKILL `victim` `kill_after` seconds into a load through nginx, start
    it again at once; keep asking (lightly) after the load until nginx has
    sent it a request again."""
    server, proxy = topology.servers[victim], topology.proxy
    kill_after = seconds / 3 if kill_after is None else kill_after
    mark = proxy.log_size()

    def kill_and_restart(started):
        time.sleep(max(0.0, started + kill_after - time.monotonic()))
        killed = (time.monotonic(), time.time())
        server.kill()
        restarting = time.time()
        server.start()  # returns once both workers are up and /healthz answers
        return {"killed": killed, "restarting_wall": restarting, "healthy": time.monotonic()}

    records, elapsed, outcome = topology_load.run(proxy.port, choose, seconds, connections, kill_and_restart)
    if "killed" not in outcome:
        raise RuntimeError(f"app server {victim} was not started again")
    after, served_again = [], None
    deadline = time.monotonic() + back_timeout
    while served_again is None and time.monotonic() < deadline:
        served_again = _first_served_by(proxy.log_entries(mark), server.address, outcome["restarting_wall"])
        if served_again is None:
            more, _elapsed, _ = topology_load.run(proxy.port, choose, 0.2, connections=2)
            after += more
    killed_at, killed_wall = outcome["killed"]
    entries = proxy.log_entries(mark)
    return {
        "seconds": elapsed,
        "records": records,
        "after": after,
        "killed_into_run": killed_at - records[0].started if records else 0.0,
        "healthy_after": outcome["healthy"] - killed_at,
        "nginx_again_after": served_again - killed_wall if served_again else None,
        "retried": sum(len(e["upstreams"]) > 1 for e in entries),
        "nginx_5xx": sum(e["status"] >= 500 for e in entries),
        "killed_wall": killed_wall,
        "killed_at": killed_at,
    }


def _first_served_by(entries, address, since_wall):
    for entry in entries:
        ok = entry["upstream_statuses"][-1:] and entry["upstream_statuses"][-1][:1] in ("2", "3")
        if entry["msec"] >= since_wall and entry["upstreams"][-1:] == [address] and ok:
            return entry["msec"]
    return None
