"""The ``veille`` command line: a click group; each command module parses, calls a service, prints.

Errors are mapped to exit codes here and nowhere else:
0 success, 1 some documents or items failed, 2 usage error, 3 store error.
"""

from __future__ import annotations

import importlib
import os
import sys

import click

from ..errors import NotFound, StoreError, UsageError, VeilleError

DEFAULT_DB = "veille.db"

#: Command modules under veille.cli; each defines ``register(group)``.
COMMAND_MODULES = (
    "ingest",
    "browse",
    "export",
    "evaluate",
    "serve",
    "system",
    "spark",
)


class Context:
    """What every command gets: the store path chosen by --db / VEILLE_DB."""

    def __init__(self, db: str):
        self.db = db


@click.group(context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.option(
    "--db",
    default=lambda: os.environ.get("VEILLE_DB", DEFAULT_DB),
    show_default=f"$VEILLE_DB or ./{DEFAULT_DB}",
    help="SQLite store to read and write.",
)
@click.version_option(package_name="veille")
@click.pass_context
def cli(ctx: click.Context, db: str) -> None:
    """veille: who said what about whom, when, how much - from news articles.

    \b
    Typical session:
      veille ingest examples/              # read articles into ./veille.db
      veille summary                       # what was found
      veille entities --type PER --top 10  # most mentioned people
      veille quotes --speaker Musk         # who said what
      veille export --format json > out.json
    """
    ctx.obj = Context(db)


for _name in COMMAND_MODULES:
    importlib.import_module(f"{__name__}.{_name}").register(cli)


def main() -> None:
    """Console entry point: run the group and translate veille errors to exit codes."""
    try:
        cli.main(standalone_mode=False)
    except click.exceptions.Abort:
        click.echo("aborted", err=True)
        sys.exit(130)
    except click.ClickException as exc:
        exc.show()
        sys.exit(2 if isinstance(exc, click.UsageError) else exc.exit_code)
    except click.exceptions.Exit as exc:
        sys.exit(exc.exit_code)
    except UsageError as exc:
        click.echo(f"error: {exc}", err=True)
        sys.exit(2)
    except NotFound as exc:
        click.echo(f"error: {exc}", err=True)
        sys.exit(1)
    except StoreError as exc:
        click.echo(f"error: store {exc}", err=True)
        sys.exit(3)
    except VeilleError as exc:
        click.echo(f"error: {exc}", err=True)
        sys.exit(1)
