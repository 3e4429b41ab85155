"""The call handlers' queue of callback requests.

Only users with the callbackrequest permissions (the “Call handlers” group,
and superusers) see it. Handlers read and update; they neither add nor
delete: requests come from visitors and `purge_callbacks` deletes them. No
search box either: a number typed into it would travel in the page address.
"""

from django.contrib import admin
from django.utils import timezone

from programs.admin_site import EditorsAdmin
from programs.models import CallbackRequest


@admin.register(CallbackRequest)
class CallbackRequestAdmin(EditorsAdmin):
    list_display = ["created_at", "display_phone", "name", "best_time", "status", "handled_by"]
    list_filter = ["status", "best_time"]
    list_select_related = ["handled_by"]
    ordering = ["-created_at"]
    readonly_fields = [
        "display_phone",
        "name",
        "best_time",
        "consent_text",
        "consented_at",
        "handled_by",
        "created_at",
        "updated_at",
    ]
    fieldsets = [
        ("The request", {"fields": ["display_phone", "name", "best_time", "created_at"]}),
        ("Your work", {"fields": ["status", "handler_notes", "handled_by", "updated_at"]}),
        ("Consent", {"fields": ["consent_text", "consented_at"]}),
    ]
    actions = ["mark_contacted", "mark_closed"]

    @admin.display(description="phone number", ordering="phone")
    def display_phone(self, callback):
        return callback.display_phone

    def has_add_permission(self, request):
        return False  # requests come from visitors

    def get_actions(self, request, action_location=admin.ActionLocation.CHANGE_LIST):
        actions = super().get_actions(request, action_location=action_location)
        actions.pop("delete_selected", None)  # deleting is the retention purge's job
        return actions

    def save_model(self, request, obj, form, change):
        if {"status", "handler_notes"} & set(form.changed_data):
            obj.handled_by = request.user
        super().save_model(request, obj, form, change)

    @admin.action(description="Mark as contacted", permissions=["change"])
    def mark_contacted(self, request, queryset):
        self._set_status(request, queryset, CallbackRequest.Status.CONTACTED)

    @admin.action(description="Mark as closed", permissions=["change"])
    def mark_closed(self, request, queryset):
        self._set_status(request, queryset, CallbackRequest.Status.CLOSED)

    def _set_status(self, request, queryset, status):
        updated = queryset.update(status=status, handled_by=request.user, updated_at=timezone.now())
        self.message_user(request, f"{updated} request(s) marked as {status.label.lower()}.")
