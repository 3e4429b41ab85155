"""Pages of the site that are editors' text: About, and the privacy notice;
and the questions to ask a program, shown on the article and on every center
page."""

from django.db import models

from programs.content import text


class Page(models.Model):
    class Key(models.TextChoices):
        ABOUT = "about", "About this site"
        PRIVACY = "privacy", "Privacy: what we collect and why"

    # Values editors can write into a page as [[name]].
    TOKENS = {
        "primary_partner": "the primary partner's name",
        "retention_days": "how many days callback requests are kept",
        "update_retention_days": "how many days centers' update requests (their sender's details) are kept",
        "site_name": "the site's name",
        "contact_email": "the address where readers can write to us",
        "last_correction": "the date of the last correction (from the About page), "
        "or “No corrections so far.”",
        "ratelimit_hours": "how many hours the call-back form counts requests (privacy notice only)",
    }

    key = models.CharField(max_length=10, choices=Key, unique=True)
    title = models.CharField(max_length=160)
    meta_description = models.CharField(
        max_length=160, help_text="What search engines show under the link (up to 160 characters)."
    )
    intro = models.TextField(blank=True, help_text="Plain text above the first heading.")
    last_corrected = models.DateField(
        "last correction",
        null=True,
        blank=True,
        help_text="About page: the date of the most recent correction to an article, "
        "shown in the corrections policy.",
    )
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["key"]

    def __str__(self):
        return self.get_key_display()

    def clean(self):
        text.check_tokens(self, "intro", self.TOKENS)


class PageSection(models.Model):
    page = models.ForeignKey(Page, on_delete=models.CASCADE, related_name="sections")
    order = models.PositiveSmallIntegerField(default=0)
    heading = models.CharField(max_length=160)
    body = models.TextField(
        help_text="Plain text; a blank line starts a new paragraph. Placeholders: "
        + ", ".join(f"[[{name}]] ({what})" for name, what in Page.TOKENS.items())
        + "."
    )

    class Meta:
        ordering = ["page", "order"]

    def __str__(self):
        return self.heading

    def clean(self):
        text.check_tokens(self, "body", Page.TOKENS)


class CallQuestion(models.Model):
    """One question a visitor may ask a program before choosing it."""

    order = models.PositiveSmallIntegerField(default=0)
    question = models.CharField(max_length=200)
    why = models.CharField(
        "why it matters", max_length=300, blank=True, help_text="Optional: one short sentence shown after it."
    )
    active = models.BooleanField(default=True, help_text="Untick to take the question off the site.")

    class Meta:
        ordering = ["order", "pk"]
        verbose_name = "question to ask a program"
        verbose_name_plural = "questions to ask a program"

    def __str__(self):
        return self.question
