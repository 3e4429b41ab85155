"""Admin for the finder: centers, the service dictionary (SAMHSA's: editors
read it, superusers change it), visitors' reports."""

from django.contrib import admin
from django.utils import timezone

from programs.admin_site import EditorsAdmin, PlainHelpTexts, ReferenceTable
from programs.models import ListingReport, Service, ServiceAlias, ServiceCategory, TreatmentCenter


class SponsoredNowFilter(admin.SimpleListFilter):
    title = "sponsored now"
    parameter_name = "sponsored"

    def lookups(self, request, model_admin):
        return [("yes", "Yes"), ("no", "No")]

    def queryset(self, request, queryset):
        today = timezone.localdate()
        current = {"sponsored_from__lte": today, "sponsored_until__gte": today}
        if self.value() == "yes":
            return queryset.filter(**current)
        if self.value() == "no":
            return queryset.exclude(**current)
        return queryset


@admin.register(TreatmentCenter)
class TreatmentCenterAdmin(EditorsAdmin):
    list_display = [
        "name",
        "city",
        "state",
        "zip",
        "facility_type",
        "status",
        "sponsored_now",
        "is_demo",
        "last_verified",
    ]
    list_filter = [
        "state",
        "facility_type",
        SponsoredNowFilter,
        "source",
        "is_demo",
        "status",
        "location_is_approximate",
    ]
    search_fields = ["name", "program_name", "city", "zip"]
    prepopulated_fields = {"slug": ["name", "city"]}
    filter_horizontal = ["services"]
    readonly_fields = [
        "service_codes",
        "created_at",
        "updated_at",
        "closed_by",
        "disconnected_number",
        "disconnected_on",
        "confirmation",
    ]
    list_per_page = 50
    show_full_result_count = False  # counting 21,000 rows on every page is wasted work
    fieldsets = [
        (None, {"fields": ["name", "program_name", "facility_type", "slug", "is_demo"]}),
        (
            "Open or closed",
            {
                "fields": ["status", "closed_on", "closed_by"],
                "description": "A closed center's page answers “gone”, with open centers near it. "
                "Closing here dates it today unless you give a date.",
            },
        ),
        (
            "Address and map position",
            {
                "fields": [
                    "street1",
                    "street2",
                    "city",
                    "state",
                    "zip",
                    "latitude",
                    "longitude",
                    "location_is_approximate",
                ]
            },
        ),
        (
            "Contact",
            {
                "fields": [
                    ("phone", "phone_ext"),
                    ("intake_phone", "intake_phone_ext"),
                    ("intake2_phone", "intake2_phone_ext"),
                    "hotline",
                    "website",
                    "disconnected_number",
                    "disconnected_on",
                ]
            },
        ),
        ("Confirmed by phone", {"fields": ["confirmation"]}),
        ("Services", {"fields": ["services", "service_codes"]}),
        ("Description and photo", {"fields": ["description", "photo", "photo_alt"]}),
        (
            "Sponsorship (paid listing)",
            {
                "fields": ["sponsored_from", "sponsored_until", "sponsor_phone"],
                "description": "A sponsored center appears in the labelled “Sponsored” slot of "
                "searches near it and on the sponsored-listings page. It never "
                "changes the order of regular results.",
            },
        ),
        ("Source", {"fields": ["source", "source_key", "last_verified", "created_at", "updated_at"]}),
    ]

    @admin.display(boolean=True, description="sponsored now")
    def sponsored_now(self, center):
        return center.is_sponsored


class ServiceAliasInline(ReferenceTable, PlainHelpTexts, admin.TabularInline):
    model = ServiceAlias
    extra = 0


@admin.register(Service)
class ServiceAdmin(ReferenceTable, EditorsAdmin):
    list_display = ["code", "name", "category", "directories"]
    list_filter = ["category", "directories"]
    list_select_related = ["category"]
    search_fields = ["code", "name", "description"]
    inlines = [ServiceAliasInline]


@admin.register(ServiceCategory)
class ServiceCategoryAdmin(ReferenceTable, EditorsAdmin):
    list_display = ["code", "name"]
    search_fields = ["code", "name"]


@admin.register(ServiceAlias)
class ServiceAliasAdmin(ReferenceTable, EditorsAdmin):
    list_display = ["__str__", "service", "note"]
    list_select_related = ["service"]
    search_fields = ["code", "name", "service__code", "service__name"]


@admin.register(ListingReport)
class ListingReportAdmin(EditorsAdmin):
    list_display = ["created_at", "center", "reason", "status"]
    list_filter = ["status", "reason"]
    list_select_related = ["center"]
    search_fields = ["center__name", "center__city", "details"]
    readonly_fields = ["center", "reason", "details", "created_at", "updated_at"]
    fields = ["center", "reason", "details", "status", "editor_notes", "created_at", "updated_at"]
    actions = ["mark_fixed", "mark_dismissed"]

    def has_add_permission(self, request):
        return False  # reports come from visitors

    @admin.action(description="Mark as fixed", permissions=["change"])
    def mark_fixed(self, request, queryset):
        updated = queryset.update(status=ListingReport.Status.FIXED, updated_at=timezone.now())
        self.message_user(request, f"{updated} report(s) marked as fixed.")

    @admin.action(description="Mark as dismissed (listing was right)", permissions=["change"])
    def mark_dismissed(self, request, queryset):
        updated = queryset.update(status=ListingReport.Status.DISMISSED, updated_at=timezone.now())
        self.message_user(request, f"{updated} report(s) dismissed.")
