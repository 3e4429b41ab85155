"""Error reports (Django's technical 500 page and the emails ADMINS get)
never carry a phone number, whatever field or variable held it.

`sensitive_post_parameters` and `sensitive_variables` hide the fields we know
about; this filter is the second line for the ones we don't, using the same
pattern as the log filter.
"""

from django.views.debug import SafeExceptionReporterFilter

from programs.web.log_filters import REDACTED, scrub


class PhoneNumberReporterFilter(SafeExceptionReporterFilter):
    def get_post_parameters(self, request):
        params = super().get_post_parameters(request)
        cleaned = params.copy()  # a request's QueryDict is immutable
        for key, values in params.lists():
            cleaned.setlist(key, [scrub(value) for value in values])
        return cleaned

    def get_traceback_frame_variables(self, request, tb_frame):
        return [
            (name, _scrubbed(value))
            for name, value in super().get_traceback_frame_variables(request, tb_frame)
        ]


def _scrubbed(value):
    """Strings are scrubbed; any other value whose text holds a number is
    shown as its scrubbed text instead."""
    if isinstance(value, str):
        return scrub(value)
    try:
        text = repr(value)
    except Exception:  # a broken __repr__: the report shows what Django shows
        return value
    cleaned = scrub(text)
    return cleaned if REDACTED in cleaned else value
