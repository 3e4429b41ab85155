"""What every save, delete and failed sign-in sets off, whatever the process.

Connected by `ProgramsConfig.ready()`, so a save from `manage.py shell`, a
management command or the admin marks cached pages stale alike.
"""

from django.contrib.auth.signals import user_login_failed
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.dispatch import receiver

from programs.web import login_throttle, page_cache

LINK_ACTIONS = frozenset({"post_add", "post_remove", "post_clear"})


def _is_content(model):
    return model._meta.app_label == "programs" and model.__name__ not in page_cache.NOT_CONTENT


@receiver(post_save, dispatch_uid="page_cache_save")
@receiver(post_delete, dispatch_uid="page_cache_delete")
def content_changed(sender, **kwargs):
    if _is_content(sender):
        page_cache.bump()


@receiver(m2m_changed, dispatch_uid="page_cache_m2m")
def content_links_changed(sender, action, **kwargs):
    if sender._meta.app_label == "programs" and action in LINK_ACTIONS:
        page_cache.bump()


@receiver(user_login_failed, dispatch_uid="login_failure_count")
def login_failed(sender, credentials, request=None, **kwargs):
    if request is not None:
        login_throttle.failure_count(request, credentials.get("username"))
