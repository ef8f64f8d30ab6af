"""docs/api.md documents every API route (a new endpoint without documentation fails)."""

from __future__ import annotations

from pathlib import Path

from fastapi.routing import APIRoute

from veille.web.api import router

DOC = Path(__file__).resolve().parents[2] / "docs" / "api.md"


def test_api_docs_list_every_route():
    text = DOC.read_text(encoding="utf-8")
    routes = [r for r in router.routes if isinstance(r, APIRoute) and r.path.startswith("/api/")]
    assert routes
    for route in routes:
        for method in route.methods - {"HEAD"}:
            assert f"### `{method} {route.path}`" in text, f"{method} {route.path} is not documented"


def test_api_docs_list_every_query_parameter():
    text = DOC.read_text(encoding="utf-8")
    for route in router.routes:
        if isinstance(route, APIRoute) and route.path.startswith("/api/"):
            for param in route.dependant.query_params:
                assert f"`{param.name}`" in text, f"{route.path}: parameter {param.name} is not documented"
