"""Distances, search boxes and ZIP centroids (programs.centers.geo): pure functions."""

import math
import random

import pytest

from programs.centers import geo
from programs.centers.geo import EARTH_RADIUS_MILES, bounding_box, haversine_miles
from programs.centers.place_index import zip_centroid

NEW_YORK = (40.7128, -74.0060)
LOS_ANGELES = (34.0522, -118.2437)


def destination(lat, lon, bearing_degrees, miles):
    """The point `miles` from (lat, lon) along a great circle (the inverse of haversine)."""
    phi1, lambda1 = math.radians(lat), math.radians(lon)
    theta, delta = math.radians(bearing_degrees), miles / EARTH_RADIUS_MILES
    phi2 = math.asin(math.sin(phi1) * math.cos(delta) + math.cos(phi1) * math.sin(delta) * math.cos(theta))
    lambda2 = lambda1 + math.atan2(
        math.sin(theta) * math.sin(delta) * math.cos(phi1),
        math.cos(delta) - math.sin(phi1) * math.sin(phi2),
    )
    return math.degrees(phi2), (math.degrees(lambda2) + 540) % 360 - 180


def inside(box, lat, lon):
    min_lat, max_lat, min_lon, max_lon = box
    return min_lat <= lat <= max_lat and min_lon <= lon <= max_lon


def test_new_york_to_los_angeles_is_about_2445_miles():
    assert haversine_miles(*NEW_YORK, *LOS_ANGELES) == pytest.approx(2445, rel=0.01)


def test_one_degree_of_latitude_is_about_69_miles():
    assert haversine_miles(40, -74, 41, -74) == pytest.approx(69.09, abs=0.01)


def test_a_quarter_of_the_equator_is_a_quarter_of_the_circumference():
    assert haversine_miles(0, 0, 0, 90) == pytest.approx(math.pi * EARTH_RADIUS_MILES / 2)


def test_distance_is_zero_to_itself_and_the_same_both_ways():
    assert haversine_miles(*NEW_YORK, *NEW_YORK) == 0
    assert haversine_miles(*NEW_YORK, *LOS_ANGELES) == haversine_miles(*LOS_ANGELES, *NEW_YORK)


def test_distance_across_the_antimeridian_is_the_short_way_round():
    assert haversine_miles(0, 179.5, 0, -179.5) == pytest.approx(69.09, abs=0.01)


CENTRES = [
    (40.7484, -73.9967),  # ZIP 10001
    (0.0, 0.0),
    (61.2181, -149.9003),  # Anchorage
    (-17.7134, 179.9),  # Fiji, at the antimeridian
    (52.0, -179.95),  # the Aleutians, from the other side
    (89.5, 10.0),  # near the north pole
    (-89.9, -45.0),  # near the south pole
    (71.29, -156.79),  # Utqiagvik, the northernmost US town
]
RADII = [0.5, 5, 25, 50, 100, 500]


def test_the_bounding_box_contains_every_point_within_the_radius():
    rng = random.Random(20261127)
    centres = CENTRES + [(rng.uniform(-89, 89), rng.uniform(-180, 180)) for _ in range(40)]
    for lat, lon in centres:
        for radius in RADII:
            box = bounding_box(lat, lon, radius)
            edge = [(bearing, radius * (1 - 1e-9)) for bearing in range(0, 360, 1)]
            spread = [(rng.uniform(0, 360), radius * math.sqrt(rng.random())) for _ in range(200)]
            for bearing, miles in edge + spread:
                point = destination(lat, lon, bearing, miles)
                assert haversine_miles(lat, lon, *point) <= radius * (1 + 1e-9)
                assert inside(box, *point), (lat, lon, radius, bearing, point, box)


def test_the_bounding_box_is_tight_away_from_the_poles():
    min_lat, max_lat, min_lon, max_lon = bounding_box(40.7484, -73.9967, 25)
    assert max_lat - min_lat == pytest.approx(2 * 25 / 69.09, rel=1e-3)
    # A degree of longitude is shorter at 40.7° N: cos(40.7°) × 69.09 ≈ 52.4 miles.
    assert max_lon - min_lon == pytest.approx(2 * 25 / 52.4, rel=1e-2)


def test_near_a_pole_the_box_spans_every_longitude_and_stops_at_the_pole():
    min_lat, max_lat, min_lon, max_lon = bounding_box(89.9, 10, 50)
    assert (max_lat, min_lon, max_lon) == (90, -180, 180)
    assert min_lat == pytest.approx(89.9 - 50 / 69.09, rel=1e-6)


def test_across_the_antimeridian_the_box_spans_every_longitude():
    _, _, min_lon, max_lon = bounding_box(-17.7, 179.9, 25)
    assert (min_lon, max_lon) == (-180, 180)


def test_the_centroid_of_zip_10001_is_midtown_manhattan():
    assert zip_centroid("10001") == pytest.approx((40.7484, -73.9967))


def test_an_unknown_zip_has_no_centroid():
    assert zip_centroid("00000") is None


def test_distances_from_gives_the_same_miles_as_haversine_miles():
    rng = random.Random(7)
    points = [(rng.uniform(-80, 80), rng.uniform(-179, 179), n) for n in range(500)]
    origin = (40.7484, -73.9967)
    for (miles, key), (lat, lon, n) in zip(geo.distances_from(*origin, points), points, strict=True):
        assert key == n
        assert miles == pytest.approx(geo.haversine_miles(*origin, lat, lon), rel=1e-12)
