"""Scoring relation extraction against the relation gold (``benchmarks/gold/relations-*.jsonl``).

Definitions:

- a predicted relation matches a gold relation when the types are equal, the
  subject and the object names match, and the trigger spans or the sentence spans
  overlap by at least one character;
- names match after case/accent/space normalisation when one of the predicted
  actor's names (entity name or alias) equals the gold name, or one is a
  full-token suffix of the other ("Musk" vs "Elon Musk"); generic corporate
  suffixes are ignored ("OpenAI Inc" = "OpenAI");
- gold and predicted relations are paired one to one, in text order;
- precision, recall and F1 per type and overall; polarity accuracy over the
  matched pairs.

Types the gold does not annotate (``statement_about``, derived from quotations,
and the cross-document ``mentioned_with``) are left out of the scores by default.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import UsageError
from ..models import Article, DocumentAnalysis
from ..nlp.speakers import normalise_name
from .metrics import Counts

#: Relation types that are never in the per-document gold.
UNSCORED_TYPES = frozenset({"statement_about", "mentioned_with"})
_CORPORATE_SUFFIXES = frozenset({
    "inc", "inc.", "corp", "corp.", "corporation", "ltd", "llc", "sa", "sas", "plc",
    "group", "groupe", "co", "gmbh", "ag",
})


@dataclass(frozen=True)
class GoldRelation:
    type: str
    subject: str
    object: str | None
    trigger: tuple[int, int]
    sentence: tuple[int, int]
    polarity: str = "asserted"
    arguments: dict = field(default_factory=dict, hash=False, compare=False)


@dataclass(frozen=True)
class GoldRelationDocument:
    id: str
    relations: tuple[GoldRelation, ...]


@dataclass(frozen=True)
class PredictedRelation:
    """A predicted relation reduced to what scoring needs."""

    type: str
    subject_names: tuple[str, ...]
    object_names: tuple[str, ...]
    trigger: tuple[int, int]
    sentence: tuple[int, int]
    polarity: str = "asserted"


@dataclass
class Report:
    documents: int = 0
    by_type: dict[str, Counts] = field(default_factory=dict)
    polarity_right: int = 0
    polarity_wrong: int = 0
    mismatches: list[dict] = field(default_factory=list)

    @property
    def overall(self) -> Counts:
        total = Counts()
        for c in self.by_type.values():
            total.tp += c.tp
            total.fp += c.fp
            total.fn += c.fn
        return total

    @property
    def polarity_accuracy(self) -> float:
        n = self.polarity_right + self.polarity_wrong
        return self.polarity_right / n if n else 0.0


def _span(value, where: str) -> tuple[int, int]:
    try:
        return int(value["start"]), int(value["end"])
    except (TypeError, KeyError, ValueError) as exc:
        raise UsageError(f"{where}: span without start/end") from exc


def load_relation_gold(path: str | Path) -> list[GoldRelationDocument]:
    """Read a relation gold file (one JSON object per article)."""
    path = Path(path)
    docs = []
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise UsageError(f"cannot read {path}: {exc.strerror}") from exc
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:
            raise UsageError(f"{path}:{n}: not JSON ({exc.msg})") from exc
        where = f"{path}:{n}"
        relations = tuple(
            GoldRelation(
                type=r["type"], subject=r["subject"], object=r.get("object"),
                trigger=_span(r["trigger"], where), sentence=_span(r["sentence"], where),
                polarity=r.get("polarity", "asserted"), arguments=r.get("arguments") or {},
            )
            for r in row.get("relations", [])
        )
        docs.append(GoldRelationDocument(str(row["id"]), relations))
    return docs


def _name_tokens(name: str) -> list[str]:
    tokens = normalise_name(name.replace("-", " ")).split()
    while len(tokens) > 1 and tokens[-1].strip(",") in _CORPORATE_SUFFIXES:
        tokens.pop()
    return tokens


def _suffix(short: list[str], long: list[str]) -> bool:
    return 0 < len(short) <= len(long) and long[len(long) - len(short):] == short


def same_actor(predicted_names: Iterable[str], gold_name: str | None) -> bool:
    """Is the predicted actor (any of its names) the gold actor?"""
    if gold_name is None:
        return False
    gold = _name_tokens(gold_name)
    for name in predicted_names:
        if not name:
            continue
        pred = _name_tokens(name)
        if pred and (pred == gold or _suffix(pred, gold) or _suffix(gold, pred)):
            return True
    return False


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return min(a[1], b[1]) > max(a[0], b[0])


def matches(pred: PredictedRelation, gold: GoldRelation) -> bool:
    return (
        pred.type == gold.type
        and same_actor(pred.subject_names, gold.subject)
        and same_actor(pred.object_names, gold.object)
        and (_overlaps(pred.trigger, gold.trigger) or _overlaps(pred.sentence, gold.sentence))
    )


def predicted_relations(analysis: DocumentAnalysis) -> list[PredictedRelation]:
    """A document's predicted relations, each actor with every name it goes by."""
    entities = {e.key: e for e in analysis.entities}

    def names(key, fallback) -> tuple[str, ...]:
        entity = entities.get(key) if key else None
        found = [entity.name, *entity.aliases] if entity else []
        if fallback and fallback not in found:
            found.append(fallback)
        return tuple(found)

    out = []
    for r in analysis.relations:
        trigger = (r.trigger.start, r.trigger.end) if r.trigger else (r.start, r.end)
        out.append(PredictedRelation(
            r.type, names(r.subject_key, r.subject), names(r.object_key, r.object),
            trigger, (r.start, r.end), r.polarity,
        ))
    return out


def score(
    gold: Sequence[GoldRelationDocument],
    predictions: dict[str, list[PredictedRelation]],
    *,
    texts: dict[str, str] | None = None,
    unscored: Iterable[str] = UNSCORED_TYPES,
) -> Report:
    """Score ``predictions`` (by document id) against ``gold``.

    texts (dict): article texts by id, only used to put snippets in mismatches.
    """
    skip = set(unscored)
    texts = texts or {}
    report = Report(documents=len(gold))
    for doc in gold:
        text = texts.get(doc.id, "")
        golds = [g for g in doc.relations if g.type not in skip]
        preds = [p for p in predictions.get(doc.id, []) if p.type not in skip]
        used: set[int] = set()
        for p in sorted(preds, key=lambda p: p.trigger):
            counts = report.by_type.setdefault(p.type, Counts())
            j = next((j for j, g in enumerate(golds) if j not in used and matches(p, g)), None)
            if j is None:
                counts.fp += 1
                report.mismatches.append(_mismatch("false_positive", doc.id, text, p))
                continue
            used.add(j)
            counts.tp += 1
            if p.polarity == golds[j].polarity:
                report.polarity_right += 1
            else:
                report.polarity_wrong += 1
                report.mismatches.append(
                    _mismatch("wrong_polarity", doc.id, text, p, gold_polarity=golds[j].polarity)
                )
        for j, g in enumerate(golds):
            if j not in used:
                report.by_type.setdefault(g.type, Counts()).fn += 1
                report.mismatches.append({
                    "error": "false_negative", "id": doc.id, "type": g.type,
                    "subject": g.subject, "object": g.object, "polarity": g.polarity,
                    "trigger": text[g.trigger[0]:g.trigger[1]],
                    "sentence": text[g.sentence[0]:g.sentence[1]],
                })
    return report


def _mismatch(error: str, doc_id: str, text: str, p: PredictedRelation, **extra) -> dict:
    return {
        "error": error, "id": doc_id, "type": p.type,
        "subject": p.subject_names[0] if p.subject_names else None,
        "object": p.object_names[0] if p.object_names else None,
        "polarity": p.polarity, "trigger": text[p.trigger[0]:p.trigger[1]],
        "sentence": text[p.sentence[0]:p.sentence[1]], **extra,
    }


def load_gold_articles(corpus: str | Path, gold: Sequence[GoldRelationDocument]) -> dict[str, Article]:
    """The gold articles, read from the corpus JSONL by id."""
    wanted = {d.id for d in gold}
    articles: dict[str, Article] = {}
    try:
        with Path(corpus).open(encoding="utf-8") as fh:
            for line in fh:
                row = json.loads(line)
                doc_id = str(row.get("id"))
                if doc_id in wanted:
                    articles[doc_id] = Article(
                        id=doc_id, text=row["text"], title=row.get("title"),
                        outlet=row.get("outlet"), published=row.get("date"),
                        lang=row.get("lang") or "fr",
                    )
    except OSError as exc:
        raise UsageError(f"cannot read {corpus}: {exc.strerror}") from exc
    missing = sorted(wanted - articles.keys())
    if missing:
        raise UsageError(f"{len(missing)} gold article(s) not in the corpus: {', '.join(missing[:5])}")
    return articles


def evaluate_relations(
    gold: Sequence[GoldRelationDocument], articles: dict[str, Article], nlp=None
) -> Report:
    """Run the pipeline on the gold articles and score its relations."""
    from ..pipeline import analyse_batch

    if nlp is None:
        from ..nlp.build import build_nlp

        nlp = build_nlp()
    ordered = [articles[d.id] for d in gold]
    analyses = analyse_batch(nlp, ordered)
    predictions = {a.doc_id: predicted_relations(a) for a in analyses}
    return score(gold, predictions, texts={a.id: a.text for a in ordered})
