"""Features of the antecedent-finder experiment (benchmarks/coref_candidates.py)."""

import sys

from tests.conftest import ROOT

sys.path.insert(0, str(ROOT / "benchmarks"))

from coref_candidates import anaphor_kind, candidates  # noqa: E402

from veille.nlp.speakers import SpeakerIndex  # noqa: E402

_TEXT = (
    "L'ONG Terres Vives a publié mardi un rapport sur les rivières du Jura. "
    "Le préfet Marc Delorme l'a reçu le lendemain. "
    "Selon l'ONG, elle compte saisir la justice."
)


def _index_and_span(nlp, words: str):
    doc = nlp(_TEXT)
    start = _TEXT.rindex(words)
    span = doc.char_span(start, start + len(words))
    return SpeakerIndex(doc), span


def test_description_noun_said_of_an_actor(nlp):
    index, span = _index_and_span(nlp, "l'ONG")
    assert anaphor_kind(span) in ("desc_org", "desc_other")  # ("ONG": see the lexicon case fix)
    said = {c.mention.name: c.features["said_of"] for c in candidates(index, span)}
    assert said.get("Terres Vives") == 1.0
    assert said.get("Marc Delorme") == 0.0


def test_nearest_actor_ranks_first(nlp):
    index, span = _index_and_span(nlp, "elle")
    assert anaphor_kind(span) == "pron_sing"
    cands = candidates(index, span)
    assert [c.mention.name for c in cands][:2] == ["Marc Delorme", "Terres Vives"]
    assert cands[0].features["rank=0"] == 1.0 and "rank=0" not in cands[1].features
