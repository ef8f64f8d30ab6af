"""Train and cross-validate the learned antecedent finder (issues #3 and #4).

Democrat (../shared/corpora/democrat, French written coreference, gold chains) is
rebuilt as text (``veille.evaluation.democrat``) and parsed by veille's pipeline
(entities only). Every subject pronoun and definite noun phrase that is a gold
mention is one ranking problem: its candidates are the persons and organisations
veille names in the 1,500 characters before it (``coref_candidates.py`` beside this script),
labelled right when one of that actor's mentions is a gold mention of the
anaphor's chain. Anaphors whose chain holds no candidate stay in: answering them
at all is an error, which is what the threshold is for.

    .venv/bin/python benchmarks/train_coref.py --cv            # the table in docs/benchmarks.md
    .venv/bin/python benchmarks/train_coref.py --out /tmp/coref_model.json   # the weights, to read

--cv: GroupKFold by document (5 folds, nested choice of C): for each anaphor kind,
accuracy on anaphors with a right candidate, and precision / coverage of the
answers above each probability threshold, against a baseline (the nearest
candidate agreeing in gender and number). --out: the model trained on every
document (JSON weights, as the speaker ranker's), for reading; it is not shipped.
Needs scikit-learn (a dev dependency); the shipped model does not.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPORA = Path(os.environ.get("VEILLE_CORPORA", ROOT.parent / "shared" / "corpora"))
DEFAULT_CONLL = CORPORA / "democrat" / "dem1921_sg.dev.conll"
THRESHOLDS = (0.0, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8)


def _gold_mention_of(span, mentions):
    """The gold mention that is ``span``: the shortest one holding its head word
    and starting within its first word."""
    head = span.root
    best = None
    for g in mentions:
        if g.start <= head.idx < g.end and span.start_char <= g.start <= span[0].idx + len(span[0].text):
            if best is None or g.end - g.start < best.end - best.start:
                best = g
    return best


def _chain_of(start, end, mentions):
    """Chain of the innermost gold mention holding [start, end) (or overlapping it)."""
    holding = [g for g in mentions if g.start <= start and end <= g.end]
    if not holding:
        holding = [g for g in mentions if g.start < end and start < g.end]
    if not holding:
        return None
    return min(holding, key=lambda g: g.end - g.start).chain


def _rules_choice(index, span, cands) -> int | None:
    """Which candidate the hand rules of veille.nlp.coreference pick (None: no
    candidate, or no answer). Run without quotes, so no "last speaker" rule helps."""
    from coref_candidates import entity_id
    from veille.nlp.coreference import normalise_name

    if len(span) == 1:
        ref = index.resolve_pronoun(span[0])
    else:
        ref = index.resolve_description(span)
    if ref is None or ref.start is None:
        return None
    for i, c in enumerate(cands):
        m = c.mention
        if (ref.key is not None and ref.key == m.key) or entity_id(m) == "name:" + normalise_name(ref.name or ""):
            return i
    return None


def build_problems(conll: Path) -> list[dict]:
    from veille.evaluation.democrat import read_democrat
    from veille.nlp.build import build_nlp
    from coref_candidates import anaphor_kind, anaphor_spans, candidates, entity_id
    from veille.nlp.speakers import SpeakerIndex

    nlp = build_nlp(components=("veille_entities",))
    problems = []
    t0 = time.time()
    docs = list(read_democrat(conll))
    for d in docs:
        doc = nlp(d.text)
        index = SpeakerIndex(doc)
        chains = {}
        for m in index.mentions:
            chains.setdefault(entity_id(m), set())
            c = _chain_of(m.start, m.end, d.mentions)
            if c is not None:
                chains[entity_id(m)].add((m.start, c))
        seen = set()
        for span in anaphor_spans(doc):
            if (span.start, span.end) in seen or index.entity_in(span.start_char, span.end_char) is not None:
                continue
            seen.add((span.start, span.end))
            kind = anaphor_kind(span)
            gold = _gold_mention_of(span, d.mentions)
            if kind is None or gold is None:
                continue
            cands = candidates(index, span)
            if not cands:
                continue
            labels = [
                any(c == gold.chain and at < span.start_char for at, c in chains.get(entity_id(x.mention), ()))
                for x in cands
            ]
            rules = _rules_choice(index, span, cands)
            problems.append({"doc": d.id, "kind": kind, "features": [x.features for x in cands],
                             "labels": labels, "text": span.text, "rules": rules})
    print(f"parsed {len(docs)} documents in {time.time() - t0:.0f}s; {len(problems)} anaphors", file=sys.stderr)
    return problems


def _fit(problems, C):
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    X = [f for p in problems for f in p["features"]]
    y = [int(v) for p in problems for v in p["labels"]]
    vec = DictVectorizer()
    clf = LogisticRegression(C=C, max_iter=2000, class_weight=None)
    clf.fit(vec.fit_transform(X), y)
    return vec, clf


def _to_model(vec, clf, meta):
    from veille.nlp.speaker_ranker import RankerModel

    weights = dict(zip(vec.get_feature_names_out(), clf.coef_[0]))
    return RankerModel({k: float(v) for k, v in weights.items()}, float(clf.intercept_[0]), meta)


def _choose_C(problems, groups):
    from sklearn.model_selection import GroupKFold

    best = None
    for C in (0.1, 0.3, 1.0, 3.0):
        right = total = 0
        for tr, te in GroupKFold(n_splits=4).split(problems, groups=groups):
            vec, clf = _fit([problems[i] for i in tr], C)
            model = _to_model(vec, clf, {})
            for i in te:
                p = problems[i]
                if not any(p["labels"]):
                    continue
                scores = [model.score(f) for f in p["features"]]
                total += 1
                right += p["labels"][max(range(len(scores)), key=lambda k: (scores[k], -k))]
        acc = right / total if total else 0
        if best is None or acc > best[0]:
            best = (acc, C)
    return best[1]


def _baseline(p) -> int | None:
    """The nearest candidate whose gender and number do not clash."""
    for i, f in enumerate(p["features"]):
        if not any(k.endswith("gender_clash") for k in f):
            return i
    return None


def cross_validate(problems, folds: int = 5) -> dict:
    import math

    from sklearn.model_selection import GroupKFold

    groups = [p["doc"] for p in problems]
    predictions = [None] * len(problems)
    for tr, te in GroupKFold(n_splits=folds).split(problems, groups=groups):
        train = [problems[i] for i in tr]
        C = _choose_C(train, [groups[i] for i in tr])
        vec, clf = _fit(train, C)
        model = _to_model(vec, clf, {})
        for i in te:
            scores = [model.score(f) for f in problems[i]["features"]]
            best = max(range(len(scores)), key=lambda k: (scores[k], -k))
            predictions[i] = (best, 1 / (1 + math.exp(-scores[best])))
    table = defaultdict(dict)
    for kind in ("pron_sing", "pron_plur", "desc_per", "desc_org", "desc_other", "all"):
        sel = [i for i, p in enumerate(problems) if kind == "all" or p["kind"] == kind]
        reachable = [i for i in sel if any(problems[i]["labels"])]
        row = table[kind]
        row["anaphors"] = len(sel)
        row["reachable"] = len(reachable)
        row["model_acc"] = sum(problems[i]["labels"][predictions[i][0]] for i in reachable) / max(1, len(reachable))
        base = [_baseline(problems[i]) for i in reachable]
        rules = [problems[i]["rules"] for i in reachable]
        row["rules_answered"] = sum(r is not None for r in rules)
        row["rules_right"] = sum(r is not None and problems[i]["labels"][r] for i, r in zip(reachable, rules))
        both = [i for i in reachable if problems[i]["rules"] is not None]
        row["model_right_where_rules_answer"] = sum(problems[i]["labels"][predictions[i][0]] for i in both)
        row["baseline_acc"] = sum(b is not None and problems[i]["labels"][b] for i, b in zip(reachable, base)) / max(1, len(reachable))
        for t in THRESHOLDS:
            answered = [i for i in sel if predictions[i][1] >= t]
            right = sum(problems[i]["labels"][predictions[i][0]] for i in answered)
            row[f"P@{t}"] = right / max(1, len(answered))
            row[f"n@{t}"] = len(answered)
            row[f"right@{t}"] = right
    return table


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--conll", type=Path, default=DEFAULT_CONLL, help="Democrat CoNLL file (default: %(default)s)")
    ap.add_argument("--cv", action="store_true", help="cross-validate by document and print the table")
    ap.add_argument("--out", type=Path, help="train on every document and write the model JSON here")
    args = ap.parse_args(argv)
    if not args.conll.exists():
        print(f"error: {args.conll}: Democrat CoNLL file not found (set VEILLE_CORPORA or --conll)", file=sys.stderr)
        return 2
    problems = build_problems(args.conll)
    if args.cv:
        table = cross_validate(problems)
        print("| anaphor | anaphors | with a right candidate | nearest agreeing | model | rules answer | rules right | model right there | "
              + " | ".join(f"P / answered @{t}" for t in THRESHOLDS) + " |")
        print("| --- " * (8 + len(THRESHOLDS)) + "|")
        for kind, row in table.items():
            cells = [kind, row["anaphors"], row["reachable"], f"{row['baseline_acc']:.3f}", f"{row['model_acc']:.3f}",
                     row["rules_answered"], row["rules_right"], row["model_right_where_rules_answer"]]
            cells += [f"{row[f'P@{t}']:.2f} / {row[f'n@{t}']}" for t in THRESHOLDS]
            print("| " + " | ".join(str(c) for c in cells) + " |")
    if args.out:
        groups = [p["doc"] for p in problems]
        C = _choose_C(problems, groups)
        vec, clf = _fit(problems, C)
        model = _to_model(vec, clf, {"C": C, "trained_on": args.conll.name,
                                     "anaphors": len(problems)})
        import json

        args.out.write_text(json.dumps(model.to_json(), ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(f"wrote {args.out} (C={C}, {len(problems)} anaphors)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
