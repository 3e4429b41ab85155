"""The admin as this site's newsroom: its name, the work grouped by task,
what needs attention today, and the base classes every domain's admin uses
(help texts as written, revisions, previews, read-only reference tables).

`programs.apps.NewsroomAdminConfig` makes `NewsroomSite` the default admin
site, so `admin.site` and `@admin.register` mean this site everywhere."""

from django.conf import settings
from django.contrib import admin
from django.contrib.admin.utils import unquote
from django.core.exceptions import PermissionDenied
from django.db.models import prefetch_related_objects
from django.forms.formsets import all_valid
from django.http import Http404
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils import timezone
from django.utils.html import escape
from django.utils.text import capfirst
from modeltranslation.admin import TranslationAdmin
from simple_history.admin import SimpleHistoryAdmin

from programs.admin_tasks import TASKS
from programs.models import Article, CallbackRequest, ListingReport, ListingToVerify


class NewsroomSite(admin.AdminSite):
    index_title = "Today's work"
    index_template = "admin/newsroom_index.html"

    @property
    def site_header(self):
        return f"{settings.SITE_NAME} newsroom"

    @property
    def site_title(self):
        return self.site_header

    def get_urls(self):
        tasks = path("tasks/<slug:slug>/", self.admin_view(self.task_index), name="task_index")
        return [tasks, *super().get_urls()]  # before the admin's final catch-all

    def get_app_list(self, request, app_label=None):
        app_list = super().get_app_list(request, app_label)
        return app_list if app_label else self._by_task(app_list)

    def _by_task(self, app_list):
        ours = next((app for app in app_list if app["app_label"] == "programs"), None)
        if ours is None:
            return app_list
        rows = {row["model"]._meta.model_name: row for row in ours["models"]}
        groups = []
        for task in TASKS:
            url = reverse("admin:task_index", args=[task.slug], current_app=self.name)
            models = [rows.pop(name) for name in task.models if name in rows]
            groups.append(
                {**ours, "name": task.name, "app_label": task.slug, "app_url": url, "models": models}
            )
        groups.append({**ours, "models": list(rows.values())})  # any model no task names
        return [group for group in groups if group["models"]] + [app for app in app_list if app is not ours]

    def task_index(self, request, slug):
        app_list = [app for app in self.get_app_list(request) if app["app_label"] == slug]
        if slug not in {task.slug for task in TASKS} or not app_list:
            raise Http404("No such group of work.")
        context = {**self.each_context(request), "title": app_list[0]["name"], "subtitle": None}
        context.update(app_list=app_list, app_label=slug)
        request.current_app = self.name
        return TemplateResponse(request, "admin/app_index.html", context)

    def index(self, request, extra_context=None):
        return super().index(request, {"attention": self.attention(request), **(extra_context or {})})

    def attention(self, request):
        """What is waiting: a label, a count and the list of those rows, for each
        list this user may see."""
        today = timezone.localdate()
        wanted = [
            ("Listings waiting for a verification call", ListingToVerify, None, ""),
            ("Reports of wrong listings waiting", ListingReport, {"status": "new"}, "status__exact=new"),
            ("Article reviews due", Article, {"review_due__lte": today}, "review=due"),
            ("Callback requests waiting for a call", CallbackRequest, {"status": "new"}, "status__exact=new"),
        ]
        found = []
        for label, model, lookups, query in wanted:
            model_admin = self._registry.get(model)
            if model_admin and model_admin.has_view_or_change_permission(request):
                url = reverse(f"admin:programs_{model._meta.model_name}_changelist", current_app=self.name)
                if lookups is None:  # the model admin's own list is the waiting list
                    count = model_admin.get_queryset(request).count()
                else:
                    count = model.objects.filter(**lookups).count()
                found.append({"label": label, "count": count, "url": f"{url}?{query}" if query else url})
        return found


def plain_help_texts(model):
    """Help texts are plain text: “/treatment/<slug>/” must not be read as markup."""
    fields = model._meta.get_fields()
    return {field.name: escape(field.help_text) for field in fields if getattr(field, "help_text", "")}


class PlainHelpTexts:
    """For a ModelAdmin (its form) or an inline (its formset): help texts as written,
    editable fields and read-only ones alike (the admin shows them unescaped)."""

    def get_form(self, request, obj=None, change=False, **kwargs):
        kwargs.setdefault("help_texts", plain_help_texts(self.model))
        return super().get_form(request, obj, change=change, **kwargs)

    def get_formset(self, request, obj=None, **kwargs):
        kwargs.setdefault("help_texts", plain_help_texts(self.model))
        return super().get_formset(request, obj, **kwargs)


class EditorsAdmin(PlainHelpTexts, admin.ModelAdmin):
    """The admin of a model without revisions."""


class RevisedAdmin(PlainHelpTexts, SimpleHistoryAdmin):
    """Content whose every change is kept as a revision (who, when, what), shown
    under History and revertible from there."""

    def get_history_queryset(self, request, history_manager, pk_name, object_id):
        # simple-history 3.13 calls select_related() with no names for a model without
        # foreign keys, which Django 6.1 deprecates (django/django#19822): name them.
        tracked = [field.name for field in history_manager.model.tracked_fields if field.many_to_one]
        return history_manager.filter(**{pk_name: object_id}).select_related("history_user", *tracked)


class PartAdmin(RevisedAdmin):
    """A part of a page edited inline on its page (a figure, a citation): reached
    through the inline's change link for its History, never listed on the home page."""

    def has_module_permission(self, request):
        return False


class TranslatedAdmin(TranslationAdmin, RevisedAdmin):
    """Revised content in English and Spanish (programs/translation.py): each
    translated field appears as its English and its Spanish box, one under
    the other."""


class TranslatedPartAdmin(TranslationAdmin, PartAdmin):
    """A translated part of a page (see PartAdmin)."""


class ReferenceTable:
    """SAMHSA's reference, loaded by `import_service_codes`: editors read it,
    only superusers change it."""

    def has_add_permission(self, request, *args):
        return request.user.is_superuser and super().has_add_permission(request, *args)

    def has_change_permission(self, request, obj=None):
        return request.user.is_superuser and super().has_change_permission(request, obj)

    def has_delete_permission(self, request, obj=None):
        return request.user.is_superuser and super().has_delete_permission(request, obj)


class PreviewAdmin:
    """A staff-only preview of an object as its public page shows it, at
    `<pk>/preview/`: what is stored (GET, drafts too), or the change form as
    posted (POST), applied in memory and never saved. Never cached, never
    indexed. Set `preview_template`, `preview_related` (what the page reads,
    for `prefetch_related`) and `preview_context`."""

    preview_template = ""
    preview_related: tuple = ()

    def preview_context(self, request, obj):
        raise NotImplementedError

    def get_urls(self):
        name = f"{self.opts.app_label}_{self.opts.model_name}_preview"
        preview = path("<path:object_id>/preview/", self.admin_site.admin_view(self.preview_view), name=name)
        return [preview, *super().get_urls()]  # before `<path:object_id>/`, which would take it

    def preview_view(self, request, object_id):
        obj = self.get_object(request, unquote(object_id))
        if obj is None:
            raise Http404("Nothing to preview at this address.")
        if not self.has_view_or_change_permission(request, obj):
            raise PermissionDenied
        prefetch_related_objects([obj], *self.preview_related)
        notes, problems = self._apply_posted(request, obj) if request.method == "POST" else ([], [])
        if problems:
            context = {**self.admin_site.each_context(request), "title": f"Preview of “{obj}”"}
            template, context = "admin/preview_problems.html", {**context, "problems": problems}
        else:
            template = self.preview_template
            context = {
                **self.preview_context(request, obj),
                "preview": True,
                "preview_notes": notes,
                "noindex": True,
            }
        response = TemplateResponse(request, template, context)
        response["Cache-Control"] = "private, no-store"
        response["X-Robots-Tag"] = "noindex"
        return response

    def _apply_posted(self, request, obj):
        """Apply the posted form and inlines to `obj` in memory: (notes, problems).
        Files are left out (a new picture is stored only on save), and so are
        new inline rows (Django reads no relation of a row without an id)."""
        form = self.get_form(request, obj, change=True)(request.POST, instance=obj)
        formsets = [
            FormSet(**self.get_formset_kwargs(request, obj, inline, FormSet.get_default_prefix()))
            for FormSet, inline in self.get_formsets_with_inlines(request, obj)
        ]
        form_ok, formsets_ok = form.is_valid(), all_valid(formsets)  # is_valid() updates obj
        if not (form_ok and formsets_ok):
            return [], form_problems(form, formsets)
        notes = ["A newly chosen picture or file shows once saved."] if request.FILES else []
        for formset in formsets:
            deleted = formset.deleted_forms
            if any(f.has_changed() and f not in deleted for f in formset.extra_forms):
                notes.append(f"New {formset.model._meta.verbose_name_plural} show once saved.")
            show_rows(obj, formset, [f.instance for f in formset.initial_forms if f not in deleted])
        return notes, []


def show_rows(obj, formset, rows):
    """Make `obj.<relation>.all()` give `rows`, unsaved, without a query, the way
    `prefetch_related` does; each row keeps what was prefetched for it."""
    name = formset.fk.remote_field.cache_name
    stored = {row.pk: row for row in getattr(obj, name).all()}
    for row in rows:
        row._prefetched_objects_cache = getattr(stored.get(row.pk), "_prefetched_objects_cache", {})
    queryset = formset.model._default_manager.none()
    queryset._result_cache = sorted(rows, key=lambda row: (getattr(row, "order", 0), row.pk))
    queryset._prefetch_done = True
    obj._prefetched_objects_cache = {**getattr(obj, "_prefetched_objects_cache", {}), name: queryset}


def form_problems(form, formsets):
    """The errors of a change form and its inlines, each with what it is about."""
    found = _labelled("", form)
    for formset in formsets:
        found += formset.non_form_errors()
        what = capfirst(formset.model._meta.verbose_name)
        for number, row in enumerate(formset.forms, start=1):
            found += _labelled(f"{what} {number}: ", row)
    return found


def _labelled(prefix, form):
    return [
        f"{prefix}{form.fields[name].label}: {error}" if name in form.fields else f"{prefix}{error}"
        for name, errors in form.errors.items()
        for error in errors
    ]
