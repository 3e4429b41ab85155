from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.urls import include, path

from programs.web.login_throttle import throttled

urlpatterns = [
    # Before the admin's own URLs, so that this throttled view answers first.
    path(f"{settings.ADMIN_URL}login/", throttled(admin.site.login), name="admin_login"),
    path(settings.ADMIN_URL, admin.site.urls),
    path("", include("programs.machine_urls")),
]
# Every public page in English at its address and in Spanish under /es/;
# programs.web.language picks the language from the address alone.
urlpatterns += i18n_patterns(path("", include("programs.urls")), prefix_default_language=False)

handler500 = "programs.web.views.server_error"

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)
