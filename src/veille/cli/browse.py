"""Read commands: ``veille entities``, ``show``, ``quotes``, ``summary``.

Each command opens the store read-only-in-spirit (a missing store is an error, not
a new empty file), calls one service of ``veille.query`` and prints.
"""

from __future__ import annotations

import json

import click

from .. import query
from ..models import ENTITY_TYPES, QUOTE_KINDS
from ..store import Store

#: click.style settings per highlighted kind, shared by the text and the legend.
STYLES: dict[str, dict] = {
    "PER": {"fg": "cyan", "bold": True},
    "ORG": {"fg": "magenta", "bold": True},
    "LOC": {"fg": "blue", "bold": True},
    "MISC": {"fg": "white", "bold": True},
    "amount": {"fg": "yellow", "bold": True},
    "date": {"fg": "red"},
    "quote": {"fg": "green", "italic": True},
}
LEGEND = {
    "PER": "person", "ORG": "organisation", "LOC": "place", "MISC": "other name",
    "amount": "amount", "date": "date", "quote": "quotation",
}


def _open(ctx) -> Store:
    return Store(ctx.db, create=False)


def _print_json(data) -> None:
    click.echo(json.dumps(data, ensure_ascii=False, indent=2))


def render_document(view: query.DocumentView) -> str:
    """The text with styled highlights. Overlaps: a quote's style is kept (italic) and
    the innermost named item (entity, amount, date) gives the colour."""
    text = view.document.article.text
    cuts = {0, len(text)}
    for h in view.highlights:
        cuts.update((h.start, h.end))
    bounds = sorted(c for c in cuts if 0 <= c <= len(text))
    pieces = []
    for start, end in zip(bounds, bounds[1:]):
        active = [h.kind for h in view.highlights if h.start <= start and end <= h.end]
        segment = text[start:end]
        if not active:
            pieces.append(segment)
            continue
        style: dict = {}
        for kind in sorted(active, key=query.SPAN_KINDS.index):
            style.update(STYLES[kind])
        pieces.append(click.style(segment, **style))
    return "".join(pieces)


def register(group: click.Group) -> None:
    @group.command("entities")
    @click.option("--type", "type_", type=click.Choice(ENTITY_TYPES), help="Only this entity type.")
    @click.option("--top", type=click.IntRange(min=1), default=None, help="Only the N most mentioned.")
    @click.option("--json", "as_json", is_flag=True, help="Print JSON.")
    @click.pass_obj
    def entities(ctx, type_, top, as_json):
        """List actors across all documents, most mentioned first."""
        with _open(ctx) as store:
            found = query.top_entities(store, type=type_, top=top)
        if as_json:
            _print_json([query.entity_dict(e) for e in found])
            return
        if not found:
            click.echo("no entities", err=True)
            return
        width = max(len(e.id) for e in found)
        for e in found:
            aliases = f"  (also: {', '.join(e.aliases)})" if e.aliases else ""
            click.echo(
                f"{e.id:<{width}}  {e.type:<4} {e.mention_count:>5} mentions {e.doc_count:>4} docs  "
                f"{click.style(e.name, **STYLES.get(e.type, {}))}{aliases}"
            )

    @group.command("show")
    @click.argument("doc_id")
    @click.option("--color/--no-color", default=None, help="Force colours on or off [default: on a terminal].")
    @click.pass_obj
    def show(ctx, doc_id, color):
        """Print one article with its findings highlighted.

        Actors, quotations, amounts and dates of DOC_ID are coloured, then a legend.
        """
        with _open(ctx) as store:
            view = query.document_view(store, doc_id)
        a = view.document.article
        header = [click.style(a.title or a.id, bold=True)]
        facts = [f"id: {a.id}"] + [
            f"{label}: {value}" for label, value in (
                ("outlet", a.outlet), ("published", a.published), ("url", a.url), ("lang", a.lang))
            if value
        ]
        if view.document.status != "analysed":
            facts.append(f"not analysed: {view.document.reason}")
        header.append(" · ".join(facts))
        click.echo("\n".join(header) + "\n", color=color)
        click.echo(render_document(view), color=color)
        counts: dict[str, int] = {}
        for h in view.highlights:
            counts[h.kind] = counts.get(h.kind, 0) + 1
        legend = "  ".join(
            f"{click.style(LEGEND[kind], **STYLES[kind])} ({counts.get(kind, 0)})" for kind in STYLES
        )
        click.echo("\nlegend: " + legend, color=color)

    @group.command("quotes")
    @click.option("--speaker", help="Only quotes whose speaker's name or alias contains these words.")
    @click.option("--kind", type=click.Choice(QUOTE_KINDS), help="Only this kind of quotation.")
    @click.option("--doc", "doc_id", help="Only quotes from this document.")
    @click.option("--json", "as_json", is_flag=True, help="Print JSON.")
    @click.pass_obj
    def quotes(ctx, speaker, kind, doc_id, as_json):
        """List quotations with their speakers, in document order."""
        with _open(ctx) as store:
            found = list(query.find_quotes(store, speaker=speaker, kind=kind, doc_id=doc_id))
        if as_json:
            _print_json([q.to_dict() for q in found])
            return
        if not found:
            click.echo("no quotes", err=True)
            return
        for view in found:
            q = view.stored.quote
            who = view.speaker_name or q.speaker_text or "(speaker unknown)"
            click.echo(
                f"{click.style(who, **STYLES['PER'])} [{q.kind}] {view.stored.doc_id}:{q.start}-{q.end}\n"
                f"  {click.style(q.text, **STYLES['quote'])}"
            )

    @group.command("summary")
    @click.option("--top", type=click.IntRange(min=1), default=5, show_default=True,
                  help="How many top people, organisations and speakers.")
    @click.option("--json", "as_json", is_flag=True, help="Print JSON.")
    @click.pass_obj
    def summary(ctx, top, as_json):
        """Counts of what the store holds, and the top actors.

        Documents, entities by type, quotes, amounts, dates, relations; top
        people, organisations and speakers.
        """
        with _open(ctx) as store:
            result = query.summary(store, top=top)
        if as_json:
            _print_json(result.to_dict())
            return
        d, e = result.documents, result.entities
        click.echo(f"documents  {d['total']} ({d['analysed']} analysed, {d['skipped']} skipped)")
        click.echo(
            f"entities   {e['total']} ("
            + ", ".join(f"{t} {e[t]}" for t in ENTITY_TYPES) + ")"
        )
        click.echo(
            f"quotes {result.quotes} · amounts {result.amounts} · dates {result.dates} · relations {result.relations}"
        )
        for title, ranked in (("top people", result.top_people), ("top organisations", result.top_organisations)):
            if ranked:
                click.echo(f"\n{title}:")
                for entity in ranked:
                    click.echo(f"  {entity.name} ({entity.mention_count} mentions, {entity.doc_count} docs)")
        if result.top_speakers:
            click.echo("\ntop speakers:")
            for entity, n in result.top_speakers:
                click.echo(f"  {entity.name} ({n} quotes)")
