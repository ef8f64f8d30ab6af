"""Story timelines, cross-source disagreements, the actor graph and the cross-document CLI."""

from __future__ import annotations

import io
import json
import xml.etree.ElementTree as ET
from dataclasses import replace

import pytest
from helpers import analysed_pair, assert_offsets, run_cli, span_of

from veille.export import export
from veille.models import Amount, Cue, DateMention, Relation
from veille.resolve.crosssource import find_disagreements
from veille.resolve.graph import build_graph, write_graphml, write_json
from veille.resolve.timeline import story_timeline

_ACTORS = (
    ("Marc Delaunay", "PER", ("Delaunay",), ("Marc Delaunay",)),
    ("Néoria", "ORG", (), ("Néoria",)),
)


def _doc(doc_id, sentences, *, relations=(), dates=(), amounts=(), **fields):
    """A document about Marc Delaunay and Néoria. relations: (type, sentence index, trigger, date or None);
    dates: (text, ISO value); amounts: (text, value)."""
    text = " ".join(sentences)
    article, analysis = analysed_pair(doc_id, text, entities=tuple(
        (name, type_, aliases, tuple(m for m in mentions if m in text) or (name,)) for name, type_, aliases, mentions
        in _ACTORS if name in text or any(a in text for a in aliases)), **fields)
    keys = {e.name: e.key for e in analysis.entities}
    built = []
    for type_, index, trigger, date in relations:
        start, end = span_of(text, sentences[index])
        t_start, t_end = span_of(text, trigger)
        amount = next(((a, v) for a, v in amounts if a in sentences[index]), None)
        arguments = {} if amount is None else {"amount": {
            "value": amount[1], "currency": "EUR", "text": amount[0], "start": span_of(text, amount[0])[0],
            "end": span_of(text, amount[0])[1]}}
        built.append(Relation(type_, keys.get("Marc Delaunay"), keys.get("Néoria"), "Marc Delaunay", "Néoria",
                              start, end, sentences[index], Cue(t_start, t_end, trigger), "asserted", date, arguments))
    analysis = replace(
        analysis, relations=tuple(built),
        dates=tuple(DateMention(*span_of(text, d), d, v, "year" if len(v) == 4 else "day") for d, v in dates),
        amounts=tuple(Amount(*span_of(text, a), a, v, "money", "EUR") for a, v in amounts),
    )
    return article, analysis


S1 = ["Marc Delaunay a fondé Néoria en 2016.", "Il a investi 40 millions d'euros dans Néoria en 2019."]
S2 = ["Marc Delaunay poursuit Néoria en justice depuis le 3 mars 2025.",
      "Selon lui, il avait investi 45 millions d'euros dans Néoria en 2019."]


@pytest.fixture
def story_store(store, ingest):
    ingest(
        _doc("a1", S1, relations=(("investment", 1, "investi", None), ("founding", 0, "fondé", "2016")),
             dates=(("2016", "2016"), ("2019", "2019")), amounts=(("40 millions d'euros", 40e6),),
             outlet="Le Quotidien", published="2025-03-04", title="Delaunay contre Néoria"),
        _doc("a2", S2, relations=(("lawsuit", 0, "poursuit", None), ("investment", 1, "investi", None)),
             dates=(("3 mars 2025", "2025-03-03"), ("2019", "2019")), amounts=(("45 millions d'euros", 45e6),),
             outlet="L'Écho", published="2025-03-05", title="Delaunay attaque Néoria"),
    )
    return store


def _story_id(store):
    ((story_id, _),) = list(store.iter_story_ids())
    return story_id


def test_timeline_story_events_are_ordered_by_date(story_store):
    events = story_timeline(story_store, _story_id(story_store))
    relations = [(e.type, e.date, e.date_source) for e in events if e.kind == "relation"]
    assert relations == [
        ("founding", "2016", "relation"), ("investment", "2019", "sentence"), ("investment", "2019", "sentence"),
        ("lawsuit", "2025-03-03", "sentence"),
    ]
    amounts = [e for e in events if e.kind == "amount"]
    assert [(a.date, a.details["value"]) for a in amounts] == [("2019", 40e6), ("2019", 45e6)]
    for e in events:
        text = story_store.get_document(e.doc_id).article.text
        assert text[e.start:e.end] == e.text


def test_timeline_disagreement_between_two_outlets_on_a_figure(story_store):
    found = find_disagreements(story_store, ["a1", "a2"])
    on_relation = [d for d in found if d.field == "amount" and d.key.get("type") == "investment"]
    assert len(on_relation) == 1
    d = on_relation[0]
    assert {(d.a.outlet, d.a.value), (d.b.outlet, d.b.value)} == {("Le Quotidien", 40e6), ("L'Écho", 45e6)}
    assert not [x for x in found if x.field in ("date", "polarity")]


def test_timeline_same_figure_is_no_disagreement(store, ingest):
    ingest(
        _doc("b1", S1[1:], relations=(("investment", 0, "investi", None),), amounts=(("40 millions d'euros", 40e6),)),
        _doc("b2", ["Marc Delaunay a bien investi 40 millions d'euros dans Néoria."],
             relations=(("investment", 0, "investi", None),), amounts=(("40 millions d'euros", 40e6),)),
    )
    assert find_disagreements(store, ["b1", "b2"]) == []


def test_graph_json_and_graphml_parse_with_counts(story_store):
    graph = build_graph(story_store)
    typed = {(e.source, e.target, e.type): e.count for e in graph.edges if e.type != "mentioned_with"}
    assert typed == {
        ("per-marc-delaunay", "org-neoria", "founding"): 1,
        ("per-marc-delaunay", "org-neoria", "investment"): 2,
        ("per-marc-delaunay", "org-neoria", "lawsuit"): 1,
    }
    (co,) = [e for e in graph.edges if e.type == "mentioned_with"]
    assert (co.source, co.target, co.count) == ("org-neoria", "per-marc-delaunay", 2)
    out = io.StringIO()
    write_json(graph, out)
    data = json.loads(out.getvalue())
    assert {n["id"] for n in data["nodes"]} == {"per-marc-delaunay", "org-neoria"}
    out = io.StringIO()
    write_graphml(graph, out)
    root = ET.fromstring(out.getvalue())
    ns = {"g": "http://graphml.graphdrawing.org/xmlns"}
    assert len(root.findall(".//g:node", ns)) == 2 and len(root.findall(".//g:edge", ns)) == 4


def test_graph_export_has_stories_events_and_cooccurrence_with_offsets(story_store):
    out = io.StringIO()
    export(story_store, format="json", out=None, stdout=out)
    data = json.loads(out.getvalue())
    assert assert_offsets(data) > 0
    (story,) = data["stories"]
    assert story["doc_ids"] == ["a1", "a2"] and set(story["entity_ids"]) == {"per-marc-delaunay", "org-neoria"}
    assert [e["date"] for e in story["timeline"]] == sorted(e["date"] for e in story["timeline"])
    assert any(d["field"] == "amount" for d in story["disagreements"])
    assert [(e["type"], e["date"]) for e in data["events"]][0] == ("founding", "2016")
    texts = {d["id"]: d["text"] for d in data["documents"]}
    for e in data["events"]:
        assert texts[e["doc_id"]][e["start"]:e["end"]] == e["text"]
    (co,) = [r for r in data["relations"] if r["type"] == "mentioned_with"]
    assert co["arguments"]["count"] == 2


def test_cli_system_commands_print_json(story_store, tmp_path):
    db = story_store.path
    story_id = _story_id(story_store)
    stories = json.loads(run_cli(["--db", db, "stories", "--json"]).stdout)
    assert [s["id"] for s in stories] == [story_id]
    story = json.loads(run_cli(["--db", db, "story", story_id[:4], "--json"]).stdout)
    assert story["id"] == story_id and story["actors"][0]["documents"] == 2 and story["disagreements"]
    timeline = json.loads(run_cli(["--db", db, "timeline", "Delaunay", "--json"]).stdout)
    assert timeline["entity"]["id"] == "per-marc-delaunay"
    assert [e["date"] for e in timeline["events"]] == sorted(e["date"] for e in timeline["events"])
    relations = json.loads(run_cli(["--db", db, "relations", "--type", "investment", "--entity", "Néoria",
                                    "--json"]).stdout)
    assert len(relations) == 2 and {r["type"] for r in relations} == {"investment"}
    out = tmp_path / "g.graphml"
    result = run_cli(["--db", db, "graph", "--story", story_id, "--format", "graphml", "--out", str(out)])
    assert result.exit_code == 0 and ET.parse(out).getroot().tag.endswith("graphml")
    assert run_cli(["--db", db, "story", "nope", "--json"]).exit_code == 1


def test_timeline_weeks_sort_by_their_monday_and_dated_sentences_are_events(store, ingest):
    from veille.resolve.timeline import date_sort_key

    assert sorted(["2024-03-05", "2024-W09", "2024", "2023-11"], key=date_sort_key) == [
        "2023-11", "2024", "2024-W09", "2024-03-05"]
    text = "Le conseil de Néoria avait voté en novembre le départ de Marc Delaunay. Il pleuvait."
    ingest(_doc("c1", [text], dates=(("en novembre", "2024-11"),), published="2025-01-10"))
    events = story_timeline(store, _story_id(store))
    (event,) = events
    assert (event.kind, event.date, event.text) == ("sentence", "2024-11", text.split(" Il")[0])
    assert set(event.entity_ids) == {"per-marc-delaunay", "org-neoria"}


def test_cli_story_names_a_quote_speaker_by_its_entity_not_its_pronoun(store, ingest):
    from veille.models import Quote

    article, analysis = _doc("q1", S2, outlet="L'Écho", published="2025-03-05")
    quoted = S2[1].split(", ", 1)[1]
    key = analysis.entities[0].key
    quote = Quote(*span_of(article.text, quoted), quoted, "indirect", key, "lui",
                  *span_of(article.text, "lui"), Cue(*span_of(article.text, "Selon"), "Selon"), 0.8, "test")
    ingest((article, replace(analysis, quotes=(quote,))))
    out = run_cli(["--db", store.path, "story", _story_id(store)]).stdout
    assert "Marc Delaunay: « il avait investi" in out and "lui: «" not in out
