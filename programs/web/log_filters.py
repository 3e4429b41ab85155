"""Keep phone numbers out of the logs, whatever wrote them.

No code here logs a visitor's number on purpose. This filter is the second
line: a database error that quotes the failing row, a debug SQL line with
its parameters, a traceback. Imported while logging is configured, before
Django's apps load, so it imports nothing from Django. No logging library
we know of scrubs phone numbers, hence this one filter.
"""

import copy
import logging
import re
import unicodedata

REDACTED = "[phone number removed]"

# Separators people and programs put between digit groups: spaces, dots,
# dashes, slashes, up to three of them ("202 - 555 - 0143").
_SEP = r"[\s./-]{0,3}"
PHONE_LIKE = re.compile(
    r"(?:\+|%2[Bb])\d(?:[\s.()/-]{0,3}\d){6,14}"  # international, also URL-encoded: %2B12025550143
    rf"|(?<![\w+])(?:1{_SEP})?\(?[2-9]\d{{2}}\)?{_SEP}\d{{3}}{_SEP}\d{{4}}(?!\d)"  # (202) 555-0143
)


def scrub(text):
    """`text` with phone-like runs replaced. Full-width digits and brackets
    are read as ASCII first (NFKC), so "２０２５５５０１４３" is a number too."""
    if not text.isascii():
        text = unicodedata.normalize("NFKC", text)
    return PHONE_LIKE.sub(REDACTED, text)


class ScrubPhoneNumbers(logging.Filter):
    """Replace phone-like digit runs in a record's message, traceback and stack.

    Returns a scrubbed copy, so other handlers of the same record are not
    surprised by a changed original.
    """

    def filter(self, record):
        try:
            message = record.getMessage()
        except Exception:  # a malformed record: let the handler report it as usual
            return True
        clean = copy.copy(record)
        clean.msg, clean.args = scrub(message), None
        if record.exc_info or record.exc_text:
            text = record.exc_text or logging.Formatter().formatException(record.exc_info)
            clean.exc_text = scrub(text)
        if record.stack_info:
            clean.stack_info = scrub(record.stack_info)
        return clean
