"""Settings of the web application (one frozen dataclass) and the bind rule.

Binding anywhere but loopback exposes the store to the network, so it needs a token,
and then every request must carry it.
"""

from __future__ import annotations

import ipaddress
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from ..errors import UsageError

#: Largest request body accepted (bytes): an article as JSON is far smaller.
DEFAULT_MAX_BODY = 2 * 1024 * 1024
#: Memory budget of the response cache of one server process (bytes, estimated).
DEFAULT_CACHE_BYTES = 64 * 1024 * 1024


@dataclass(frozen=True)
class WebSettings:
    """db: the store file, opened read-only for every read.
    host: where the server listens; a non-loopback host needs ``token``.
    token: the shared secret (``Authorization: Bearer …``); ``POST /api/ingest`` always needs it.
    max_body: largest request body in bytes (413 above).
    analyse: the ingest engine (``pipeline.run_analysis`` signature); None loads the
        French pipeline once, on the first ingest.
    cache_bytes: memory budget of the per-store-version response cache (0: no cache).
    """

    db: str
    host: str = "127.0.0.1"
    token: str | None = None
    max_body: int = DEFAULT_MAX_BODY
    analyse: Callable[..., Iterable] | None = None
    cache_bytes: int = DEFAULT_CACHE_BYTES

    @property
    def token_everywhere(self) -> bool:
        """True when every request must carry the token (non-loopback bind)."""
        return not is_loopback(self.host)

    def __post_init__(self) -> None:
        check_bind(self.host, self.token)


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False  # a host name other than localhost may resolve anywhere


def check_bind(host: str, token: str | None) -> None:
    if not is_loopback(host) and not token:
        raise UsageError(
            f"binding to {host} exposes the store beyond this machine: pass --token (or set VEILLE_TOKEN)"
        )
