"""Jinja2 rendering of the pages: autoescaped templates from the package, the request's language.

Templates ship inside the package (``veille/web/templates``) and are the only files
read for a page; no request path ever reaches the file system.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any
from urllib.parse import urlencode

from fastapi import Request
from jinja2 import Environment, FileSystemLoader, select_autoescape
from starlette.responses import HTMLResponse

from . import i18n

PACKAGE_DIR = Path(__file__).resolve().parent
TEMPLATES_DIR = PACKAGE_DIR / "templates"
STATIC_DIR = PACKAGE_DIR / "static"

_env = Environment(
    loader=FileSystemLoader(str(TEMPLATES_DIR)),
    autoescape=select_autoescape(["html"], default=True),
    trim_blocks=True,
    lstrip_blocks=True,
)

#: Colour classes for speakers, cycled in order of first appearance on a page.
SPEAKER_COLOURS = 8


def request_lang(request: Request) -> str:
    return i18n.choose_lang(
        request.query_params.get("lang"),
        request.cookies.get(i18n.COOKIE),
        request.headers.get("accept-language"),
    )


def _url_with(request: Request, **changes: Any) -> str:
    """The current URL with some query parameters changed (None removes one)."""
    params = dict(request.query_params)
    for key, value in changes.items():
        if value is None:
            params.pop(key, None)
        else:
            params[key] = str(value)
    return request.url.path + ("?" + urlencode(params) if params else "")


def render_html(request: Request, template: str, *, lang: str | None = None, **context: Any) -> str:
    """The page ``template`` rendered for this request: it depends on the request's path,
    query and language only (what the page cache keys on)."""
    lang = lang or request_lang(request)
    return _env.get_template(template).render(
        request=request, lang=lang, t=i18n.translator(lang), url_with=lambda **c: _url_with(request, **c),
        **context,
    )


def html_response(request: Request, html: str | bytes, *, lang: str, status: int = 200) -> HTMLResponse:
    """An HTML response; ``?lang=`` in the request also sets the language cookie."""
    response = HTMLResponse(html, status_code=status)
    if request.query_params.get("lang") in i18n.LANGS:
        response.set_cookie(i18n.COOKIE, lang, samesite="lax", max_age=365 * 24 * 3600)
    return response


def render(request: Request, template: str, *, status: int = 200, **context: Any) -> HTMLResponse:
    lang = request_lang(request)
    return html_response(request, render_html(request, template, lang=lang, **context), lang=lang, status=status)


def render_error(request: Request, status: int, message: str) -> HTMLResponse:
    return render(request, "error.html", status=status, status_code=status, message=message)
