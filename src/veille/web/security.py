"""Request guards: the body size limit and the token, checked before any route runs.

The token is accepted from ``Authorization: Bearer <token>``, from the
``veille_token`` cookie, or, for pages opened from a link, from ``?token=``: the
server then sets the cookie and redirects to the same URL without the token, so it
does not stay in the address bar or the history. ``POST /api/ingest`` takes the
header only (a cookie would let another site post on the user's behalf).
"""

from __future__ import annotations

import hmac
from urllib.parse import urlencode

from fastapi import Request
from starlette.responses import RedirectResponse, Response

from .errors import error_response
from .settings import WebSettings

COOKIE = "veille_token"


def same_token(given: str | None, expected: str | None) -> bool:
    if not given or not expected:
        return False
    return hmac.compare_digest(given.encode(), expected.encode())


def bearer(request: Request) -> str | None:
    header = request.headers.get("authorization", "")
    scheme, _, value = header.partition(" ")
    return value.strip() if scheme.lower() == "bearer" else None


def install(app, settings: WebSettings) -> None:
    """Add the size and token middleware to ``app``."""

    @app.middleware("http")
    async def guard(request: Request, call_next) -> Response:
        length = request.headers.get("content-length")
        too_large = f"request body larger than {settings.max_body} bytes"
        if length is not None:
            if not length.isdigit():
                return error_response(request, 400, "invalid Content-Length header")
            if int(length) > settings.max_body:
                return error_response(request, 413, too_large)
        elif request.method in ("POST", "PUT", "PATCH"):
            # A chunked body has no length up front: read it, up to the limit only.
            size = 0
            chunks = []
            async for chunk in request.stream():
                size += len(chunk)
                if size > settings.max_body:
                    return error_response(request, 413, too_large)
                chunks.append(chunk)
            request._body = b"".join(chunks)  # Starlette replays a read body to the route
        if settings.token_everywhere:
            query_token = request.query_params.get("token")
            if query_token is not None and same_token(query_token, settings.token) and request.method == "GET":
                kept = [(k, v) for k, v in request.query_params.multi_items() if k != "token"]
                target = request.url.path + ("?" + urlencode(kept) if kept else "")
                response = RedirectResponse(target, status_code=303)
                response.set_cookie(COOKIE, settings.token, httponly=True, samesite="strict")
                return response
            given = bearer(request) or request.cookies.get(COOKIE)
            if not same_token(given, settings.token):
                return error_response(request, 401, "a valid token is required (Authorization: Bearer <token>)")
        return await call_next(request)
