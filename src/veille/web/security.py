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


class Guard:
    """Pure ASGI middleware (cheaper than ``BaseHTTPMiddleware``): size limit, then token."""

    def __init__(self, app, settings: WebSettings):
        self.app = app
        self.settings = settings

    async def __call__(self, scope, receive, send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        settings = self.settings
        request = Request(scope)
        refused = self._check_size(request)
        if refused is None and request.method in ("POST", "PUT", "PATCH") and "content-length" not in request.headers:
            # A chunked body has no length up front: read it, up to the limit only,
            # then hand the route a receive() that replays it.
            body = bytearray()
            more = True
            while more:
                message = await receive()
                body += message.get("body", b"")
                more = message.get("more_body", False)
                if len(body) > settings.max_body:
                    refused = error_response(request, 413, f"request body larger than {settings.max_body} bytes")
                    break
            if refused is None:
                receive = _replay(bytes(body), receive)
        if refused is None and settings.token_everywhere:
            refused = self._check_token(request)
        if refused is not None:
            await refused(scope, receive, send)
            return
        await self.app(scope, receive, send)

    def _check_size(self, request: Request) -> Response | None:
        length = request.headers.get("content-length")
        if length is None:
            return None
        if not length.isdigit():
            return error_response(request, 400, "invalid Content-Length header")
        if int(length) > self.settings.max_body:
            return error_response(request, 413, f"request body larger than {self.settings.max_body} bytes")
        return None

    def _check_token(self, request: Request) -> Response | None:
        token = self.settings.token
        query_token = request.query_params.get("token")
        if query_token is not None and request.method == "GET" and same_token(query_token, token):
            kept = [(k, v) for k, v in request.query_params.multi_items() if k != "token"]
            target = request.url.path + ("?" + urlencode(kept) if kept else "")
            response = RedirectResponse(target, status_code=303)
            response.set_cookie(COOKIE, token, httponly=True, samesite="strict")
            return response
        if not same_token(bearer(request) or request.cookies.get(COOKIE), token):
            return error_response(request, 401, "a valid token is required (Authorization: Bearer <token>)")
        return None


def _replay(body: bytes, original):
    sent = False

    async def receive():
        nonlocal sent
        if not sent:
            sent = True
            return {"type": "http.request", "body": body, "more_body": False}
        return await original()  # later calls wait for the real disconnect

    return receive


def install(app, settings: WebSettings) -> None:
    """Add the size and token guard to ``app``."""
    app.add_middleware(Guard, settings=settings)
