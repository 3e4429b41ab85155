from django.apps import AppConfig


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
