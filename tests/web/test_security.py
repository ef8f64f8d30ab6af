"""Token rule, request size limit and ingest guards."""

from __future__ import annotations

import pytest

from webstore import TOKEN, assert_error
from veille.errors import UsageError
from veille.web.settings import WebSettings, check_bind, is_loopback

ARTICLE = {"title": "Essai", "text": "La mairie de Brévilly a voté le budget.", "lang": "fr"}


@pytest.mark.parametrize("host", ["127.0.0.1", "localhost", "::1", "127.0.0.2"])
def test_settings_loopback_needs_no_token(host):
    assert is_loopback(host)
    check_bind(host, None)


@pytest.mark.parametrize("host", ["0.0.0.0", "192.168.1.20", "::", "example.org"])
def test_settings_non_loopback_bind_needs_a_token(host):
    with pytest.raises(UsageError, match="--token"):
        WebSettings(db="x.db", host=host)
    assert WebSettings(db="x.db", host=host, token="t").token_everywhere


def test_security_ingest_is_401_without_a_configured_token(client):
    assert "--token" in assert_error(client.post("/api/ingest", json=ARTICLE), 401)


@pytest.mark.parametrize("headers", [{}, {"Authorization": "Bearer wrong"}, {"Authorization": f"Basic {TOKEN}"}])
def test_security_ingest_is_401_without_the_right_bearer_token(token_client, headers):
    assert_error(token_client.post("/api/ingest", json=ARTICLE, headers=headers), 401)


def test_security_ingest_checks_the_token_before_the_body(token_client):
    # an invalid body without token: the caller learns 401, not the body's schema
    assert_error(token_client.post("/api/ingest", json={"nope": 1}), 401)


def test_security_ingest_cookie_is_not_enough(exposed_client):
    exposed_client.cookies.set("veille_token", TOKEN)
    try:
        assert_error(exposed_client.post("/api/ingest", json=ARTICLE), 401)
    finally:
        exposed_client.cookies.clear()


def test_security_ingest_body_errors(token_client):
    auth = {"Authorization": f"Bearer {TOKEN}"}
    assert_error(token_client.post("/api/ingest", json={"title": "sans texte"}, headers=auth), 422)
    assert_error(token_client.post("/api/ingest", json={**ARTICLE, "colour": "red"}, headers=auth), 422)
    assert "malformed JSON" in assert_error(
        token_client.post("/api/ingest", content=b"{not json", headers={**auth, "Content-Type": "application/json"}),
        400,
    )


def test_security_body_over_the_limit_is_413(token_client):
    auth = {"Authorization": f"Bearer {TOKEN}"}
    big = {**ARTICLE, "text": "a" * (2 * 1024 * 1024 + 10)}
    assert_error(token_client.post("/api/ingest", json=big, headers=auth), 413)


def test_security_chunked_body_over_the_limit_is_413(token_client):
    auth = {"Authorization": f"Bearer {TOKEN}", "Content-Type": "application/json"}

    def chunks():
        yield b'{"text": "'
        for _ in range(40):
            yield b"a" * 65536
        yield b'"}'

    assert_error(token_client.post("/api/ingest", content=chunks(), headers=auth), 413)


def test_security_exposed_server_refuses_requests_without_token(exposed_client):
    assert_error(exposed_client.get("/api/documents"), 401)
    page = exposed_client.get("/")
    assert page.status_code == 401 and "text/html" in page.headers["content-type"]


def test_security_exposed_server_accepts_bearer_header(exposed_client):
    response = exposed_client.get("/api/documents", headers={"Authorization": f"Bearer {TOKEN}"})
    assert response.status_code == 200 and response.json()["total"] == 3


def test_security_query_token_sets_cookie_and_leaves_the_url(exposed_client):
    response = exposed_client.get("/entities", params={"token": TOKEN, "type": "PER"}, follow_redirects=False)
    assert response.status_code == 303
    assert response.headers["location"] == "/entities?type=PER"
    assert "veille_token" in response.headers["set-cookie"]
    try:
        followed = exposed_client.get(response.headers["location"])
        assert followed.status_code == 200 and "Léa Fontanel" in followed.text
    finally:
        exposed_client.cookies.clear()
    assert exposed_client.get("/entities", params={"token": "wrong"}).status_code == 401


def test_security_static_files_do_not_leave_the_package(client):
    assert client.get("/static/veille.css").status_code == 200
    for path in ("/static/../app.py", "/static/%2e%2e/app.py", "/static/..%2fapp.py"):
        assert client.get(path).status_code == 404
