"""What an import did, for the command's summary and for tests."""

from collections import Counter
from dataclasses import dataclass, field


@dataclass
class ImportReport:
    rows_read: int = 0
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    skipped: list = field(default_factory=list)  # Problem
    merged: int = 0  # rows joined to a row of the other directory (SA + MH)
    approximate: int = 0  # centers placed at their ZIP centre
    narrowed: int = 0  # centers in both directories that this run gave only one
    services_linked: int = 0
    unmapped: Counter = field(default_factory=Counter)  # wording -> rows
    bad_phones: list = field(default_factory=list)  # (where, field, raw)
    extensions_kept: int = 0
    bad_websites: list = field(default_factory=list)  # (where, raw)
    demo_removed: int = 0  # demonstration centers deleted before a real import
    closed: int = 0  # open centers absent from a complete release (--close-missing)
    reopened: int = 0  # centers an earlier import closed, listed again
    left_closed: int = 0  # listed, but closed by an editor or a call: imports never reopen those
    dry_run: bool = False
    run: object = None  # the ImportRun that logged this run; None for a dry run

    @property
    def wrote_nothing(self):
        return not (self.created or self.updated or self.closed or self.reopened)

    def skip(self, problem):
        self.skipped.append(problem)
