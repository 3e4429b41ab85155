"""An independent distance, to check the site's own against."""

import math


def brute_force_miles(lat1, lon1, lat2, lon2):
    """Great-circle distance through 3-D unit vectors: a different route to
    the same number than the haversine formula the site uses."""

    def vector(lat, lon):
        la, lo = math.radians(lat), math.radians(lon)
        return (math.cos(la) * math.cos(lo), math.cos(la) * math.sin(lo), math.sin(la))

    a, b = vector(lat1, lon1), vector(lat2, lon2)
    chord = math.dist(a, b)
    return 2 * math.asin(chord / 2) * 3958.7613
