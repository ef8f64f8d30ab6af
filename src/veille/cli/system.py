"""Cross-document commands: ``veille stories``, ``story``, ``timeline``, ``relations``, ``graph``.

Each opens the store (a missing store is an error, not a new file), calls a service
of ``veille.resolve`` and prints text or ``--json``.
"""

from __future__ import annotations

import json
import sys

import click

from ..export import relation_record
from ..models import RELATION_TYPES
from ..resolve import graph as graph_module
from ..resolve import views
from ..resolve.timeline import entity_timeline
from ..store import Store


def _open(ctx) -> Store:
    return Store(ctx.db, create=False)


def _print_json(data) -> None:
    click.echo(json.dumps(data, ensure_ascii=False, indent=2))


def _event_line(e) -> str:
    source = "" if e.date_source != "published" else " (publication date)"
    what = e.type if e.kind == "relation" else f"{e.kind} {e.type}"
    pol = f" [{e.polarity}]" if e.polarity and e.polarity != "asserted" else ""
    text = " ".join(e.text.split())
    if len(text) > 140:
        text = text[:137] + "…"
    return f"{e.date:<10}{source} {what}{pol} {e.doc_id}:{e.start}-{e.end}\n    {text}"


def _distinct(events):
    """One line per fact: a sentence holding one relation type towards several objects prints once."""
    seen = set()
    for e in events:
        key = (e.kind, e.type, e.date, e.doc_id, e.start, e.end)
        if key not in seen:
            seen.add(key)
            yield e


def register(group: click.Group) -> None:
    @group.command("stories")
    @click.option("--min-docs", type=click.IntRange(min=1), default=1, show_default=True,
                  help="Only stories with at least this many documents.")
    @click.option("--json", "as_json", is_flag=True, help="Print JSON.")
    @click.pass_obj
    def stories(ctx, min_docs, as_json):
        """List stories (articles about the same affair), largest first."""
        with _open(ctx) as store:
            rows = list(views.list_stories(store, min_documents=min_docs))
        if as_json:
            _print_json([r.to_dict() for r in rows])
            return
        if not rows:
            click.echo("no stories", err=True)
            return
        for r in rows:
            span = f"{r.first} → {r.last}" if r.first else "undated"
            click.echo(f"{r.id}  {len(r.doc_ids):>3} docs  {span}  {click.style(r.label, bold=True)}")

    @group.command("story")
    @click.argument("story_id")
    @click.option("--json", "as_json", is_flag=True, help="Print JSON.")
    @click.pass_obj
    def story(ctx, story_id, as_json):
        """Show one story: actors, timeline, quotes, outlets, disagreements.

        STORY_ID is a story id or an unambiguous prefix of one.
        """
        with _open(ctx) as store:
            view = views.story_view(store, story_id)
            # The speaker's entity name, not its mention: "la société" says less than "OpenAI".
            speaker_ids = {q["speaker_id"] for q in view.quotes[:20] if q["speaker_id"]}
            names = {sid: store.get_entity(sid).name for sid in speaker_ids}
        if as_json:
            _print_json(view.to_dict())
            return
        s = view.story
        click.echo(click.style(s.label, bold=True) + f"  ({s.id})")
        click.echo(f"documents: {', '.join(s.doc_ids)}")
        if view.near_duplicates:
            click.echo("near-duplicates: " + ", ".join(f"{d} ≈ {o}" for d, o in view.near_duplicates.items()))
        click.echo("\nactors:")
        for entity, n in view.actors[:15]:
            click.echo(f"  {entity.name} ({entity.type}, {entity.id}) in {n} docs")
        click.echo("\ntimeline:")
        for event in _distinct(view.timeline):
            click.echo("  " + _event_line(event))
        click.echo(f"\nquotes: {len(view.quotes)}")
        for q in view.quotes[:20]:
            who = names.get(q["speaker_id"]) or q["speaker_text"] or "(speaker unknown)"
            click.echo(f"  {who}: « {' '.join(q['text'].split())[:120]} » ({q['doc_id']})")
        click.echo("\nper outlet:")
        for o in view.outlets:
            click.echo(f"  {o.outlet}: {len(o.doc_ids)} docs, {len(o.relations)} relations, "
                       f"{len(o.amounts)} amounts, {len(o.quotes)} quotes")
        click.echo(f"\ndisagreements: {len(view.disagreements)}")
        for d in view.disagreements:
            click.echo(f"  {d.field} on {d.about}: {d.a.value!r} ({d.a.outlet or d.a.doc_id}) vs "
                       f"{d.b.value!r} ({d.b.outlet or d.b.doc_id})")

    @group.command("timeline")
    @click.argument("entity")
    @click.option("--json", "as_json", is_flag=True, help="Print JSON.")
    @click.pass_obj
    def timeline(ctx, entity, as_json):
        """Dated events and quotes of one actor, in date order.

        ENTITY is a name, an alias or an entity id.
        """
        with _open(ctx) as store:
            found = views.find_entity(store, entity)
            events = entity_timeline(store, found.id)
            roles = views.entity_roles_over_time(store, found.id)
        if as_json:
            _print_json({"entity": {"id": found.id, "name": found.name, "type": found.type,
                                    "aliases": list(found.aliases), "mentions": found.mention_count,
                                    "documents": found.doc_count},
                         "roles": roles, "events": [e.to_dict() for e in events]})
            return
        for role in roles:
            of = f" ({role['of']})" if role["of"] else ""
            click.echo(f"role: {'former ' if role['former'] else ''}{role['title']}{of}, "
                       f"{role['published'] or 'undated'} {role['doc_id']}")
        click.echo(click.style(found.name, bold=True) + f" ({found.id}): {len(events)} dated events")
        for event in _distinct(events):
            click.echo("  " + _event_line(event))

    @group.command("relations")
    @click.option("--type", "type_", type=click.Choice(RELATION_TYPES), help="Only this relation type.")
    @click.option("--entity", help="Only relations with this entity (name, alias or id) as subject or object.")
    @click.option("--json", "as_json", is_flag=True, help="Print JSON.")
    @click.pass_obj
    def relations(ctx, type_, entity, as_json):
        """List typed relations between actors, in document order."""
        with _open(ctx) as store:
            found = list(views.find_relations(store, type=type_, entity=entity))
        if as_json:
            _print_json([relation_record(s) for s in found])
            return
        if not found:
            click.echo("no relations", err=True)
            return
        for s in found:
            r = s.relation
            pol = f" [{r.polarity}]" if r.polarity != "asserted" else ""
            date = f" ({r.date})" if r.date else ""
            click.echo(f"{r.subject or '?'} —{r.type}{pol}→ {r.object or '?'}{date}  {s.doc_id}:{r.start}-{r.end}")

    @group.command("graph")
    @click.option("--story", "story_id", help="Only the documents of this story.")
    @click.option("--format", "format_", type=click.Choice(("json", "graphml")), default="json", show_default=True)
    @click.option("--min-count", type=click.IntRange(min=1), default=1, show_default=True,
                  help="Drop co-occurrence (mentioned_with) edges seen in fewer documents.")
    @click.option("--out", type=click.Path(dir_okay=False, writable=True), help="Write to FILE (default: stdout).")
    @click.pass_obj
    def graph(ctx, story_id, format_, min_count, out):
        """Write the actor graph as JSON or GraphML.

        Nodes are entities (type, mention count); edges are typed relations and
        mentioned_with co-occurrence edges, with counts.
        """
        with _open(ctx) as store:
            doc_ids = None
            if story_id:
                doc_ids = [m.doc_id for m in store.story_members(views.resolve_story_id(store, story_id))]
            built = graph_module.build_graph(store, doc_ids=doc_ids, min_count=min_count)
        writer = graph_module.write_graphml if format_ == "graphml" else graph_module.write_json
        if out and out != "-":
            with open(out, "w", encoding="utf-8") as handle:
                writer(built, handle)
            click.echo(f"wrote {out}: {len(built.nodes)} nodes, {len(built.edges)} edges", err=True)
        else:
            writer(built, sys.stdout)
