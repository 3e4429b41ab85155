"""Receivers for treatment centers, connected by `ProgramsConfig.ready()`."""

from django.db.models.signals import m2m_changed, post_save
from django.dispatch import receiver

from programs import uploads
from programs.models import TreatmentCenter
from programs.models.centers import codes_text


@receiver(post_save, sender=TreatmentCenter, dispatch_uid="center_webp_copy")
def center_webp_copy(sender, instance, **kwargs):
    uploads.make_webp_copy(instance.photo)


@receiver(m2m_changed, sender=TreatmentCenter.services.through, dispatch_uid="center_service_codes")
def keep_service_codes_in_sync(sender, instance, action, reverse, pk_set, **kwargs):
    """Rewrite `service_codes` whenever services are edited through the ORM
    (the admin, `center.services.set()`). Bulk imports write it themselves."""
    if action not in {"post_add", "post_remove", "post_clear"}:
        return
    if reverse:  # service.centers.add(...): the centers are in pk_set
        centers = TreatmentCenter.objects.filter(pk__in=pk_set or ())
        if action == "post_clear":
            centers = TreatmentCenter.objects.filter(service_codes__contains=f" {instance.code} ")
    else:
        centers = [instance]
    for center in centers:
        codes = center.services.values_list("code", flat=True)
        center.service_codes = codes_text(codes)
        TreatmentCenter.objects.filter(pk=center.pk).update(service_codes=center.service_codes)
