"""Admin for confirmed access: the verification queue, centers' update
requests and the log of editors' calls.

The queue lists every center with something waiting (a center's own update,
or visitors' "I couldn't reach them"), most reported first, then oldest
first. An editor opens a row, calls the center's *listed* number, and
records the call; `services.verification_call_record` publishes what it
confirmed, marks a dead number or a closure at once, and answers what
was waiting."""

from django.contrib import admin
from django.db.models import Count, IntegerField, Min, OuterRef, Q, Subquery
from django.db.models.functions import Coalesce, Least
from django.urls import reverse
from django.utils.html import format_html, format_html_join

from programs.admin_site import EditorsAdmin
from programs.calls import phones
from programs.centers import confirmed, presentation, services
from programs.models import ListingReport, ListingToVerify, ListingUpdateRequest, VerificationCall

NEW_REQUESTS = Q(status=ListingUpdateRequest.Status.NEW)
NEW_REPORTS = Q(reason=ListingReport.Reason.UNREACHABLE, status=ListingReport.Status.NEW)


def _waiting(model, condition, aggregate):
    rows = model.objects.filter(condition, center=OuterRef("pk")).order_by().values("center")
    return Subquery(rows.annotate(value=aggregate).values("value")[:1])


def waiting_queue(queryset):
    """Centers with a waiting update request or unreachable report, most
    reports first, then the oldest waiting first."""
    return (
        queryset.annotate(
            waiting_reports=Coalesce(
                _waiting(ListingReport, NEW_REPORTS, Count("pk")), 0, output_field=IntegerField()
            ),
            waiting_requests=Coalesce(
                _waiting(ListingUpdateRequest, NEW_REQUESTS, Count("pk")), 0, output_field=IntegerField()
            ),
            first_report=_waiting(ListingReport, NEW_REPORTS, Min("created_at")),
            first_request=_waiting(ListingUpdateRequest, NEW_REQUESTS, Min("created_at")),
        )
        .filter(Q(waiting_reports__gt=0) | Q(waiting_requests__gt=0))
        .annotate(
            waiting_since=Least(
                Coalesce("first_report", "first_request"), Coalesce("first_request", "first_report")
            )
        )
        .order_by("-waiting_reports", "waiting_since", "pk")
    )


class VerificationCallInline(admin.StackedInline):
    model = VerificationCall
    extra = 1
    max_num = None
    fields = [
        "called_on",
        "number_called",
        "outcome",
        "accepting_new_patients",
        "iop_weekday_daytime",
        "iop_evenings",
        "iop_weekends",
        "telehealth",
        "languages",
        "notes",
    ]
    verbose_name = "call"
    verbose_name_plural = "Calls to the center (record yours below; past calls cannot be changed)"

    def has_change_permission(self, request, obj=None):
        return False  # a call happened as recorded

    def has_delete_permission(self, request, obj=None):
        return False

    def has_add_permission(self, request, obj=None):
        return request.user.has_perm("programs.add_verificationcall")

    def get_formset(self, request, obj=None, **kwargs):
        formset = super().get_formset(request, obj, **kwargs)
        numbers = [line.number for line in presentation.center_phones(obj)] if obj else []
        if numbers:
            formset.form.base_fields["number_called"].initial = phones.display(numbers[0])
        return formset


@admin.register(ListingToVerify)
class ListingToVerifyAdmin(EditorsAdmin):
    list_display = [
        "name",
        "city",
        "state",
        "numbers_to_call",
        "waiting_reports",
        "waiting_requests",
        "waiting_since",
    ]
    list_display_links = ["name"]
    search_fields = ["name", "city", "zip"]
    list_per_page = 50
    inlines = [VerificationCallInline]
    readonly_fields = ["listing", "numbers_to_call", "published", "waiting_updates", "unreachable_reports"]
    fields = readonly_fields

    def get_queryset(self, request):
        return waiting_queue(super().get_queryset(request)).select_related("confirmation")

    def get_object(self, request, object_id, from_field=None):
        # A center leaves the queue once its call is recorded; its page must still open.
        return ListingToVerify.objects.select_related("confirmation").filter(pk=object_id).first()

    def has_add_permission(self, request):
        return False  # the queue fills itself

    def has_delete_permission(self, request, obj=None):
        return False

    def save_model(self, request, obj, form, change):
        """The center's own fields are read-only here: only calls are saved."""

    def save_formset(self, request, form, formset, change):
        for call in formset.save(commit=False):
            call.called_by = request.user
            services.verification_call_record(call)

    @admin.display(description="waiting reports", ordering="waiting_reports")
    def waiting_reports(self, center):
        return center.waiting_reports

    @admin.display(description="waiting updates", ordering="waiting_requests")
    def waiting_requests(self, center):
        return center.waiting_requests

    @admin.display(description="waiting since", ordering="waiting_since")
    def waiting_since(self, center):
        return center.waiting_since

    @admin.display(description="listed numbers to call")
    def numbers_to_call(self, center):
        lines = presentation.center_phones(center)
        if not lines:
            return "No number listed: check the website, or close the listing."
        return format_html_join(
            ", ", '<a href="tel:{}">{}</a> ({})', ((line.number, line.display, line.label) for line in lines)
        )

    @admin.display(description="listing")
    def listing(self, center):
        return format_html(
            '{}, {}, {} {} — <a href="{}">public page</a>, <a href="{}">edit the listing</a>',
            center.name,
            center.street1,
            center.city,
            center.state,
            center.get_absolute_url(),
            reverse("admin:programs_treatmentcenter_change", args=[center.pk]),
        )

    @admin.display(description="published now")
    def published(self, center):
        found = confirmed.confirmation(center)
        if found is None:
            return "Nothing confirmed is published."
        state = "out of date" if found.out_of_date else "confirmed"
        facts = "; ".join(f"{fact.label}: {fact.value}" for fact in found.facts)
        return f"{facts} ({state}, called {found.called_on:%Y-%m-%d})"

    @admin.display(description="updates from the center, waiting")
    def waiting_updates(self, center):
        rows = center.update_requests.filter(NEW_REQUESTS)
        if not rows:
            return "None."
        return format_html_join("", "<p>{}</p>", ((update_summary(row),) for row in rows))

    @admin.display(description="“I couldn't reach them”, waiting")
    def unreachable_reports(self, center):
        dates = list(center.reports.filter(NEW_REPORTS).values_list("created_at", flat=True))
        if not dates:
            return "None."
        return f"{len(dates)} report(s), from {min(dates):%Y-%m-%d} to {max(dates):%Y-%m-%d}"


def update_summary(row: ListingUpdateRequest) -> str:
    """One waiting update in words, for the editor to check on the call."""
    told = []
    if row.accepting_new_patients:
        told.append(f"new patients: {row.get_accepting_new_patients_display()}")
    times = [label for name, label in confirmed.SCHEDULE if getattr(row, name)]
    if times:
        told.append(f"IOP groups: {', '.join(times)}")
    if row.telehealth is not None:
        told.append(f"telehealth: {'yes' if row.telehealth else 'no'}")
    if row.languages:
        told.append(f"languages: {row.languages}")
    for name in ("phone_correction", "website_correction", "address_correction"):
        if value := getattr(row, name):
            told.append(f"{row._meta.get_field(name).verbose_name}: {value}")
    sender = f"{row.sender_name} ({row.sender_role}), {row.sender_contact}"
    return f"{row.created_at:%Y-%m-%d}: {'; '.join(told)}. Sent by {sender}."


@admin.register(ListingUpdateRequest)
class ListingUpdateRequestAdmin(EditorsAdmin):
    list_display = ["created_at", "center", "status", "sender_role"]
    list_filter = ["status"]
    list_select_related = ["center"]
    search_fields = ["center__name", "center__city"]

    def has_add_permission(self, request):
        return False  # they come from centers' staff

    def has_change_permission(self, request, obj=None):
        return False  # answered by recording a call in the verification queue

    def has_delete_permission(self, request, obj=None):
        return False  # `purge_update_requests` deletes them on schedule


@admin.register(VerificationCall)
class VerificationCallAdmin(EditorsAdmin):
    list_display = ["called_on", "center", "outcome", "called_by"]
    list_filter = ["outcome", "called_on"]
    list_select_related = ["center", "called_by"]
    search_fields = ["center__name", "center__city"]

    def has_add_permission(self, request):
        return False  # recorded from the verification queue

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False
