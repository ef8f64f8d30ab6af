"""Doc -> DocumentAnalysis: the only place that reads veille's ``Doc._`` results for export."""

from __future__ import annotations

from spacy.tokens import Doc

from .models import DocumentAnalysis


def _items(doc: Doc, attr: str) -> tuple:
    value = getattr(doc._, attr)
    if not value:
        return ()
    return tuple(sorted(value, key=lambda item: (item.start, item.end)))


def analysis_from_doc(doc: Doc, doc_id: str, lang: str | None) -> DocumentAnalysis:
    """Collect what the components wrote on ``doc`` into one boundary value."""
    entities = tuple(doc._.veille_entities or ())
    return DocumentAnalysis(
        doc_id=doc_id,
        status="analysed",
        lang=lang,
        n_tokens=len(doc),
        entities=entities,
        amounts=_items(doc, "veille_amounts"),
        dates=_items(doc, "veille_dates"),
        quotes=_items(doc, "veille_quotes"),
        relations=_items(doc, "veille_relations"),
    )
