"""PLACEHOLDER ``veille ingest``: replaced by the ingest/store work."""

import click


def register(group: click.Group) -> None:
    @group.command()
    @click.argument("paths", nargs=-1)
    def ingest(paths):
        """Read articles into the store."""
        raise click.ClickException("not implemented yet")
