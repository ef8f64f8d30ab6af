"""Scoring quotation extraction against gold: spans, kinds and speakers.

Definitions (documented in docs/evaluation.md):

- overlap of two spans = shared characters / characters of their union;
- predicted and gold quotes of the same kind are matched one-to-one, greedily by
  decreasing overlap, keeping pairs at or above a threshold (30 % and 80 %);
  predicted ``partial`` quotes count as ``direct`` (the gold has no partial kind);
- precision, recall and F1 per kind and overall (a quote must match a gold quote
  of its own kind);
- speaker accuracy over matched pairs (at the lowest threshold): the predicted
  speaker is right when one of its names (the entity's name and aliases, or,
  for a source that is no entity, the speaker text) equals the gold speaker after case/accent/space normalisation, or one is a
  full-token suffix of the other ("Macron" vs "Emmanuel Macron"); a null gold
  speaker is right only when nothing was predicted.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from ..models import DocumentAnalysis
from ..nlp.speakers import normalise_name
from .gold import GoldDocument, GoldQuote
from .metrics import Counts

THRESHOLDS = (0.3, 0.8)
KINDS = ("direct", "indirect")


@dataclass(frozen=True)
class PredictedQuote:
    """A predicted quotation reduced to what scoring needs."""

    kind: str  # direct | indirect (partial already mapped to direct)
    start: int
    end: int
    speaker_names: tuple[str, ...] = ()  # empty when no speaker was predicted
    rule: str | None = None


@dataclass
class Report:
    """Scores of one evaluation run, plus the mismatches to read."""

    documents: int = 0
    spans: dict[float, dict[str, Counts]] = field(default_factory=dict)
    speakers: dict[str, Counts] = field(default_factory=dict)  # tp = right, fp = wrong
    mismatches: list[dict] = field(default_factory=list)

    def speaker_accuracy(self, kind: str = "all") -> float:
        c = self.speakers.get(kind, Counts())
        return c.tp / (c.tp + c.fp) if c.tp + c.fp else 0.0

    def as_dict(self) -> dict:
        return {
            "documents": self.documents,
            "spans": {
                f"{int(t * 100)}%": {k: c.as_dict() for k, c in by_kind.items()}
                for t, by_kind in self.spans.items()
            },
            "speaker_accuracy": {
                k: {"right": c.tp, "wrong": c.fp, "accuracy": round(self.speaker_accuracy(k), 4)}
                for k, c in self.speakers.items()
            },
        }


def overlap(a_start: int, a_end: int, b_start: int, b_end: int) -> float:
    """Shared characters over the union of two spans (0 when disjoint)."""
    shared = min(a_end, b_end) - max(a_start, b_start)
    if shared <= 0:
        return 0.0
    union = max(a_end, b_end) - min(a_start, b_start)
    return shared / union


def match(
    predicted: Sequence[tuple[int, int]], gold: Sequence[tuple[int, int]], threshold: float
) -> list[tuple[int, int]]:
    """One-to-one pairs (predicted index, gold index), greedy by decreasing overlap."""
    pairs = []
    for i, (ps, pe) in enumerate(predicted):
        for j, (gs, ge) in enumerate(gold):
            o = overlap(ps, pe, gs, ge)
            if o > 0 and o >= threshold:
                pairs.append((o, i, j))
    pairs.sort(key=lambda x: (-x[0], x[1], x[2]))
    used_p: set[int] = set()
    used_g: set[int] = set()
    out = []
    for _, i, j in pairs:
        if i in used_p or j in used_g:
            continue
        used_p.add(i)
        used_g.add(j)
        out.append((i, j))
    return sorted(out)


def _suffix(short: list[str], long: list[str]) -> bool:
    return len(short) <= len(long) and long[len(long) - len(short) :] == short


def same_speaker(predicted_names: Iterable[str], gold_speaker: str | None) -> bool:
    """Is a predicted speaker (any of its names) the gold speaker?"""
    names = [n for n in predicted_names if n]
    if gold_speaker is None:
        return not names
    gold = normalise_name(gold_speaker).split()
    for name in names:
        pred = normalise_name(name).split()
        if not pred:
            continue
        if pred == gold or _suffix(pred, gold) or _suffix(gold, pred):
            return True
    return False


def speaker_names(quote, entities: dict) -> tuple[str, ...]:
    """Every name a predicted quote's speaker goes by, as the scorer compares them.

    ``entities`` maps entity keys to records with ``name`` and ``aliases``.
    """
    entity = entities.get(quote.speaker_key) if quote.speaker_key else None
    if entity is not None:
        return (entity.name, *entity.aliases)
    # a source that is no entity ("un manifestant"): the words naming it
    return (quote.speaker_text,) if quote.speaker_text else ()


def predicted_quotes(analysis: DocumentAnalysis) -> list[PredictedQuote]:
    """A document's predicted quotes with every name their speaker goes by."""
    entities = {e.key: e for e in analysis.entities}
    out = []
    for q in analysis.quotes:
        kind = "direct" if q.kind == "partial" else q.kind
        out.append(PredictedQuote(kind, q.start, q.end, speaker_names(q, entities), q.rule))
    return out


def score(
    gold: Sequence[GoldDocument],
    predictions: dict[str, list[PredictedQuote]],
    texts: dict[str, str] | None = None,
    thresholds: Sequence[float] = THRESHOLDS,
) -> Report:
    """Score ``predictions`` (by document id) against ``gold``.

    texts (dict): article texts by id, only used to put snippets in mismatches.
    """
    texts = texts or {}
    report = Report(documents=len(gold))
    for t in thresholds:
        report.spans[t] = {k: Counts() for k in (*KINDS, "all")}
    for k in (*KINDS, "all"):
        report.speakers[k] = Counts()
    lowest = min(thresholds)
    for doc in gold:
        preds = predictions.get(doc.id, [])
        text = texts.get(doc.id, "")
        for kind in KINDS:
            g = [q for q in doc.quotes if q.type == kind]
            p = [q for q in preds if q.kind == kind]
            for t in thresholds:
                pairs = match([(q.start, q.end) for q in p], [(q.start, q.end) for q in g], t)
                for key in (kind, "all"):
                    c = report.spans[t][key]
                    c.tp += len(pairs)
                    c.fp += len(p) - len(pairs)
                    c.fn += len(g) - len(pairs)
                if t == lowest:
                    _speakers_and_mismatches(report, doc.id, text, kind, p, g, pairs)
    return report


def _snippet(text: str, start: int, end: int, width: int = 300) -> str:
    s = text[start:end]
    return s if len(s) <= width else s[: width - 1] + "…"


def _speakers_and_mismatches(
    report: Report, doc_id: str, text: str, kind: str,
    p: list[PredictedQuote], g: list[GoldQuote], pairs: list[tuple[int, int]],
) -> None:
    matched_p = {i for i, _ in pairs}
    matched_g = {j for _, j in pairs}
    for i, j in pairs:
        right = same_speaker(p[i].speaker_names, g[j].speaker)
        for key in (kind, "all"):
            c = report.speakers[key]
            if right:
                c.tp += 1
            else:
                c.fp += 1
        if not right:
            report.mismatches.append({
                "error": "wrong_speaker", "id": doc_id, "kind": kind,
                "start": p[i].start, "end": p[i].end, "text": _snippet(text, g[j].start, g[j].end),
                "gold_speaker": g[j].speaker,
                "predicted_speaker": p[i].speaker_names[0] if p[i].speaker_names else None,
                "rule": p[i].rule,
            })
    for i, q in enumerate(p):
        if i not in matched_p:
            report.mismatches.append({
                "error": "false_positive", "id": doc_id, "kind": kind, "start": q.start,
                "end": q.end, "text": _snippet(text, q.start, q.end),
                "predicted_speaker": q.speaker_names[0] if q.speaker_names else None,
                "rule": q.rule,
            })
    for j, q in enumerate(g):
        if j not in matched_g:
            report.mismatches.append({
                "error": "false_negative", "id": doc_id, "kind": kind, "start": q.start,
                "end": q.end, "text": _snippet(text, q.start, q.end), "gold_speaker": q.speaker,
            })


def evaluate_quotes(gold: Sequence[GoldDocument], articles: dict, nlp=None) -> Report:
    """Run the pipeline on the gold articles and score its quotes.

    articles (dict[str, Article]): the gold articles by id (``gold.load_articles``).
    nlp (Language): a built pipeline; the default one is built when None.
    """
    from ..pipeline import analyse_batch

    if nlp is None:
        from ..nlp.build import build_nlp

        nlp = build_nlp()
    ordered = [articles[d.id] for d in gold]
    analyses = analyse_batch(nlp, ordered)
    predictions = {a.doc_id: predicted_quotes(a) for a in analyses}
    return score(gold, predictions, {a.id: a.text for a in ordered})
