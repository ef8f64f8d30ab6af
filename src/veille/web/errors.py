"""HTTP errors: veille errors mapped to statuses in one place, one JSON error shape.

``{"error": {"status": 404, "message": "..."}}`` for every API error; pages get
an HTML page with the same status and message.
"""

from __future__ import annotations

import logging

from fastapi import Request
from fastapi.exceptions import RequestValidationError
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.responses import JSONResponse, Response

from ..errors import NotFound, StoreError, UsageError, VeilleError

log = logging.getLogger("veille.web")

#: veille error class -> HTTP status.
STATUSES: tuple[tuple[type[VeilleError], int], ...] = (
    (NotFound, 404),
    (UsageError, 400),
    (StoreError, 503),
    (VeilleError, 500),
)


def is_api(request: Request) -> bool:
    path = request.url.path
    return path.startswith("/api/") or path == "/api" or path == "/openapi.json"


def error_response(request: Request, status: int, message: str) -> Response:
    if is_api(request):
        return JSONResponse({"error": {"status": status, "message": message}}, status_code=status)
    # Imported here: the page renderer imports this module for its error pages.
    from .render import render_error

    return render_error(request, status, message)


def _validation_message(exc: RequestValidationError) -> tuple[int, str]:
    problems = []
    for error in exc.errors():
        if error.get("type") == "json_invalid":
            return 400, "malformed JSON body"
        where = ".".join(str(part) for part in error.get("loc", ()) if part != "body")
        problems.append(f"{where}: {error.get('msg')}" if where else str(error.get("msg")))
    return 422, "; ".join(problems) or "invalid request"


def install(app) -> None:
    """Register the exception handlers on ``app``."""

    @app.exception_handler(VeilleError)
    async def veille_error(request: Request, exc: VeilleError) -> Response:
        status = next(code for cls, code in STATUSES if isinstance(exc, cls))
        if status >= 500:
            log.error("%s: %s", request.url.path, exc)
        return error_response(request, status, str(exc))

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        message = exc.detail if isinstance(exc.detail, str) else "error"
        if exc.status_code == 404 and message == "Not Found":
            message = f"no such page: {request.url.path}"
        return error_response(request, exc.status_code, message)

    @app.exception_handler(RequestValidationError)
    async def validation_error(request: Request, exc: RequestValidationError) -> Response:
        status, message = _validation_message(exc)
        return error_response(request, status, message)

    @app.exception_handler(Exception)
    async def unexpected(request: Request, exc: Exception) -> Response:
        log.exception("unexpected error on %s", request.url.path)
        return error_response(request, 500, "internal error")

