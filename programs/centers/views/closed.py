"""The page of a center that has closed: 410 Gone, with nearer open ones."""

from django.http import HttpResponseGone


def closed_center_page(request, center):
    return HttpResponseGone("This center has closed.")
