from django.test import RequestFactory

from kopbal.core.net import client_ip, ip_hash

rf = RequestFactory()


def test_without_proxies_the_socket_address_counts_and_headers_are_ignored(settings):
    settings.KOPBAL_TRUSTED_PROXIES = 0
    request = rf.get("/", REMOTE_ADDR="198.51.100.4", HTTP_X_FORWARDED_FOR="1.2.3.4")
    assert client_ip(request) == "198.51.100.4"


def test_behind_one_proxy_the_address_it_saw_counts_not_what_the_client_wrote(settings):
    settings.KOPBAL_TRUSTED_PROXIES = 1
    request = rf.get("/", REMOTE_ADDR="127.0.0.1", HTTP_X_FORWARDED_FOR="6.6.6.6, 198.51.100.4")
    assert client_ip(request) == "198.51.100.4"


def test_ip_hash_is_stable_keyed_and_differs_per_address(settings):
    a = rf.get("/", REMOTE_ADDR="198.51.100.4")
    b = rf.get("/", REMOTE_ADDR="198.51.100.5")
    assert ip_hash(a) == ip_hash(a)
    assert ip_hash(a) != ip_hash(b)
    first = ip_hash(a)
    settings.SECRET_KEY = "another-secret"
    assert ip_hash(a) != first
