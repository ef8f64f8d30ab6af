"""``veille ingest``: read articles into the store and report what happened."""

from __future__ import annotations

import json
import sys

import click

from ..ingest import DEFAULT_MAX_CHARS, Failure, ReadWarning, ingest
from ..store import Store

# Without a terminal, a progress bar is shown only for batches larger than this
# (a log of two files does not need one).
_PROGRESS_AFTER = 5


class _Progress:
    """A tqdm bar on stderr, created lazily: at once on a TTY, else after a few documents."""

    def __init__(self, enabled: bool):
        self.enabled = enabled
        self.done = 0
        self.bar = None

    def advance(self, n: int) -> None:
        self.done += n
        if not self.enabled:
            return
        if self.bar is None and (sys.stderr.isatty() or self.done > _PROGRESS_AFTER):
            from tqdm import tqdm

            self.bar = tqdm(desc="ingest", unit="doc", file=sys.stderr, initial=self.done - n)
        if self.bar is not None:
            self.bar.update(n)

    def write(self, line: str) -> None:
        if self.bar is not None:
            self.bar.write(line, file=sys.stderr)
        else:
            click.echo(line, err=True)

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()


def _event_line(event) -> str:
    if isinstance(event, Failure):
        return f"error: {event.where}: {event.reason}"
    if isinstance(event, ReadWarning):
        return f"warning: {event.where}: {event.message}"
    return f"note: {event.doc_id}: {event.detail}"


def _cores() -> int:
    from ..pipeline import default_workers

    return default_workers()


def _spark_ingest(master: str):
    from ..spark.job import run_spark_ingest

    return lambda paths, store, workers, **options: run_spark_ingest(paths, store, master=master, **options)


def register(group: click.Group) -> None:
    @group.command("ingest")
    @click.argument("paths", nargs=-1, required=True, metavar="ARTICLES...")
    @click.option("--workers", type=click.IntRange(min=1), default=_cores, show_default="number of cores",
                  help="Analysis processes (each loads the language model).")
    @click.option("--batch-size", type=click.IntRange(min=1), default=None,
                  help="Documents per analysis batch and per store transaction [default: 32].")
    @click.option("--max-chars", type=click.IntRange(min=1), default=DEFAULT_MAX_CHARS, show_default=True,
                  help="Reject (never truncate) documents longer than this many characters.")
    @click.option("--json", "as_json", is_flag=True, help="Print a machine-readable report on stdout.")
    @click.option("--quiet", "-q", is_flag=True, help="No progress bar.")
    @click.option("--engine", type=click.Choice(["embedded", "spark"]), default="embedded", show_default=True,
                  help="embedded: worker processes here; spark: the same analysis in Spark (needs veille[spark]).")
    @click.option("--master", default="local[*]", show_default=True,
                  help="Spark master URL, with --engine spark (docs/spark.md).")
    @click.pass_obj
    def ingest_command(ctx, paths, workers, batch_size, max_chars, as_json, quiet, engine, master):
        """Read articles (files, folders, - for stdin) into the store.

        \b
        ARTICLES: .txt, .html/.htm, .jsonl files, folders (walked recursively,
        in sorted order), or - for stdin (JSON Lines if it starts with {).
        A text already stored (same content, any id) is skipped before analysis.
        A known id with a new text replaces the old document.
        Bad input (empty, binary, oversized, malformed JSON line, unknown extension,
        missing file) is reported as `error: FILE[:LINE]: REASON` on stderr and the
        rest of the batch is stored; the exit code is then 1. Files with an unknown
        extension met inside a folder are only warned about.
        """
        progress = _Progress(enabled=not quiet)
        with Store(ctx.db) as store:
            try:
                run = ingest if engine == "embedded" else _spark_ingest(master)
                report = run(
                    paths, store, workers=workers, batch_size=batch_size, max_chars=max_chars,
                    on_event=lambda event: progress.write(_event_line(event)),
                    on_progress=progress.advance,
                )
            finally:
                progress.close()
        if as_json:
            click.echo(json.dumps(report.to_dict(), ensure_ascii=False, indent=2))
        else:
            parts = [f"{report.added} added"]
            if report.replaced:
                parts.append(f"{report.replaced} replaced")
            parts.append(f"{report.already_present} already present")
            if report.skipped:
                parts.append(f"{report.skipped} stored without analysis (language)")
            parts.append(f"{len(report.failures)} failed")
            click.echo(
                f"{', '.join(parts)}; {report.entities_linked} actors linked, "
                f"{report.entities_created} new entities",
                err=True,
            )
        if not report.ok:
            raise SystemExit(1)
