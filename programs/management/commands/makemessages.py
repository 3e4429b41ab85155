"""Django's makemessages, also finding strings marked with `_lazy(...)`:
the code imports gettext_lazy under that name (gettext as `_`), and xgettext
knows only the usual names unless told."""

from django.core.management.commands import makemessages


class Command(makemessages.Command):
    xgettext_options = [*makemessages.Command.xgettext_options, "--keyword=_lazy"]
