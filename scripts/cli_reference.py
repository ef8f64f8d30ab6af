"""Write docs/cli-reference.md from the `--help` of every veille command.

Run `make docs` after changing a command; tests/test_docs.py fails when the file is stale.
"""

from __future__ import annotations

import sys
from pathlib import Path

import click

from veille.cli import cli

TARGET = Path(__file__).resolve().parents[1] / "docs" / "cli-reference.md"


def _help(command: click.Command, path: list[str]) -> str:
    ctx = click.Context(command, info_name=" ".join(path), terminal_width=100, max_content_width=100)
    return command.get_help(ctx)


def render() -> str:
    parts = [
        "# CLI reference",
        "",
        "Generated from `--help` by `scripts/cli_reference.py` (`make docs`); do not edit by hand.",
        "",
        "## veille",
        "",
        "```",
        _help(cli, ["veille"]),
        "```",
    ]
    for name in sorted(cli.commands):
        command = cli.commands[name]
        subs = [(name, command)]
        if isinstance(command, click.Group):
            subs += [(f"{name} {sub}", command.commands[sub]) for sub in sorted(command.commands)]
        for full, cmd in subs:
            parts += ["", f"## veille {full}", "", "```", _help(cmd, ["veille", *full.split()]), "```"]
    return "\n".join(parts) + "\n"


if __name__ == "__main__":
    if "--check" in sys.argv:
        sys.exit(0 if TARGET.read_text(encoding="utf-8") == render() else 1)
    TARGET.write_text(render(), encoding="utf-8")
    print(f"wrote {TARGET}")
