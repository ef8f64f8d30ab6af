"""``veille spark analyse`` / ``veille spark load``: the two halves of a cluster run (docs/spark.md).

``veille ingest --engine spark`` does both in one go; on a cluster the analysis
writes Parquet on shared storage and the load runs wherever the store lives.
"""

from __future__ import annotations

import json

import click

from ..ingest import DEFAULT_MAX_CHARS
from ..store import Store

_MASTER_HELP = "Spark master URL (local[*], spark://host:7077, yarn…); spark-submit overrides it."


def register(group: click.Group) -> None:
    @group.group("spark")
    def spark_group():
        """Run the analysis on Spark and load its Parquet output (needs veille[spark])."""

    @spark_group.command("analyse")
    @click.argument("paths", nargs=-1, required=True, metavar="ARTICLES...")
    @click.option("--out", "parquet_dir", required=True, metavar="DIR|URI",
                  help="Parquet output folder (partitioned by publication day); replaced if present.")
    @click.option("--master", default="local[*]", show_default=True, help=_MASTER_HELP)
    @click.option("--partitions", type=click.IntRange(min=1), default=None,
                  help="Spark partitions [default: max(4 x cores, documents / 32)].")
    @click.option("--staging", metavar="URI", default=None,
                  help="Shared folder for the staged input, readable by the executors "
                       "[default: $VEILLE_SPARK_STAGING or a local temporary folder].")
    @click.option("--max-chars", type=click.IntRange(min=1), default=DEFAULT_MAX_CHARS, show_default=True,
                  help="Reject (never truncate) documents longer than this many characters.")
    def analyse_command(paths, parquet_dir, master, partitions, staging, max_chars):
        """Analyse ARTICLES with Spark into Parquet, without touching any store."""
        from ..ingest import Failure
        from ..spark.job import analyse_sources

        failed = []

        def report(item) -> None:
            # Same rule as `veille ingest`: a Failure fails the run (exit 1), a
            # ReadWarning (kept document, or a non-article file in a folder) does not.
            if isinstance(item, Failure):
                failed.append(item)
                click.echo(f"error: {item.where}: {item.reason}", err=True)
            else:
                click.echo(f"warning: {item.where}: {item.message}", err=True)

        n = analyse_sources(
            paths, parquet_dir, master=master, partitions=partitions, staging=staging,
            max_chars=max_chars, on_failure=report,
        )
        click.echo(f"{n} documents analysed into {parquet_dir}", err=True)
        if failed:
            raise SystemExit(1)

    @spark_group.command("load")
    @click.argument("parquet_dir", metavar="DIR|URI")
    @click.option("--master", default="local[*]", show_default=True, help=_MASTER_HELP)
    @click.option("--json", "as_json", is_flag=True, help="Print the counts as JSON on stdout.")
    @click.pass_obj
    def load_command(ctx, parquet_dir, master, as_json):
        """Store the documents of a `veille spark analyse` Parquet folder (input order) and link entities."""
        from ..spark.job import load_parquet

        with Store(ctx.db) as store:
            counts = load_parquet(parquet_dir, store, master=master)
        if as_json:
            click.echo(json.dumps(counts))
        else:
            click.echo(
                f"{counts['added']} added, {counts['already_present']} already present; "
                f"{counts['entities_linked']} actors linked, {counts['entities_created']} new entities",
                err=True,
            )
