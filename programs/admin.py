"""Django's admin autodiscovery imports this module: each domain registers
its own models in its own `admin` module, on the newsroom site and with the
base classes of `programs.admin_site`."""

from programs.callbacks import admin as callbacks_admin  # noqa: F401
from programs.calls import admin as calls_admin  # noqa: F401
from programs.centers import admin as centers_admin  # noqa: F401
from programs.centers import (
    admin_imports,  # noqa: F401
    admin_verification,  # noqa: F401
)
from programs.content import admin as content_admin  # noqa: F401
