"""The learned speaker ranker (issue #3): candidates, features, model loading and the
component's mechanics. Every sentence is invented (fictional people)."""

from __future__ import annotations

import json

import pytest

from veille.models import Quote
from veille.nlp.speaker_features import SpeakerCandidate, base_rule, document_candidates
from veille.nlp.speaker_ranker import DEFAULT_MODEL, RankerModel, SpeakerRanker, rerank

# a quote opening its own paragraph, no speech verb, its speaker named just before
UNCUED = (
    "Sophie Marchand dirige la coopérative depuis dix ans. Le bilan est mitigé.\n"
    "« Les prix du lait ne couvrent plus nos coûts de production depuis longtemps. »\n"
    "La coopérative emploie quarante salariés."
)
NOBODY = (
    "La réunion a duré trois heures à la préfecture.\n"
    "« Personne ne sait vraiment ce qui va se passer maintenant dans la vallée. »"
)
CUED = (
    "Marie Dupont a visité l'hôpital mardi avec le directeur Paul Martin. « Nous allons "
    "ouvrir deux cents lits de plus cet hiver », a déclaré Marie Dupont."
)


def _quote(**kw) -> Quote:
    base = dict(start=0, end=10, text="x" * 10, kind="direct")
    base.update(kw)
    return Quote(**base)


def _rules_only(nlp, text):
    """The rules' quotes (the pipeline up to the ranker, when it is in)."""
    doc = nlp.make_doc(text)
    for name, proc in nlp.pipeline:
        if name == "veille_speaker_ranker":
            break
        doc = proc(doc)
    return doc


def test_model_json_round_trip(tmp_path):
    model = RankerModel({"rule_choice": 2.0, "prev_speaker": 0.5}, -1.0, {"C": 0.1})
    path = tmp_path / "m.json"
    path.write_text(json.dumps(model.to_json()), encoding="utf-8")
    loaded = RankerModel.load(path)
    assert loaded.weights == {"prev_speaker": 0.5, "rule_choice": 2.0}
    assert loaded.score({"rule_choice": 1.0, "unknown": 3.0}) == pytest.approx(1.0)


def test_shipped_model_loads():
    model = RankerModel.load(DEFAULT_MODEL)
    assert "rule_choice" in model.weights and model.weights["rule_choice"] > 0


def test_rerank_keeps_the_rules_choice_and_fills_or_clears():
    text = "Jeanne Roux parle. « Bla bla bla bla »"
    quote = _quote(start=19, end=37, speaker_key=None, rule=None)
    rules_none = SpeakerCandidate("none", None, (), None, None, {"bias_none": 1.0, "rule_choice": 1.0})
    person = SpeakerCandidate("entity", "e0", ("Jeanne Roux",), 0, 11, {"bias_entity": 1.0})
    prefers_person = RankerModel({"bias_entity": 3.0, "bias_none": -3.0})
    filled = rerank(quote, [person, rules_none], prefers_person, text)
    assert (filled.speaker_key, filled.speaker_text, filled.rule) == ("e0", "Jeanne Roux", "ranker:none")
    assert 0.5 < filled.confidence <= 1.0
    # the model agreeing with the rules changes nothing
    assert rerank(quote, [person, rules_none], RankerModel({"bias_none": 3.0}), text) is quote
    # "no speaker" winning over the rules' choice clears the speaker
    chosen = _quote(speaker_key="e0", speaker_text="Jeanne Roux", speaker_start=0, speaker_end=11,
                    rule="subject", confidence=0.9)
    rule_person = SpeakerCandidate("entity", "e0", ("Jeanne Roux",), 0, 11, {"rule_choice": 1.0})
    none = SpeakerCandidate("none", None, (), None, None, {"bias_none": 1.0})
    cleared = rerank(chosen, [rule_person, none], RankerModel({"bias_none": 5.0}), text)
    assert cleared.speaker_key is None and cleared.speaker_text is None and cleared.rule == "ranker:subject"


def test_base_rule():
    assert base_rule("sentence_subject_unresolved") == "sentence_subject"
    assert base_rule("ranker:pronoun") == "pronoun"
    assert base_rule(None) == "none"
    assert base_rule("some_new_rule") == "other"


@pytest.mark.model
def test_candidates_of_a_cued_quote(nlp):
    doc = _rules_only(nlp, CUED)
    [cands] = [c for q, c in zip(doc._.veille_quotes, document_candidates(doc)) if q.kind == "direct"]
    names = [c.names[0] if c.names else None for c in cands]
    assert "Marie Dupont" in names and "Paul Martin" in names
    assert cands[-1].kind == "none"  # "no speaker" is always offered, last
    chosen = [c for c in cands if c.features.get("rule_choice")]
    assert [c.names[0] for c in chosen] == ["Marie Dupont"]
    assert chosen[0].features.get("after_subject_of_speech_verb") == 1.0
    assert chosen[0].features.get("type=PER") == 1.0


@pytest.mark.model
def test_ranker_names_the_paragraphs_person_where_rules_name_nobody(nlp):
    doc = SpeakerRanker(enabled=True)(_rules_only(nlp, UNCUED))
    [quote] = doc._.veille_quotes
    assert quote.speaker_text == "Sophie Marchand"
    assert quote.rule.startswith("ranker:")
    assert 0 < quote.confidence < 1


@pytest.mark.model
def test_no_candidate_keeps_null(nlp):
    doc = SpeakerRanker()(_rules_only(nlp, NOBODY))
    [quote] = doc._.veille_quotes
    assert quote.speaker_key is None and quote.speaker_text is None
    [cands] = document_candidates(doc)
    assert [c.kind for c in cands] == ["none"]


@pytest.mark.model
def test_disable_flag(nlp, monkeypatch):
    doc = _rules_only(nlp, UNCUED)
    assert doc._.veille_quotes[0].speaker_text is None  # the rules leave it unattributed
    off = SpeakerRanker(enabled=False)
    assert off(doc)._.veille_quotes[0].speaker_text is None
    monkeypatch.setenv("VEILLE_SPEAKER_RANKER", "0")
    assert not SpeakerRanker().enabled
    monkeypatch.setenv("VEILLE_SPEAKER_RANKER", "1")
    assert SpeakerRanker()(doc)._.veille_quotes[0].speaker_text == "Sophie Marchand"


@pytest.mark.model
def test_only_unattributed_leaves_the_rules_speakers(nlp, tmp_path):
    # a model that always prefers "no speaker" may only touch quotes the rules left open
    path = tmp_path / "none.json"
    path.write_text(json.dumps(RankerModel({"bias_none": 10.0}).to_json()), encoding="utf-8")
    doc = _rules_only(nlp, CUED)
    before = [q.speaker_key for q in doc._.veille_quotes]
    assert any(before)
    SpeakerRanker(model=str(path))(doc)
    assert [q.speaker_key for q in doc._.veille_quotes] == before
    doc = _rules_only(nlp, CUED)
    SpeakerRanker(model=str(path), only_unattributed=False)(doc)
    assert not any(q.speaker_key for q in doc._.veille_quotes)


def test_missing_shipped_model_means_rules_only(monkeypatch, tmp_path):
    import veille.nlp.speaker_ranker as sr

    monkeypatch.setattr(sr, "DEFAULT_MODEL", tmp_path / "absent.json")
    with pytest.warns(UserWarning, match="rules only"):
        ranker = sr.SpeakerRanker()
    assert not ranker.enabled


def test_blank_pipeline_leaves_quotes_without_speaker():
    from veille.nlp.build import build_nlp

    nlp = build_nlp("blank")
    nlp.add_pipe("veille_speaker_ranker", after="veille_quotes")
    doc = nlp(NOBODY)
    assert [q.speaker_key for q in doc._.veille_quotes] == [None]
