"""The editors' admin for the helplines and the routing partners; every
change is kept as a revision (History on each change page)."""

from django.contrib import admin

from programs.admin_site import RevisedAdmin, TranslatedAdmin
from programs.models import HelplineNumber, RoutingPartner


@admin.register(RoutingPartner)
class RoutingPartnerAdmin(RevisedAdmin):
    list_display = ["name", "role", "paid", "order"]
    list_editable = ["order"]
    list_filter = ["role", "paid"]
    search_fields = ["name"]


@admin.register(HelplineNumber)
class HelplineNumberAdmin(TranslatedAdmin):
    list_display = [
        "label",
        "display_number",
        "purpose",
        "who_answers",
        "around_the_clock",
        "active",
        "order",
    ]
    list_editable = ["active", "order"]
    list_filter = ["purpose", "active", "partner"]
    list_select_related = ["partner"]
    search_fields = ["label", "number", "answered_by", "partner__name"]

    @admin.display(description="number", ordering="number")
    def display_number(self, line):
        return line.display
