"""A learned re-ranker of quotation speakers (logistic regression over candidates).

The model is a plain linear scorer exported as JSON (feature names, weights,
intercept) by ``benchmarks/train_speaker_ranker.py``; at run time only the standard
library is needed. Each quote's candidates (:mod:`veille.nlp.speaker_features`) are
scored and the best one wins; "no speaker" can win, which leaves the quote without
a speaker rather than guessing.
"""

from __future__ import annotations

import dataclasses
import json
import math
from collections.abc import Sequence
from pathlib import Path

from ..models import Quote
from .speaker_features import SpeakerCandidate

DEFAULT_MODEL = Path(__file__).parent / "data" / "speaker_ranker.json"


class RankerModel:
    """Linear weights over named features.

    weights (dict[str, float]): feature name -> weight (absent features weigh 0).
    intercept (float): added to every score (it does not change the ranking).
    """

    def __init__(self, weights: dict[str, float], intercept: float = 0.0, meta: dict | None = None):
        self.weights = dict(weights)
        self.intercept = float(intercept)
        self.meta = meta or {}

    @classmethod
    def load(cls, path: str | Path = DEFAULT_MODEL) -> RankerModel:
        with open(path, encoding="utf-8") as fh:
            raw = json.load(fh)
        return cls(dict(zip(raw["features"], raw["weights"])), raw.get("intercept", 0.0), raw.get("meta"))

    def to_json(self) -> dict:
        names = sorted(self.weights)
        return {"features": names, "weights": [round(self.weights[n], 6) for n in names],
                "intercept": round(self.intercept, 6), "meta": self.meta}

    def score(self, features: dict[str, float]) -> float:
        w = self.weights
        return self.intercept + sum(v * w.get(k, 0.0) for k, v in features.items())

    def rank(self, candidates: Sequence[SpeakerCandidate]) -> tuple[int, float]:
        """Index of the best candidate and its share of the candidates' probabilities.

        Ties keep the earlier candidate; the rules' choice is listed among the
        others, so a tie never favours it silently.
        """
        probs = [1.0 / (1.0 + math.exp(-max(-50.0, min(50.0, self.score(c.features))))) for c in candidates]
        best = max(range(len(candidates)), key=lambda i: (probs[i], -i))
        total = sum(probs)
        return best, (probs[best] / total if total else 0.0)


def rerank(quote: Quote, candidates: Sequence[SpeakerCandidate], model: RankerModel, text: str) -> Quote:
    """``quote`` with the model's speaker; unchanged when the model agrees with the rules.

    A changed speaker gets the rule "ranker:<original rule>" and the model's
    probability as confidence; "no speaker" clears the speaker fields.
    """
    if not candidates:
        return quote
    best, prob = model.rank(candidates)
    chosen = candidates[best]
    if chosen.features.get("rule_choice"):
        return quote
    rule = f"ranker:{quote.rule or 'none'}"
    if chosen.kind == "none":
        return dataclasses.replace(quote, speaker_key=None, speaker_text=None, speaker_start=None,
                                   speaker_end=None, confidence=round(prob, 3), rule=rule)
    start, end = chosen.start, chosen.end
    return dataclasses.replace(
        quote, speaker_key=chosen.key,
        speaker_text=text[start:end] if start is not None else None,
        speaker_start=start, speaker_end=end, confidence=round(prob, 3), rule=rule,
    )


#: set to "0"/"off"/"false" to run the rules alone (``veille eval quotes`` measures them)
DISABLE_ENV = "VEILLE_SPEAKER_RANKER"


class SpeakerRanker:
    """Component ``veille_speaker_ranker``: a learned speaker where the rules name nobody.

    Not in the default pipeline (its cross-validated gain sits at the 2-point bar set
    for it, docs/benchmarks.md); opt in with
    ``nlp.add_pipe("veille_speaker_ranker", after="veille_quotes")``.

    Cross-validated over the development articles (docs/benchmarks.md), the model
    overriding a speaker the rules chose gains nothing (as many quotes made wrong as
    right); its whole gain is on quotes the rules leave without a speaker. So by
    default it only fills those (``only_unattributed``).

    nlp (Language): the pipeline (unused; factories receive it).
    name (str): component name.
    model (str): path of the JSON model; "" for the shipped one.
    enabled (bool): False (or the environment variable ``VEILLE_SPEAKER_RANKER=0``)
        leaves the rules' speakers untouched.
    only_unattributed (bool): False re-ranks every quote, the rules' choices included.
    """

    def __init__(self, nlp=None, name: str = "veille_speaker_ranker", *, model: str = "",
                 enabled: bool = True, only_unattributed: bool = True):
        import os

        self.name = name
        off = os.environ.get(DISABLE_ENV, "").strip().lower() in ("0", "off", "false", "no")
        self.enabled = enabled and not off
        self.only_unattributed = only_unattributed
        if self.enabled and not model and not DEFAULT_MODEL.exists():
            # an install without the package data: the rules alone, said aloud
            import warnings

            warnings.warn(f"speaker ranker model not found at {DEFAULT_MODEL}: rules only", stacklevel=2)
            self.enabled = False
        self.model = RankerModel.load(model or DEFAULT_MODEL) if self.enabled else None

    def __call__(self, doc):
        from .speaker_features import DocContext, quote_candidates

        quotes = list(doc._.veille_quotes or [])
        todo = [i for i, q in enumerate(quotes)
                if not (self.only_unattributed and (q.speaker_key or q.speaker_text))]
        if not self.enabled or not todo:
            return doc  # (most documents: every quote attributed, nothing to build)
        ctx = DocContext(doc)
        text = doc.text
        out = list(quotes)
        for i in todo:
            # the previous quotes as the rules left them, as in training
            cands = quote_candidates(ctx, quotes[i], quotes[max(0, i - 3) : i])
            out[i] = rerank(quotes[i], cands, self.model, text)
        doc._.veille_quotes = out
        return doc
