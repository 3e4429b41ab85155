from django import template

from programs import text

register = template.Library()


@register.inclusion_tag("components/phone.html")
def phone(line, variant="block"):
    """The one way a phone number is shown: a call link that says what it is
    for, and beside it who answers, linked to the routing disclosure."""
    return {"line": line, "variant": variant}


@register.simple_tag
def paragraphs(body, values=None):
    """Editor text as escaped paragraphs, [[tokens]] filled from `values`."""
    return text.paragraphs(body, values or {})
