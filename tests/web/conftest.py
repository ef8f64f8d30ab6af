"""Fixtures of the web tests: the hand-built store of ``webstore.py`` and app clients."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient
from webstore import TOKEN, build_store

from veille.web.app import create_app
from veille.web.settings import WebSettings


@pytest.fixture(scope="session")
def web_db(tmp_path_factory) -> str:
    return build_store(tmp_path_factory.mktemp("web") / "web.db")


@pytest.fixture(scope="session")
def client(web_db) -> TestClient:
    """Loopback app, no token: reads open, ingest closed."""
    with TestClient(create_app(WebSettings(db=web_db))) as c:
        yield c


@pytest.fixture(scope="session")
def token_client(web_db) -> TestClient:
    """Loopback app with a token: reads open, ingest needs the token."""
    with TestClient(create_app(WebSettings(db=web_db, token=TOKEN))) as c:
        yield c


@pytest.fixture(scope="session")
def exposed_client(web_db) -> TestClient:
    """App bound to every interface: every request needs the token."""
    with TestClient(create_app(WebSettings(db=web_db, host="0.0.0.0", token=TOKEN))) as c:
        yield c
