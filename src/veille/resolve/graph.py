"""The actor graph: global entities as nodes, typed relations and co-occurrence as edges.

Edges:
- one per ``(source, target, relation type)`` found by the relation extractor, with the
  number of relations and their polarities;
- ``mentioned_with``: two entities named in the same sentence (undirected, ``source``
  < ``target``), with the number of documents where they are, and the first such
  sentence as provenance. Sentence rather than document co-occurrence: two actors
  of one long article are not thereby related, and the edge count stays linear in
  the number of sentences.

GraphML is written with ``xml.etree`` (networkx is not a dependency of veille; the
format needs nothing more than keys, nodes and edges).
"""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from bisect import bisect_right
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, TextIO

from ..store import Store
from .timeline import sentence_starts

MENTIONED_WITH = "mentioned_with"


@dataclass(frozen=True)
class Node:
    id: str
    name: str
    type: str
    mentions: int
    documents: int


@dataclass(frozen=True)
class Edge:
    source: str
    target: str
    type: str
    count: int
    polarities: dict[str, int] = field(default_factory=dict, hash=False, compare=False)
    example_doc: str | None = None


@dataclass(frozen=True)
class Graph:
    nodes: list[Node]
    edges: list[Edge]

    def to_dict(self) -> dict[str, Any]:
        return {
            "nodes": [vars(n) for n in self.nodes],
            "edges": [
                {"source": e.source, "target": e.target, "type": e.type, "count": e.count,
                 "polarities": e.polarities, "example_doc": e.example_doc}
                for e in self.edges
            ],
        }


def build_graph(store: Store, *, doc_ids: Sequence[str] | None = None, min_count: int = 1) -> Graph:
    """The graph of the whole store, or of ``doc_ids`` (a story).

    min_count: drop ``mentioned_with`` edges seen in fewer documents (typed edges are kept).
    """
    scope = None if doc_ids is None else set(doc_ids)
    typed: dict[tuple[str, str, str], Counter] = {}
    examples: dict[tuple[str, str, str], str] = {}
    for s in store.iter_relations():
        if scope is not None and s.doc_id not in scope:
            continue
        if not s.subject_id or not s.object_id or s.subject_id == s.object_id:
            continue
        key = (s.subject_id, s.object_id, s.relation.type)
        typed.setdefault(key, Counter())[s.relation.polarity] += 1
        examples.setdefault(key, s.doc_id)
    edges = [Edge(a, b, t, sum(c.values()), dict(c), examples[(a, b, t)]) for (a, b, t), c in sorted(typed.items())]
    for (a, b), co in sorted(cooccurrences(store, doc_ids).items()):
        if co.count >= min_count:
            edges.append(Edge(a, b, MENTIONED_WITH, co.count, {}, co.doc_id))
    ids = sorted({e.source for e in edges} | {e.target for e in edges} | _entities_in(store, doc_ids))
    nodes = []
    for entity_id in ids:
        e = store.get_entity(entity_id)
        nodes.append(Node(e.id, e.name, e.type, e.mention_count, e.doc_count))
    nodes.sort(key=lambda n: (-n.mentions, n.id))
    return Graph(nodes, edges)


@dataclass(frozen=True)
class Cooccurrence:
    """Two entities named in one sentence: in ``count`` documents; the first is ``doc_id``,
    where ``text[start:end]`` is the sentence."""

    count: int
    doc_ids: tuple[str, ...]
    doc_id: str
    start: int
    end: int


def cooccurrences(store: Store, doc_ids: Sequence[str] | None = None) -> dict[tuple[str, str], Cooccurrence]:
    """``{(a, b): Cooccurrence}`` for entity ids a < b named in the same sentence, over the
    store or ``doc_ids``, documents in ingestion order."""
    found: dict[tuple[str, str], dict] = {}
    for doc in store.iter_documents(None if doc_ids is None else list(doc_ids)):
        text = doc.article.text
        starts = sentence_starts(text)
        by_sentence: dict[int, set[str]] = {}
        for local in store.local_entities(doc.id):
            if local.entity_id is None:
                continue
            for m in local.record.mentions:
                by_sentence.setdefault(bisect_right(starts, m.start) - 1, set()).add(local.entity_id)
        for index, ids in sorted(by_sentence.items()):
            ordered = sorted(ids)
            start = starts[index]
            end = starts[index + 1] if index + 1 < len(starts) else len(text)
            while end > start and text[end - 1].isspace():
                end -= 1
            for i, a in enumerate(ordered):
                for b in ordered[i + 1:]:
                    entry = found.setdefault((a, b), {"docs": [], "first": (doc.id, start, end)})
                    if not entry["docs"] or entry["docs"][-1] != doc.id:
                        entry["docs"].append(doc.id)
    return {
        pair: Cooccurrence(len(e["docs"]), tuple(e["docs"]), *e["first"]) for pair, e in found.items()
    }


def _entities_in(store: Store, doc_ids: Sequence[str] | None) -> set[str]:
    if doc_ids is None:
        return {e.id for e in store.iter_entities()}
    return {e for links in store.links_of_documents(list(doc_ids)).values() for e in links}


def write_json(graph: Graph, out: TextIO) -> None:
    json.dump(graph.to_dict(), out, ensure_ascii=False, indent=2)
    out.write("\n")


_GRAPHML_NS = "http://graphml.graphdrawing.org/xmlns"
# (key id, applies to, attribute name, GraphML type)
_KEYS = (
    ("name", "node", "name", "string"), ("type", "node", "type", "string"),
    ("mentions", "node", "mentions", "int"), ("documents", "node", "documents", "int"),
    ("relation", "edge", "type", "string"), ("count", "edge", "count", "int"),
    ("polarities", "edge", "polarities", "string"), ("example_doc", "edge", "example_doc", "string"),
)


def write_graphml(graph: Graph, out: TextIO) -> None:
    """GraphML 1.0 (directed; ``mentioned_with`` edges carry ``directed="false"``)."""
    root = ET.Element("graphml", xmlns=_GRAPHML_NS)
    for key_id, for_, name, type_ in _KEYS:
        ET.SubElement(root, "key", {"id": key_id, "for": for_, "attr.name": name, "attr.type": type_})
    g = ET.SubElement(root, "graph", id="veille", edgedefault="directed")

    def data(parent: ET.Element, key: str, value: Any) -> None:
        if value is not None:
            ET.SubElement(parent, "data", key=key).text = str(value)

    for n in graph.nodes:
        node = ET.SubElement(g, "node", id=n.id)
        data(node, "name", n.name)
        data(node, "type", n.type)
        data(node, "mentions", n.mentions)
        data(node, "documents", n.documents)
    for i, e in enumerate(graph.edges):
        attrs = {"id": f"e{i}", "source": e.source, "target": e.target}
        if e.type == MENTIONED_WITH:
            attrs["directed"] = "false"
        edge = ET.SubElement(g, "edge", attrs)
        data(edge, "relation", e.type)
        data(edge, "count", e.count)
        data(edge, "polarities", json.dumps(e.polarities, sort_keys=True) if e.polarities else None)
        data(edge, "example_doc", e.example_doc)
    ET.indent(root)
    out.write('<?xml version="1.0" encoding="UTF-8"?>\n')
    out.write(ET.tostring(root, encoding="unicode"))
    out.write("\n")
