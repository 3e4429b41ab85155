"""load.py's visitors: client threads that read pages, search and ask for
call-backs over loopback until a shared budget of time and requests is spent,
the fictional numbers they use, and the database rows to check them against."""

import http.client
import http.cookies
import os
import random
import re
import signal
import threading
import time
from urllib.parse import urlencode

from support.server import HOST, worker_pids
from support.site import ARTICLE, django_json

CALL_ME = "/call-me/"
THANKS = "/call-me/thanks/"
# Steps a client thread chooses from, and how often (a callback is 3 requests).
STEPS = {"article": 3, "finder": 3, "center": 3, "callback": 1}
# Area codes across the states and DC (each valid with 555-01XX); 100 numbers each.
# fmt: off
AREA_CODES = [
    212, 312, 415, 213, 617, 202, 305, 404, 206, 303, 512, 602, 702, 503, 214, 713, 215, 313,
    612, 314, 412, 216, 317, 414, 502, 615, 901, 504, 801, 505, 907, 808, 401, 207, 802, 603,
    302, 304, 406, 307, 701, 605, 402, 515, 316, 405, 501, 601, 205, 803, 704, 804, 410, 860,
    518, 716, 916, 619, 360, 775,
]
# fmt: on
FORMATS = ["({a}) 555-0{n}", "{a}-555-0{n}", "{a}.555.0{n}", "+1 {a} 555 0{n}", "1{a}5550{n}"]
NAMES = ["", "", "Sam", "A. J.", "María", "Lee", "Jo"]
BEST_TIMES = ["asap", "morning", "afternoon", "evening"]
TOKEN = re.compile(r'name="(csrfmiddlewaretoken|consent_token)" value="([^"]*)"')


def models_json(env, expression):
    """`expression`, in `manage.py shell` with T = TreatmentCenter and C = CallbackRequest, as JSON."""
    return django_json(
        env,
        "import json; from programs.models import CallbackRequest as C, TreatmentCenter as T; "
        f"print(json.dumps({expression}))",
    )


def center_urls(env):
    """Every listed center's own address, in primary-key order."""
    return models_json(
        env, "[c.get_absolute_url() for c in T.objects.listed().only('state', 'city', 'slug').order_by('pk')]"
    )


def delete_callbacks(env):
    return models_json(env, "C.objects.all().delete()[0]")


def stored_callback_phones(env):
    return models_json(env, "list(C.objects.values_list('phone', flat=True))")


class Budget:
    """Stops every client at the deadline or after `count` requests."""

    def __init__(self, seconds, count):
        self.deadline = time.monotonic() + seconds
        self.left = count
        self.lock = threading.Lock()

    def take(self):
        if time.monotonic() >= self.deadline:
            return False
        with self.lock:
            if self.left <= 0:
                return False
            self.left -= 1
            return True


class PhoneBook:
    """Fictional numbers, each handed out once: (typed form, E.164, client address)."""

    def __init__(self, seed):
        rng = random.Random(seed)
        codes = list(dict.fromkeys(AREA_CODES))
        self.entries = [
            (rng.choice(FORMATS).format(a=area, n=n), f"+1{area}5550{n}")
            for area in codes
            for n in range(100, 200)
        ]
        rng.shuffle(self.entries)
        self.used = 0
        self.lock = threading.Lock()

    def next(self):
        with self.lock:
            if self.used >= len(self.entries):
                return None
            self.used += 1
            typed, e164 = self.entries[self.used - 1]
            # One /64 per visitor: the rate limits count an IPv6 /64 as one client.
            return typed, e164, f"2001:db8:{self.used >> 16:x}:{self.used & 0xFFFF:x}::1"


class Client(threading.Thread):
    """One visitor after another over one http.client connection."""

    def __init__(self, index, port, seed, budget, searches, centers, phones):
        super().__init__(name=f"client-{index}", daemon=True)
        self.port, self.budget = port, budget
        self.rng = random.Random(seed + index)
        self.searches, self.centers, self.phones = searches, centers, phones
        self.connection = http.client.HTTPConnection(HOST, port, timeout=35)
        # (kind, started, ended, status or None, error name or None)
        self.records = []
        self.submitted, self.accepted, self.unknown = [], [], []
        self.reconnects = 0

    def run(self):
        steps, weights = list(STEPS), list(STEPS.values())
        while True:
            step = self.rng.choices(steps, weights)[0]
            if step == "callback":
                done = self.callback()
            elif step == "article":
                done = self.fetch("article", "GET", ARTICLE) is not False
            elif step == "finder":
                done = self.fetch("finder", "GET", self.rng.choice(self.searches)) is not False
            else:
                done = self.fetch("center", "GET", self.rng.choice(self.centers)) is not False
            if not done:
                break
        self.connection.close()

    def fetch(self, kind, method, path, body=None, headers=None):
        """(response, body) or None after an error; False when the budget is spent."""
        if not self.budget.take():
            return False
        headers = {"Host": HOST, **(headers or {})}
        started = time.monotonic()
        try:
            self.connection.request(method, path, body=body, headers=headers)
            response = self.connection.getresponse()
            data = response.read()
        except (OSError, http.client.HTTPException) as error:
            self.records.append((kind, started, time.monotonic(), None, type(error).__name__))
            self.connection.close()  # the next request connects again
            self.reconnects += 1
            return None
        self.records.append((kind, started, time.monotonic(), response.status, None))
        return response, data

    def callback(self):
        entry = self.phones.next()
        if entry is None:  # every number used: browse instead
            return self.fetch("article", "GET", ARTICLE) is not False
        typed, e164, client = entry
        got = self.fetch("call-me form", "GET", CALL_ME)
        if not got:
            return got is not False
        response, html = got
        tokens = dict(TOKEN.findall(html.decode("utf-8", "replace")))
        cookies = http.cookies.SimpleCookie()
        for header in response.headers.get_all("Set-Cookie") or []:
            cookies.load(header)
        if response.status != 200 or "csrftoken" not in cookies or len(tokens) != 2:
            return True  # counted as a non-2xx above, or a form without its tokens
        body = urlencode(
            {
                "csrfmiddlewaretoken": tokens["csrfmiddlewaretoken"],
                "phone": typed,
                "name": self.rng.choice(NAMES),
                "best_time": self.rng.choice(BEST_TIMES),
                "consent": "on",
                "consent_token": tokens["consent_token"],
                "website": "",
            }
        )
        got = self.fetch(
            "call-me submit",
            "POST",
            CALL_ME,
            body=body,
            headers={
                "Content-Type": "application/x-www-form-urlencoded",
                "Cookie": f"csrftoken={cookies['csrftoken'].value}",
                "Origin": f"http://{HOST}",
                "X-Bench-Client": client,
            },
        )
        if got is False:
            return False
        self.submitted.append(e164)
        if got is None:
            self.unknown.append(e164)  # the connection failed: stored or not, we cannot tell
            return True
        location = got[0].getheader("Location", "")
        if got[0].status == 302 and location.startswith(THANKS):
            self.accepted.append(e164)
            return self.fetch("call-me thanks", "GET", location) is not False
        return True


def kill_one_worker(master, at, outcome):
    """At `at`, SIGKILL the lowest-numbered worker; note which and when."""
    time.sleep(max(0.0, at - time.monotonic()))
    pids = sorted(worker_pids(master))
    if not pids:
        outcome["error"] = "no worker found"
        return
    outcome["pid"] = pids[0]
    outcome["time"] = time.monotonic()
    os.kill(pids[0], signal.SIGKILL)


def wait_for_replacement(master, outcome, workers, timeout=30):
    """After a kill, wait until the master has `workers` workers again, the victim gone."""
    limit = time.monotonic() + timeout
    while "time" in outcome and time.monotonic() < limit:
        pids = worker_pids(master)
        if outcome["pid"] not in pids and len(pids) >= workers:
            return
        time.sleep(0.05)
