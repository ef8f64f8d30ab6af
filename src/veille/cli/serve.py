"""``veille serve``: the HTTP API and web pages over a store (FastAPI + uvicorn).

Loopback by default. Another host needs a token (``--token`` or ``VEILLE_TOKEN``),
and then every request must carry it; ``POST /api/ingest`` always needs it.
"""

from __future__ import annotations

import os

import click

from ..errors import UsageError


def default_workers() -> int:
    """One server process per core, at most 4 (each may load a French pipeline to ingest)."""
    return max(1, min(os.cpu_count() or 1, 4))


def register(group: click.Group) -> None:
    @group.command("serve")
    @click.option("--host", default="127.0.0.1", show_default=True,
                  help="Interface to listen on. Anything but loopback requires --token.")
    @click.option("--port", type=click.IntRange(min=0, max=65535), default=8000, show_default=True,
                  help="TCP port.")
    @click.option("--token", envvar="VEILLE_TOKEN", default=None,
                  help="Shared secret: needed by POST /api/ingest, and by every request off loopback "
                       "(Authorization: Bearer TOKEN, or ?token=TOKEN once in the browser). [env: VEILLE_TOKEN]")
    @click.option("--max-body", type=click.IntRange(min=1024), default=None,
                  help="Largest request body in bytes [default: 2 MiB].")
    @click.option("--workers", type=click.IntRange(min=1, max=64), default=None,
                  help="Server processes, to use several cores (each keeps its own cache and, after a "
                       "first ingest, its own French pipeline) [default: the number of cores, at most 4].")
    @click.option("--cache-mb", type=click.IntRange(min=0), default=64, show_default=True,
                  help="Memory for computed pages and API answers, per process, kept until the "
                       "store changes (0: no cache).")
    @click.pass_obj
    def serve(ctx, host, port, token, max_body, workers, cache_mb):
        """Serve the API (/api/, OpenAPI at /openapi.json) and the web pages of the store."""
        try:
            import uvicorn

            from ..web.app import check_store, create_app, settings_to_environment, tune_server_process
            from ..web.settings import DEFAULT_MAX_BODY, WebSettings
        except ImportError as exc:
            raise UsageError(f"the web extra is not installed ({exc.name}): pip install 'veille[web]'") from exc
        settings = WebSettings(
            db=ctx.db, host=host, token=token, max_body=max_body or DEFAULT_MAX_BODY,
            cache_bytes=cache_mb * 1024 * 1024,
        )
        options = {"host": host, "port": port, "log_level": "warning", "proxy_headers": False}
        # One process serves on one core at a time (the GIL); measured on 2 shared cores
        # (docs/benchmarks.md, web latency), two processes nearly doubled the throughput.
        workers = workers or default_workers()
        if workers == 1:
            tune_server_process()
            app = create_app(settings)
        else:
            # uvicorn starts each worker process from an import string; the settings
            # travel in the environment (the store is checked here first, to fail early).
            check_store(settings.db)
            os.environ.update(settings_to_environment(settings))
            app = "veille.web.app:app_from_environment"
            options.update(factory=True, workers=workers)
        shown = f"[{host}]" if ":" in host else host
        click.echo(
            f"veille: serving {ctx.db} on http://{shown}:{port}/ with {workers} process(es) (Ctrl-C to stop)", err=True
        )
        uvicorn.run(app, **options)
