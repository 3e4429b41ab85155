"""SAMHSA's service dictionary: categories and codes such as SET/OIT
“Intensive outpatient treatment”, and aliases for older wording.

Loaded from SAMHSA's reference file by `import_service_codes`; never written
into code, because codes change between survey years.
"""

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q


class ServiceCategory(models.Model):
    """A group of service codes in SAMHSA's reference, e.g. SET “Service setting”."""

    code = models.CharField(max_length=10, unique=True, help_text="SAMHSA's category code, e.g. SET.")
    name = models.CharField(max_length=200)

    class Meta:
        ordering = ["code"]
        verbose_name_plural = "service categories"

    def __str__(self):
        return f"{self.code}: {self.name}"


class Service(models.Model):
    """One code of SAMHSA's reference, e.g. OIT “Intensive outpatient treatment”."""

    category = models.ForeignKey(ServiceCategory, on_delete=models.PROTECT, related_name="services")
    code = models.CharField(
        max_length=10,
        unique=True,
        help_text="SAMHSA's service code, e.g. OIT. Searches and imports use it: do not change it.",
    )
    name = models.CharField(max_length=300, help_text="SAMHSA's wording, shown to visitors.")
    description = models.TextField(
        blank=True,
        help_text="What the service is, in plain language. Imports fill it only while it is "
        "empty, so an editor's rewording is kept.",
    )
    directories = models.CharField(
        max_length=10,
        blank=True,
        help_text="Which SAMHSA directories use the code: SA (substance use), MH (mental health) or SA+MH.",
    )

    class Meta:
        ordering = ["code"]

    def __str__(self):
        return f"{self.code}: {self.name}"


class ServiceAlias(models.Model):
    """Older or newer wording of a service, so imports from other years map it.

    Either a code (IOP for OIT) or a service name as a category lists it
    (SG “Persons with HIV or AIDS” for HV). A blank category matches any.
    """

    service = models.ForeignKey(Service, on_delete=models.CASCADE, related_name="aliases")
    code = models.CharField(
        max_length=10, blank=True, help_text="Another code for the service, e.g. IOP for OIT."
    )
    category_code = models.CharField(
        max_length=10,
        blank=True,
        help_text="With a name: the category the name appears under, e.g. SG. Blank: any.",
    )
    name = models.CharField(
        max_length=300,
        blank=True,
        help_text="Other wording of the service name, exactly as a source writes it.",
    )
    note = models.CharField(max_length=200, blank=True, help_text="Where the wording comes from.")

    class Meta:
        ordering = ["service__code", "code", "name"]
        verbose_name_plural = "service aliases"
        constraints = [
            models.CheckConstraint(
                condition=(Q(name="") & ~Q(code="")) | (Q(code="") & ~Q(name="")),
                name="service_alias_is_a_code_or_a_name",
                violation_error_message="Give either another code or another name, not both.",
            ),
            models.UniqueConstraint(fields=["code"], condition=~Q(code=""), name="service_alias_code_unique"),
            models.UniqueConstraint(
                fields=["category_code", "name"],
                condition=~Q(name=""),
                name="service_alias_name_unique_per_category",
            ),
        ]

    def __str__(self):
        wording = self.code or f"{self.category_code or '*'} “{self.name}”"
        return f"{wording} → {self.service.code}"

    def clean(self):
        if bool(self.code) == bool(self.name):
            raise ValidationError("Give either another code or another name, not both.")
