"""Score entity resolution: cross-document linking, and document-level grouping of name mentions.

Usage (from the repository root):

    .venv/bin/python benchmarks/eval_entities.py \
        --gold benchmarks/gold/entities.jsonl \
        --corpus ../shared/corpora/fr-news-dev.jsonl [--store /tmp/entities.db] \
        [--democrat ../shared/corpora/democrat/dem1921_sg.dev.conll] [--json]

1. **Cross-document linking** (``--gold``): the gold lists, for 30 corpus articles, the
   local actors (PER, ORG) with a hand-given cluster label (one label per real-world
   actor). The articles are ingested (``--store`` reuses a store), entity links are
   rebuilt from scratch in corpus order, and every pair of gold actors from two
   different documents is scored: same global entity vs same gold label (pairwise
   precision, recall, F1). The name-only rule of the first version
   (``matcher=match_entity``) and plain exact-name identity are scored as baselines.
   Gold actors are matched to stored local entities by document, type and name.
2. **Democrat** (``--democrat``): for the L'Est Républicain articles of the Democrat
   coreference corpus, the text is rebuilt from the tokens, analysed by the veille
   pipeline, and the gold mentions made of proper nouns are matched to veille's name
   mentions (same character span); pairs of matched mentions in one document are
   scored: same veille actor vs same gold chain.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from veille.models import Article  # noqa: E402
from veille.resolve.entities import fold, link_documents, match_entity  # noqa: E402
from veille.store import Store  # noqa: E402


def pairwise(items: list[tuple[str, str, str]], *, across_groups: bool) -> dict[str, float]:
    """Pairwise P/R/F1 of (group, predicted cluster, gold cluster) items.

    across_groups: only pairs from two different groups (documents) when True, only
        pairs inside one group when False.
    """
    tp = fp = fn = 0
    for i, (gi, pi, oi) in enumerate(items):
        for gj, pj, oj in items[i + 1:]:
            if (gi != gj) != across_groups:
                continue
            same_pred, same_gold = pi == pj, oi == oj
            tp += same_pred and same_gold
            fp += same_pred and not same_gold
            fn += same_gold and not same_pred
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"pairs_gold": tp + fn, "pairs_predicted": tp + fp, "precision": round(p, 4), "recall": round(r, 4),
            "f1": round(f, 4)}


def linking_scores(gold_path: str, corpus: str, store_path: str | None) -> dict:
    gold = [json.loads(line) for line in open(gold_path, encoding="utf-8") if line.strip()]
    ids = [g["id"] for g in gold]
    wanted = set(ids)
    with tempfile.TemporaryDirectory() as tmp:
        source = os.path.join(tmp, "articles.jsonl")
        with open(corpus, encoding="utf-8") as handle, open(source, "w", encoding="utf-8") as out:
            for line in handle:
                if line.strip() and json.loads(line)["id"] in wanted:
                    out.write(line)
        from veille.ingest.service import ingest

        with Store(store_path or os.path.join(tmp, "entities.db")) as store:
            ingest([source], store)
            order = [d.id for d in store.iter_documents() if d.id in wanted]
            results = {}
            for name, matcher in (("context (veille)", None), ("name-only (v1)", match_entity)):
                with store.transaction():
                    store.reset_cross_document(entities=True)
                link_documents(store, order, matcher=matcher)
                items, missing = _link_items(store, gold)
                results[name] = pairwise(items, across_groups=True)
            results["exact name"] = pairwise(
                [(doc, f"{t}:{fold(n)}", o) for doc, t, n, o in _gold_rows(gold)], across_groups=True)
            results["gold actors"] = sum(len(g["entities"]) for g in gold)
            results["gold actors not found in the store"] = missing
    return results


def _gold_rows(gold: list[dict]):
    for g in gold:
        for e in g["entities"]:
            yield g["id"], e["type"], e["name"], e["cluster"]


def _link_items(store: Store, gold: list[dict]) -> tuple[list[tuple[str, str, str]], int]:
    items, missing = [], 0
    for g in gold:
        locals_ = store.local_entities(g["id"])
        by_name = {(le.record.type, le.record.name): le.entity_id for le in locals_}
        by_key = {le.record.key: le.entity_id for le in locals_}
        for e in g["entities"]:
            entity_id = by_name.get((e["type"], e["name"])) or by_key.get(e["key"])
            if entity_id is None:
                missing += 1
                continue
            items.append((g["id"], entity_id, e["cluster"]))
    return items, missing


# --- Democrat ------------------------------------------------------------------------


def read_democrat(path: str, *, name_filter: str = "estrepublicain") -> list[dict]:
    """The press articles of a Democrat CoNLL file (``veille.evaluation.democrat``:
    text rebuilt from the tokens) and their gold name mentions ``(start, end,
    chain)``: the mentions whose words are all proper nouns."""
    from veille.evaluation.democrat import read_democrat as read_documents

    return [
        {"name": d.id, "text": d.text, "gold": [(m.start, m.end, m.chain) for m in d.mentions if m.proper]}
        for d in read_documents(path) if name_filter in d.id
    ]


def democrat_scores(path: str) -> dict:
    from veille.nlp.build import build_nlp
    from veille.pipeline import analyse_batch

    docs = read_democrat(path)
    nlp = build_nlp()
    analyses = analyse_batch(nlp, [Article(id=d["name"], text=d["text"], lang="fr") for d in docs])
    items, gold_total = [], 0
    for doc, analysis in zip(docs, analyses):
        spans = {(m.start, m.end): e.key for e in analysis.entities for m in e.mentions}
        gold_total += len(doc["gold"])
        for start, end, chain in doc["gold"]:
            key = spans.get((start, end))
            if key is not None:
                items.append((doc["name"], key, chain))
    scores = pairwise(items, across_groups=False)
    return {"documents": len(docs), "gold_name_mentions": gold_total, "matched_mentions": len(items), **scores}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", help="entity clustering gold JSONL")
    parser.add_argument("--corpus", help="corpus JSONL the gold ids point into")
    parser.add_argument("--store", help="store to (re)use instead of a temporary one")
    parser.add_argument("--democrat", help="Democrat CoNLL file (dem1921_sg.dev.conll)")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    result = {}
    if args.gold:
        if not args.corpus:
            parser.error("--gold needs --corpus")
        result["linking"] = linking_scores(args.gold, args.corpus, args.store)
    if args.democrat:
        result["democrat"] = democrat_scores(args.democrat)
    if not result:
        parser.error("give --gold/--corpus and/or --democrat")
    print(json.dumps(result, indent=2, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
