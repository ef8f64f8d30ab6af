"""``veille export``: the whole store as JSON, JSON Lines or CSV (contract: docs/export.md)."""

from __future__ import annotations

import os
import sys

import click

from ..errors import UsageError
from ..export import FORMATS, export
from ..store import Store


def register(group: click.Group) -> None:
    @group.command("export")
    @click.option("--format", "format_", type=click.Choice(FORMATS), default="json", show_default=True,
                  help="json: one object; jsonl: one record per line; csv: one file per kind.")
    @click.option("--out", metavar="FILE|DIR", help="Output file (json, jsonl; default stdout) or folder (csv).")
    @click.pass_obj
    def export_command(ctx, format_, out):
        """Export the store as JSON, JSON Lines or CSV.

        The format is versioned and documented in docs/export.md.
        """
        with Store(ctx.db, create=False) as store:
            try:
                written = export(store, format=format_, out=out, stdout=sys.stdout)
            except BrokenPipeError:
                # `veille export | head`: the reader has seen enough; not an error.
                # Point stdout at devnull so the interpreter's final flush stays quiet.
                os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
                return
            except OSError as exc:
                raise UsageError(f"cannot write {out or 'standard output'}: {exc.strerror or exc}") from exc
        for path in written:
            click.echo(f"wrote {path}", err=True)
