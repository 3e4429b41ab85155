"""Distances on the Earth and search boxes around a point.

Pure functions: no database. Miles throughout, as visitors read them.
Hand-written because GeoDjango would need GDAL and SpatiaLite or PostGIS for
a formula of a few lines, tested against an independent computation.
"""

import math

EARTH_RADIUS_MILES = 3958.7613  # mean radius (IUGG), as the haversine formula expects
MILES_PER_DEGREE_LATITUDE = math.pi * EARTH_RADIUS_MILES / 180


def haversine_miles(lat1, lon1, lat2, lon2):
    """Great-circle distance between two points given in decimal degrees."""
    phi1, phi2 = math.radians(lat1), math.radians(lat2)
    d_phi = phi2 - phi1
    d_lambda = math.radians(lon2 - lon1)
    a = math.sin(d_phi / 2) ** 2 + math.cos(phi1) * math.cos(phi2) * math.sin(d_lambda / 2) ** 2
    return 2 * EARTH_RADIUS_MILES * math.asin(min(1.0, math.sqrt(a)))


def distances_from(lat, lon, points):
    """(miles, key) for each (lat, lon, key) in `points`: the haversine
    formula of `haversine_miles`, with the origin's terms computed once (the
    finder measures thousands of candidates per search)."""
    sin, cos, asin, sqrt, radians = math.sin, math.cos, math.asin, math.sqrt, math.radians
    phi1 = radians(lat)
    cos_phi1 = cos(phi1)
    diameter = 2 * EARTH_RADIUS_MILES
    out = []
    for lat2, lon2, key in points:
        phi2 = radians(lat2)
        a = sin((phi2 - phi1) / 2) ** 2 + cos_phi1 * cos(phi2) * sin(radians(lon2 - lon) / 2) ** 2
        out.append((diameter * asin(min(1.0, sqrt(a))), key))
    return out


def bounding_box(lat, lon, radius_miles):
    """(min_lat, max_lat, min_lon, max_lon) of a box that contains every point
    within `radius_miles` of (lat, lon).

    Cheap to filter on with the (latitude, longitude) index before the exact
    distance is computed. Near a pole, or when the circle crosses the
    antimeridian (±180°), the box widens to every longitude rather than
    wrapping, so it still contains the circle; latitudes are clamped to ±90.
    """
    d_lat = radius_miles / MILES_PER_DEGREE_LATITUDE
    min_lat, max_lat = lat - d_lat, lat + d_lat
    if min_lat <= -90 or max_lat >= 90:
        return max(min_lat, -90.0), min(max_lat, 90.0), -180.0, 180.0
    d_lon = _longitude_half_width(lat, radius_miles)
    min_lon, max_lon = lon - d_lon, lon + d_lon
    if min_lon < -180 or max_lon > 180:
        return min_lat, max_lat, -180.0, 180.0
    return min_lat, max_lat, min_lon, max_lon


def _longitude_half_width(lat, radius_miles):
    """Largest longitude difference of any point within the radius.

    The widest point of a circle on a sphere is not on the centre's parallel
    but poleward of it: asin(sin(r) / cos(lat)) is exact (Chamberlain,
    “Finding points within a distance of a latitude/longitude”).
    """
    angular = radius_miles / EARTH_RADIUS_MILES
    ratio = math.sin(angular) / math.cos(math.radians(lat))
    return 180.0 if ratio >= 1 else math.degrees(math.asin(ratio))
