"""Receivers for the article, connected by `ProgramsConfig.ready()`."""

from django.db.models.signals import post_save
from django.dispatch import receiver

from programs import uploads
from programs.models import Article


@receiver(post_save, sender=Article, dispatch_uid="article_webp_copy")
def article_webp_copy(sender, instance, **kwargs):
    uploads.make_webp_copy(instance.hero_image)
