"""The address a rate limit counts is the one the trusted proxy saw, never
one the client wrote into a header itself, and one IPv6 client is one /64."""

import pytest
from django.test import RequestFactory

from programs.web.ratelimit import client_address

PROXY = "10.0.0.1"


@pytest.fixture
def behind_one_proxy(settings):
    settings.RATE_LIMIT_CLIENT_HEADER = "HTTP_X_FORWARDED_FOR"
    settings.RATE_LIMIT_TRUSTED_PROXIES = 1
    return settings


def address(forwarded=None, *, remote=PROXY):
    extra = {} if forwarded is None else {"HTTP_X_FORWARDED_FOR": forwarded}
    return client_address(RequestFactory().post("/call-me/", REMOTE_ADDR=remote, **extra))


def test_a_spoofed_left_most_entry_is_ignored(behind_one_proxy):
    assert address("203.0.113.9, 198.51.100.7") == "198.51.100.7"
    assert address("1.1.1.1, 2.2.2.2, 198.51.100.7") == "198.51.100.7"


def test_the_entry_the_nearest_of_n_proxies_appended_is_taken(behind_one_proxy):
    behind_one_proxy.RATE_LIMIT_TRUSTED_PROXIES = 2  # e.g. a CDN, then nginx
    assert address("203.0.113.9, 198.51.100.7, 192.0.2.200") == "198.51.100.7"


def test_a_single_valued_header_such_as_x_real_ip_still_works(settings):
    settings.RATE_LIMIT_CLIENT_HEADER = "HTTP_X_REAL_IP"
    settings.RATE_LIMIT_TRUSTED_PROXIES = 1
    request = RequestFactory().post("/call-me/", REMOTE_ADDR=PROXY, HTTP_X_REAL_IP=" 198.51.100.7 ")
    assert client_address(request) == "198.51.100.7"


@pytest.mark.parametrize(
    "forwarded",
    [
        "203.0.113.9, not-an-address",
        "198.51.100.7, ",
        "198.51.100.7, 198.51.100.7:8080",
        "198.51.100.999",
        "",
        "\x00\u202e<script>",
    ],
)
def test_an_entry_that_is_not_an_address_falls_back_to_the_connection(behind_one_proxy, forwarded):
    assert address(forwarded) == PROXY


def test_fewer_entries_than_trusted_proxies_falls_back_to_the_connection(behind_one_proxy):
    behind_one_proxy.RATE_LIMIT_TRUSTED_PROXIES = 2
    assert address("198.51.100.7") == PROXY


def test_the_header_is_ignored_unless_it_is_configured(settings):
    settings.RATE_LIMIT_CLIENT_HEADER = ""
    assert address("198.51.100.7") == PROXY


def test_no_trusted_proxy_means_the_header_is_not_believed(behind_one_proxy):
    behind_one_proxy.RATE_LIMIT_TRUSTED_PROXIES = 0
    assert address("203.0.113.9, 198.51.100.7") == PROXY


def test_an_unusable_connection_address_does_not_crash(behind_one_proxy):
    assert address("garbage", remote="") == ""


def test_ipv4_addresses_are_counted_one_by_one():
    assert address(remote="198.51.100.7") != address(remote="198.51.100.8")


def test_ipv6_addresses_in_one_64_network_count_as_one_client(behind_one_proxy):
    first = address("2001:db8:1:2::1")
    assert first == address("2001:DB8:1:2:ffff:ffff:ffff:fffe")
    assert first == address(remote="2001:db8:1:2:aaaa::5")
    assert first != address("2001:db8:1:3::1")


def test_an_ipv4_mapped_ipv6_address_counts_as_its_ipv4_address(behind_one_proxy):
    assert address("::ffff:198.51.100.7") == "198.51.100.7"
    assert address(remote="::ffff:198.51.100.7") == "198.51.100.7"
    # Not all of IPv4 in one ::/64 group.
    assert address("::ffff:198.51.100.8") != address("::ffff:198.51.100.7")
