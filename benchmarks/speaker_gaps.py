"""Where speaker attribution loses on fresh text (issue #3; docs/benchmarks.md §4.0f).

Three counts over gold halves, none printing article text:

    # why the right speaker is not among the ranker's candidates (direct quotes)
    .venv/bin/python benchmarks/speaker_gaps.py oracle --halves quotes-train1,quotes-train2,quotes-train3,quotes-train4
    # what became of the quotes the rules gave a keyless description ("le chef de l'État")
    .venv/bin/python benchmarks/speaker_gaps.py descriptions --halves quotes-train1,quotes-train2
    # the ranker with other model classes (5 folds by article, override mode)
    .venv/bin/python benchmarks/speaker_gaps.py models --halves quotes-train1,...,quotes-train7 [--extra quotes-dev,...]

The first two parse the halves with the rules (no ranker); ``models`` reuses the
problems of ``train_speaker_ranker.py`` (and its cache). Needs scikit-learn for
``models`` (a dev dependency).
"""

from __future__ import annotations

import argparse
import collections
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks"))

COMPONENTS = ("veille_entities", "veille_amounts", "veille_dates", "veille_quotes")


def _matched(halves, corpus, kinds):
    """(quote, gold quote, doc, entity records) for every predicted quote of ``kinds``
    matched to a gold quote at 30 % overlap, as ``veille eval quotes`` matches them."""
    from veille.evaluation.gold import load_articles, load_gold
    from veille.evaluation.quotes import match
    from veille.nlp.build import build_nlp

    nlp = build_nlp(components=COMPONENTS)
    for half in halves:
        gold = load_gold(ROOT / "benchmarks" / "gold" / f"{half}.jsonl")
        articles = load_articles(corpus, gold)
        for g in gold:
            art = articles[g.id]
            doc = nlp.make_doc(art.text)
            doc._.veille_published = art.published
            doc = nlp(doc)
            quotes = list(doc._.veille_quotes or [])
            records = {r.key: r for r in doc._.veille_entities or [] if r.type in ("PER", "ORG")}
            for kind in kinds:
                mine = [i for i, q in enumerate(quotes) if ("direct" if q.kind == "partial" else q.kind) == kind]
                theirs = [q for q in g.quotes if q.type == kind]
                for a, b in match([(quotes[i].start, quotes[i].end) for i in mine],
                                  [(q.start, q.end) for q in theirs], 0.3):
                    yield mine[a], quotes, theirs[b], doc, records


def oracle(args) -> None:
    from veille.evaluation.quotes import same_speaker
    from veille.nlp.speaker_features import document_candidates

    counts, total, last = collections.Counter(), 0, (None, None)
    for i, quotes, gq, doc, records in _matched(args.halves, args.corpus, ("direct",)):
        total += 1
        if last[0] is not doc:
            last = (doc, document_candidates(doc, quotes))
        if any(same_speaker(c.names, gq.speaker) for c in last[1][i]):
            continue
        if gq.speaker is None:
            counts["no gold speaker"] += 1
            continue
        named = [r for r in records.values() if same_speaker((r.name, *r.aliases), gq.speaker)]
        if named:
            first = min(m.start for r in named for m in r.mentions)
            counts["an entity named " + ("before the quote" if first < quotes[i].start else "only after it")] += 1
        else:
            counts[f"no entity, gold kind {gq.speaker_kind}"] += 1
    print(f"{total} matched direct quotes; no right candidate for {sum(counts.values())}:")
    for what, n in counts.most_common():
        print(f"  {n:4d}  {what}")


def descriptions(args) -> None:
    from veille.evaluation.quotes import same_speaker, speaker_names
    from veille.nlp.speaker_features import _DETERMINERS

    counts = collections.Counter()
    for i, quotes, gq, _, records in _matched(args.halves, args.corpus, ("direct", "indirect")):
        q = quotes[i]
        said = (q.speaker_text or "").replace("’", "'").replace("'", "' ").lower().split()
        if q.speaker_key is not None or not said or said[0] not in _DETERMINERS and said[0] != "l'" \
                or not any(len(w) > 3 and w.isalpha() for w in said[1:]):
            continue  # only the keyless descriptions with a content word ("le chef de l'État", "l'étude")
        if same_speaker(speaker_names(q, records), gq.speaker):
            counts["right as written"] += 1
        elif any(same_speaker((r.name, *r.aliases), gq.speaker) for r in records.values()):
            counts["wrong: the gold speaker is an entity of the article"] += 1
        else:
            counts["wrong: the gold speaker is no entity"] += 1
    print(f"{sum(counts.values())} matched quotes whose speaker the rules left as a description:")
    for what, n in counts.most_common():
        print(f"  {n:4d}  {what}")


def models(args) -> None:
    import numpy as np
    from sklearn.ensemble import GradientBoostingClassifier, HistGradientBoostingClassifier
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import GroupKFold

    import train_speaker_ranker as t

    problems = t.load_problems(args, tuple(args.halves))
    extra = [p for p in t.load_problems(args, tuple(args.extra)) if any(p["labels"])] if args.extra else []
    groups = [p["doc"] for p in problems]
    makers = {
        "logistic regression": (lambda: LogisticRegression(C=0.3, max_iter=3000), False),
        "HistGradientBoosting": (lambda: HistGradientBoostingClassifier(
            max_iter=200, learning_rate=0.05, max_leaf_nodes=15, min_samples_leaf=20), True),
        "GradientBoosting": (lambda: GradientBoostingClassifier(
            n_estimators=200, max_depth=3, learning_rate=0.05, subsample=0.8, random_state=0), True),
    }
    for name, (make, dense) in makers.items():
        right = np.zeros(len(problems), bool)
        for train, test in GroupKFold(5, shuffle=True, random_state=0).split(problems, groups=groups):
            part = [problems[i] for i in train if any(problems[i]["labels"])] + extra
            vec = DictVectorizer()
            x = vec.fit_transform([f for p in part for f in p["features"]])
            y = [int(v) for p in part for v in p["labels"]]
            model = make().fit(x.toarray() if dense else x, y)
            for i in test:
                xt = vec.transform(problems[i]["features"])
                scores = model.predict_proba(xt.toarray() if dense else xt)[:, 1]
                right[i] = problems[i]["labels"][int(np.argmax(scores))]
        for kind in ("direct", "indirect"):
            idx = [i for i, p in enumerate(problems) if p["kind"] == kind]
            print(f"{name:22s} {kind:8s} rules {np.mean([problems[i]['rules_right'] for i in idx]):.3f}  "
                  f"model {right[idx].mean():.3f}  oracle {np.mean([any(problems[i]['labels']) for i in idx]):.3f}")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("what", choices=("oracle", "descriptions", "models"))
    ap.add_argument("--halves", required=True, type=lambda s: [h for h in s.split(",") if h])
    ap.add_argument("--extra", default=[], type=lambda s: [h for h in s.split(",") if h],
                    help="models: halves added to every training part (never scored)")
    ap.add_argument("--corpus", default=str(ROOT.parent / "shared" / "corpora" / "fr-news-dev.jsonl"))
    ap.add_argument("--gold-dir", default=str(ROOT / "benchmarks" / "gold"))
    ap.add_argument("--cache", default="/tmp/veille-speaker-ranker")
    ap.add_argument("--reparse", action="store_true")
    args = ap.parse_args(argv)
    {"oracle": oracle, "descriptions": descriptions, "models": models}[args.what](args)
    return 0


if __name__ == "__main__":
    sys.exit(main())
