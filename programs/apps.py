from django.apps import AppConfig
from django.contrib.admin import apps as admin_apps


class ProgramsConfig(AppConfig):
    name = "programs"
    verbose_name = "Site content"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        """Connect every domain's signal receivers and register its checks,
        in every process (web workers, management commands, the shell)."""
        from programs.calls import checks  # noqa: F401
        from programs.centers import signals as centers_signals  # noqa: F401
        from programs.content import signals as content_signals  # noqa: F401
        from programs.web import signals as web_signals  # noqa: F401


class NewsroomAdminConfig(admin_apps.AdminConfig):
    """Django's admin, with this site's newsroom as its default site
    (INSTALLED_APPS names this class instead of "django.contrib.admin")."""

    default = False  # not the config of "programs", which this module also holds
    default_site = "programs.admin_site.NewsroomSite"
