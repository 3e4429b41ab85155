"""The site's template tags: the phone component, editor text, result
cards and structured data. Each delegates to its domain."""

from django import template
from django.conf import settings
from django.http import QueryDict
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from programs import uploads
from programs.calls import components
from programs.centers import cards, presentation, us_states
from programs.centers.search import Result
from programs.content import seo, text

register = template.Library()


@register.simple_tag
def phone(line, variant="block"):
    """The one way a phone number is shown (`programs.calls.components`)."""
    return components.phone_html(line, variant)


@register.simple_tag
def result_card(result, sponsored=False):
    """A center as a result card (`programs.centers.cards`)."""
    return cards.result_card(result, sponsored=sponsored)


@register.simple_tag
def paragraphs(body, values=None):
    """Editor text as escaped paragraphs, [[tokens]] filled from `values`."""
    return text.paragraphs(body, values or {})


@register.simple_tag
def center_phone_lines(center, place="page"):
    """The center's numbers; a card shows only the first."""
    return presentation.phone_lines(center, place)


@register.filter
def key_services(center):
    """Plain-language labels of the center's most searched-for services."""
    return presentation.key_services(center)


@register.filter
def replace_location(query, place):
    """The current finder query string with `location` set to `place`."""
    params = QueryDict(query, mutable=True)
    params["location"] = place
    return params.urlencode()


@register.filter
def state_name(code):
    return us_states.state_name(code)


@register.filter
def with_state(city, state):
    """A city as breadcrumbs name it, “New York, NY”: never the same as its state."""
    # Translators: a city and its state's postal code, e.g. "New York, NY".
    return _("%(city)s, %(state)s") % {"city": city, "state": state}


@register.filter
def as_result(center):
    """A center as a result card without a distance (browse pages)."""
    return Result(center, None)


@register.simple_tag
def fallback_helplines(public=False):
    """The helplines as settings keep them, for pages that must work with the
    database down. Same shape as a helpline for the phone component."""
    language = get_language()
    return [
        {**line, **line.get(language, {})}  # the words in the page's language, when kept
        for line in settings.HELPLINE_FALLBACK
        if bool(line.get("public")) == public
    ]


@register.simple_tag
def configured_site_name():
    return settings.SITE_NAME


class CaptureNode(template.Node):
    def __init__(self, nodelist, name):
        self.nodelist, self.name = nodelist, name

    def render(self, context):
        context[self.name] = self.nodelist.render(context)
        return ""


@register.tag
def capture(parser, token):
    """{% capture name %}…{% endcapture %}: render once, use as {{ name }}
    as often as needed (the page title in <title> and in og:title)."""
    try:
        _, name = token.split_contents()
    except ValueError:
        raise template.TemplateSyntaxError("Usage: {% capture name %}…{% endcapture %}") from None
    nodelist = parser.parse(("endcapture",))
    parser.delete_first_token()
    return CaptureNode(nodelist, name)


@register.simple_tag
def breadcrumbs_ld(*names_and_paths):
    """BreadcrumbList JSON-LD: {% breadcrumbs_ld "Name" path "Name" path %}."""
    pairs = list(zip(names_and_paths[::2], names_and_paths[1::2], strict=True))
    return seo.ld_script(seo.breadcrumb_list(pairs))


@register.simple_tag
def article_ld(article):
    return seo.ld_script(seo.medical_web_page(article))


@register.simple_tag
def clinic_ld(center):
    return seo.ld_script(seo.medical_clinic(center))


@register.simple_tag(name="webp_url")
def webp_url_tag(field_file):
    return uploads.webp_url(field_file)
