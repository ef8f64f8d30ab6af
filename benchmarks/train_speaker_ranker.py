"""Train and cross-validate the learned speaker ranker (issue #3).

Every development and training gold article is parsed once (rules only, no ranker); each
predicted quote matched to a gold quote (30 % overlap, as ``veille eval quotes``)
gives one ranking problem: its candidates (``veille.nlp.speaker_features``), each
labelled by ``same_speaker`` against the gold speaker.

    .venv/bin/python benchmarks/train_speaker_ranker.py --cv
    .venv/bin/python benchmarks/train_speaker_ranker.py --out src/veille/nlp/data/speaker_ranker.json
    .venv/bin/python benchmarks/train_speaker_ranker.py --halves quotes-train1,quotes-train2 --score quotes-train5

--cv: GroupKFold by article (5 folds): speaker accuracy of the rules alone and of
the ranker on exactly the same quotes, per half and kind, with the quotes changed
right->wrong and wrong->right. --out: the model trained on every article, as JSON.
Needs scikit-learn (a dev dependency); the shipped model does not.
The parsed features are cached (--cache) under a key of the gold files and every
module of veille.nlp, so a change of the rules or the features parses again.
The component is not in the default pipeline (docs/benchmarks.md, "Learned speaker
ranker (session 6)"): retrain and re-measure whenever the rules change.
"""

from __future__ import annotations

import argparse
import hashlib
import pickle
import sys
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
#: every development half, and the seven training halves annotated for this model in
#: session 9 (never tuned on by hand); the held-out halves are not here
HALVES = ("quotes-dev", "quotes-dev2", "quotes-dev3", "quotes-test", "quotes-test3", "quotes-test5",
          "quotes-train1", "quotes-train2", "quotes-train3", "quotes-train4", "quotes-train5",
          "quotes-train6", "quotes-train7")
COMPONENTS = ("veille_entities", "veille_amounts", "veille_dates", "veille_quotes")


_NLP = []


def build_problems(gold_dir: Path, corpus: Path, halves: tuple[str, ...]) -> list[dict]:
    from veille.evaluation.gold import load_articles, load_gold
    from veille.evaluation.quotes import match, same_speaker, speaker_names
    from veille.nlp.build import build_nlp
    from veille.nlp.speaker_features import document_candidates

    if not _NLP:
        _NLP.append(build_nlp(components=COMPONENTS))
    nlp = _NLP[0]
    problems = []
    for half in halves:
        gold = load_gold(gold_dir / f"{half}.jsonl")
        articles = load_articles(corpus, gold)
        t0 = time.time()
        for g in gold:
            art = articles[g.id]
            doc = nlp.make_doc(art.text)
            doc._.veille_published = art.published
            doc = nlp(doc)
            quotes = list(doc._.veille_quotes or [])
            records = {r.key: r for r in (doc._.veille_entities or [])}
            cands = document_candidates(doc, quotes)
            for kind in ("direct", "indirect"):
                pi = [i for i, q in enumerate(quotes) if ("direct" if q.kind == "partial" else q.kind) == kind]
                gq = [q for q in g.quotes if q.type == kind]
                pairs = match([(quotes[i].start, quotes[i].end) for i in pi], [(q.start, q.end) for q in gq], 0.3)
                for a, b in pairs:
                    q = quotes[pi[a]]
                    gold_speaker = gq[b].speaker
                    problems.append({
                        "half": half, "doc": g.id, "kind": kind, "rule": q.rule,
                        "rules_right": same_speaker(speaker_names(q, records), gold_speaker),
                        "features": [c.features for c in cands[pi[a]]],
                        "labels": [same_speaker(c.names, gold_speaker) for c in cands[pi[a]]],
                        "kinds": [c.kind for c in cands[pi[a]]],
                    })
        print(f"parsed {half}: {len(gold)} articles in {time.time() - t0:.0f}s", file=sys.stderr)
    return problems


def _state_key(gold_dir: Path, half: str) -> str:
    h = hashlib.sha1()
    h.update((gold_dir / f"{half}.jsonl").read_bytes())
    for path in sorted((ROOT / "src" / "veille" / "nlp").rglob("*.py")):
        h.update(path.read_bytes())
    return h.hexdigest()[:16]


def load_problems(args, halves: tuple[str, ...]) -> list[dict]:
    """The problems of ``halves``, parsed once per half and rules state (cached)."""
    gold_dir = Path(args.gold_dir)
    problems = []
    for half in halves:
        cache = Path(args.cache) / f"problems-{half}-{_state_key(gold_dir, half)}.pkl"
        if cache.exists() and not args.reparse:
            problems += pickle.loads(cache.read_bytes())
            continue
        part = build_problems(gold_dir, Path(args.corpus), (half,))
        cache.parent.mkdir(parents=True, exist_ok=True)
        cache.write_bytes(pickle.dumps(part))
        problems += part
    return problems


def score_halves(train: list[dict], scored: list[dict], c: float | None) -> None:
    """Train on ``train`` (C by inner CV), then speaker accuracy on ``scored``, per half
    and kind: counts only (these halves may be held out: no quote is printed)."""
    c = choose_c(train) if c is None else c
    model = FIT[LOSS](train, c)
    print(f"trained on {len(train)} quotes (C={c}); scored halves:")
    print("| half | kind | quotes | rules | ranker overrides | ranker only where rules abstain | oracle |")
    print("| --- | --- | --- | --- | --- | --- | --- |")
    for half in dict.fromkeys(p["half"] for p in scored):
        for kind in ("direct", "indirect"):
            kp = [p for p in scored if p["half"] == half and p["kind"] == kind]
            if not kp:
                continue
            n = len(kp)
            rules = sum(p["rules_right"] for p in kp)
            over = sum(ranker_right(model, p) for p in kp)
            fb = sum(ranker_right(model, p) if p["features"][-1].get("rule_choice") else p["rules_right"]
                     for p in kp)
            oracle = sum(any(p["labels"]) for p in kp)
            print(f"| {half} | {kind} | {n} | {rules / n:.3f} | {over / n:.3f} | {fb / n:.3f} | {oracle / n:.3f} |")


#: train "no speaker" as the right answer when no candidate is the gold speaker
#: (so the model learns when to abstain); scoring always uses the true labels
ABSTAIN = False


def training_labels(p: dict) -> list[bool]:
    labels = list(p["labels"])
    if ABSTAIN and not any(labels[:-1]):
        labels[-1] = True  # the last candidate is "no speaker"
    return labels


def fit(problems: list[dict], c: float):
    """Logistic regression on the candidates of problems that have a right one."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    rows, y = [], []
    for p in problems:
        labels = training_labels(p)
        if not any(labels):
            continue  # nothing to rank towards: no candidate is the gold speaker
        rows += p["features"]
        y += [int(v) for v in labels]
    vec = DictVectorizer()
    x = vec.fit_transform(rows)
    clf = LogisticRegression(C=c, max_iter=2000)
    clf.fit(x, y)
    from veille.nlp.speaker_ranker import RankerModel

    weights = {name: float(w) for name, w in zip(vec.feature_names_, clf.coef_[0]) if w != 0.0}
    return RankerModel(weights, float(clf.intercept_[0]))


def fit_listwise(problems: list[dict], c: float):
    """Conditional logit: softmax over each quote's candidates, maximising the
    probability of its right ones (L2 penalty 1/(2C)); the ranking objective itself."""
    import numpy as np
    from scipy.optimize import minimize
    from sklearn.feature_extraction import DictVectorizer

    from veille.nlp.speaker_ranker import RankerModel

    kept = [p for p in problems if any(training_labels(p))]
    vec = DictVectorizer(sparse=False)
    x = vec.fit_transform([f for p in kept for f in p["features"]])
    y = np.array([float(v) for p in kept for v in training_labels(p)])
    sizes = [len(p["labels"]) for p in kept]
    group = np.repeat(np.arange(len(kept)), sizes)
    n_groups = len(kept)

    def loss(w):
        s = x @ w
        m = np.zeros(n_groups)
        np.maximum.at(m, group, s)
        e = np.exp(s - m[group])
        z = np.bincount(group, e, n_groups)
        zp = np.bincount(group, e * y, n_groups)
        value = -np.sum(np.log(zp) - np.log(z)) + w @ w / (2 * c)
        grad_s = e / z[group] - e * y / zp[group]
        return value, x.T @ grad_s + w / c

    res = minimize(loss, np.zeros(x.shape[1]), jac=True, method="L-BFGS-B")
    weights = {name: float(v) for name, v in zip(vec.feature_names_, res.x) if v != 0.0}
    return RankerModel(weights, 0.0)


FILLED: dict[int, bool] = {}


def ranker_right(model, p: dict) -> bool:
    from veille.nlp.speaker_features import SpeakerCandidate

    cands = [SpeakerCandidate(k, None, (), None, None, f) for k, f in zip(p["kinds"], p["features"])]
    best, _ = model.rank(cands)
    FILLED[id(p)] = p["kinds"][best] != "none"
    return bool(p["labels"][best])


LOSS = "binary"
FIT = {}
#: regularisation strengths tried; each outer fold picks its own by inner CV
C_GRID = (0.1, 0.3, 1.0, 3.0)


def _accuracy(model, problems) -> float:
    return sum(ranker_right(model, p) for p in problems) / max(1, len(problems))


def choose_c(problems: list[dict], folds: int = 4) -> float:
    """The C of C_GRID with the best inner cross-validated accuracy (ties: smaller C)."""
    from sklearn.model_selection import GroupKFold

    groups = [p["doc"] for p in problems]
    scores = {c: 0 for c in C_GRID}
    for train, test in GroupKFold(n_splits=folds).split(problems, groups=groups):
        for c in C_GRID:
            model = FIT[LOSS]([problems[i] for i in train], c)
            scores[c] += sum(ranker_right(model, problems[i]) for i in test)
    return max(C_GRID, key=lambda c: (scores[c], -c))


def cv_predictions(problems: list[dict], c: float | None, folds: int, seed: int | None) -> tuple[list[bool], list[float]]:
    """Ranker right/wrong per problem, each predicted by a model that never saw its
    article; c=None picks C inside each training part (nested), so no figure
    reported was used to choose anything."""
    from sklearn.model_selection import GroupKFold

    groups = [p["doc"] for p in problems]
    right = [False] * len(problems)
    chosen = []
    split = GroupKFold(n_splits=folds, shuffle=seed is not None, random_state=seed)
    for train, test in split.split(problems, groups=groups):
        train_p = [problems[i] for i in train]
        fold_c = choose_c(train_p) if c is None else c
        chosen.append(fold_c)
        model = FIT[LOSS](train_p, fold_c)
        for i in test:
            right[i] = ranker_right(model, problems[i])
    return right, chosen


def cross_validate(problems: list[dict], c: float | None, folds: int, repeats: int) -> None:
    right, chosen = cv_predictions(problems, c, folds, None)
    print(f"C per fold: {chosen}")
    open_p = [(p, r) for p, r in zip(problems, right) if p["features"][-1].get("rule_choice")]
    filled = [(p, r) for p, r in open_p if FILLED.get(id(p))]
    print(f"quotes the rules leave without speaker: {len(open_p)}; the ranker names one for "
          f"{len(filled)}, right {sum(r for _, r in filled)}")
    # n, rules, ranker, r->w, w->r, fallback (ranker only where the rules name nobody), abstained, oracle
    table = defaultdict(lambda: [0] * 8)
    for p, r in zip(problems, right):
        abstained = bool(p["features"][-1].get("rule_choice"))  # "no speaker" was the rules' choice
        fallback = r if abstained else p["rules_right"]
        for key in ((p["half"], p["kind"]), ("all", p["kind"]), (p["half"], "all"), ("all", "all")):
            t = table[key]
            for k, v in enumerate((1, p["rules_right"], r, p["rules_right"] and not r, r and not p["rules_right"],
                                   fallback, abstained, any(p["labels"]))):
                t[k] += v
    print("| half | kind | quotes | rules | ranker (CV) | right→wrong | wrong→right "
          "| ranker only where rules abstain (CV) | rules abstain | oracle |")
    print("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |")
    for half in (*dict.fromkeys(p["half"] for p in problems), "all"):
        for kind in ("direct", "indirect", "all"):
            n, a, b, rw, wr, fb, ab, o = table[(half, kind)]
            if n:
                print(f"| {half} | {kind} | {n} | {a / n:.3f} | {b / n:.3f} | {rw} | {wr} | {fb / n:.3f} "
                      f"| {ab} | {o / n:.3f} |")
    # train on three halves, test on the fourth: the halves were drawn and annotated
    # at different times, so this is the harder split
    for half in dict.fromkeys(p["half"] for p in problems):
        train_p = [p for p in problems if p["half"] != half]
        test_p = [p for p in problems if p["half"] == half]
        model = FIT[LOSS](train_p, choose_c(train_p) if c is None else c)
        parts = []
        for kind in ("direct", "indirect"):
            kp = [p for p in test_p if p["kind"] == kind]
            rules = sum(p["rules_right"] for p in kp)
            fb = sum(ranker_right(model, p) if p["features"][-1].get("rule_choice") else p["rules_right"] for p in kp)
            parts.append(f"{kind} {rules / len(kp):.3f} -> {fb / len(kp):.3f}")
        print(f"leave {half} out (ranker only where rules abstain): " + ", ".join(parts))
    if repeats:
        # other random assignments of articles to folds: how much of the gain is the split?
        gains = defaultdict(list)
        for seed in range(repeats):
            r2, _ = cv_predictions(problems, c, folds, seed)
            for kind in ("direct", "indirect"):
                idx = [i for i, p in enumerate(problems) if p["kind"] == kind]
                # the shipped mode: the ranker only where the rules name nobody
                gains[kind].append(sum(r2[i] - problems[i]["rules_right"] for i in idx
                                       if problems[i]["features"][-1].get("rule_choice")) / len(idx))
        for kind, g in gains.items():
            print(f"{kind}: gain (ranker only where rules abstain) over {repeats} shuffled splits: mean {100 * sum(g) / len(g):+.1f} points, "
                  f"min {100 * min(g):+.1f}, max {100 * max(g):+.1f}")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--gold-dir", default=str(ROOT / "benchmarks" / "gold"))
    ap.add_argument("--corpus", default=str(ROOT.parent / "shared" / "corpora" / "fr-news-dev.jsonl"))
    ap.add_argument("--cache", default="/tmp/veille-speaker-ranker")
    ap.add_argument("--reparse", action="store_true", help="ignore the cached features")
    ap.add_argument("--cv", action="store_true", help="print the cross-validated comparison")
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("-C", type=float, default=None,
                    help="inverse regularisation strength (default: chosen by inner CV, nested)")
    ap.add_argument("--repeats", type=int, default=0, help="also report the gain over N shuffled splits")
    ap.add_argument("--halves", default=",".join(HALVES),
                    help="comma-separated gold halves to train (and cross-validate) on (default: %(default)s)")
    ap.add_argument("--score", default="",
                    help="comma-separated halves to score a model trained on --halves on (counts only)")
    ap.add_argument("--out", help="write the model trained on every article to this JSON file")
    ap.add_argument("--loss", choices=("binary", "listwise"), default="binary")
    ap.add_argument("--abstain", action="store_true",
                    help='train "no speaker" as right when no candidate is the gold speaker')
    args = ap.parse_args(argv)
    global LOSS, ABSTAIN
    LOSS, ABSTAIN = args.loss, args.abstain
    FIT.update(binary=fit, listwise=fit_listwise)
    halves = tuple(h for h in args.halves.split(",") if h)
    problems = load_problems(args, halves)
    print(f"{len(problems)} matched quotes from {len({p['doc'] for p in problems})} articles", file=sys.stderr)
    if args.cv:
        cross_validate(problems, args.C, args.folds, args.repeats)
    if args.score:
        score_halves(problems, load_problems(args, tuple(h for h in args.score.split(",") if h)), args.C)
    if args.out:
        import json

        c = args.C if args.C is not None else choose_c(problems)
        model = FIT[LOSS](problems, c)
        model.meta = {"trained_on": list(halves), "quotes": len(problems), "C": c, "loss": LOSS}
        Path(args.out).parent.mkdir(parents=True, exist_ok=True)
        Path(args.out).write_text(json.dumps(model.to_json(), indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
