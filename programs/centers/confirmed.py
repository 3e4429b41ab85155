"""Confirmed access: what an editor confirmed by calling a center, as the
public pages show it and as the finder filters on it.

Only an editor's call is ever published (a center's own update and a
visitor's "I couldn't reach them" only put the listing in the verification
queue). Facts age: for FRESH_DAYS after the call they are shown as
confirmed and the finder's "(confirmed)" filters count them; after that they
are shown as out of date until SHOWN_DAYS, then not at all.
"""

import datetime
from dataclasses import dataclass

from django.db.models import Q
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy as _lazy
from django.utils.translation import gettext_noop

from programs.models import Accepting, VerificationCall

FRESH_DAYS = 180
SHOWN_DAYS = 365

# The finder's filters on confirmed facts (codes that are not SAMHSA's).
ACCEPTING = "ACCEPTING"
EVENING_WEEKEND = "EVEWKND"
FILTERS = {
    ACCEPTING: _lazy("Accepting new patients (confirmed by phone)"),
    EVENING_WEEKEND: _lazy("Evening or weekend IOP groups (confirmed by phone)"),
}


def fresh_since(today: datetime.date | None = None) -> datetime.date:
    """The oldest call date whose facts still count as confirmed."""
    return (today or timezone.localdate()) - datetime.timedelta(days=FRESH_DAYS)


def condition(code: str, today: datetime.date | None = None) -> Q:
    """Centers whose latest confirming call, made in the last FRESH_DAYS, says so."""
    fresh = Q(confirmation__called_on__gte=fresh_since(today))
    if code == ACCEPTING:
        return fresh & Q(confirmation__accepting_new_patients=Accepting.YES)
    if code == EVENING_WEEKEND:
        return fresh & (Q(confirmation__iop_evenings=True) | Q(confirmation__iop_weekends=True))
    raise ValueError(f"not a confirmed-facts filter: {code}")


@dataclass
class Fact:
    label: str
    value: str


@dataclass
class Confirmation:
    """What a center's page says about its latest confirming call."""

    called_on: datetime.date
    facts: list[Fact]
    out_of_date: bool


# English as written (the admin shows them so); the public page through gettext.
SCHEDULE = [
    ("iop_weekday_daytime", gettext_noop("weekdays, daytime")),
    ("iop_evenings", gettext_noop("evenings")),
    ("iop_weekends", gettext_noop("weekends")),
]


def _schedule(call: VerificationCall) -> str:
    meets = [_(words) for name, words in SCHEDULE if getattr(call, name) is True]
    if meets:
        return ", ".join(meets)
    if any(getattr(call, name) is False for name, _words in SCHEDULE):
        return _("no IOP groups at the times asked about")
    return ""


def facts(call: VerificationCall) -> list[Fact]:
    """The facts the call confirmed, in plain words; an unconfirmed fact is left out."""
    found = []
    if call.accepting_new_patients:
        found.append(Fact(_("New patients"), str(Accepting(call.accepting_new_patients).label)))
    if schedule := _schedule(call):
        found.append(Fact(_("IOP groups meet"), schedule))
    if call.telehealth is not None:
        found.append(Fact(_("Telehealth"), _("Yes") if call.telehealth else _("No")))
    if call.languages:
        found.append(Fact(_("Languages other than English"), call.languages))
    return found


def confirmation(center, today: datetime.date | None = None) -> Confirmation | None:
    """The center's published confirmation, or None (never confirmed, or too old)."""
    call = center.confirmation
    if call is None or call.outcome not in VerificationCall.REACHED:
        return None
    age = ((today or timezone.localdate()) - call.called_on).days
    shown = facts(call)
    if age > SHOWN_DAYS or not shown:
        return None
    return Confirmation(call.called_on, shown, out_of_date=age > FRESH_DAYS)


def card_note(center, today: datetime.date | None = None) -> str:
    """One line for a result card: only fresh confirmations, only the key facts."""
    found = confirmation(center, today)
    if found is None or found.out_of_date:
        return ""
    parts = [f"{fact.label}: {fact.value}" for fact in found.facts[:2]]
    return _("Confirmed by phone %(date)s: %(facts)s") % {
        "date": date_format(found.called_on, "SHORT_DATE_FORMAT"),
        "facts": "; ".join(parts),
    }
