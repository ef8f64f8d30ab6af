"""Tests of veille.nlp.quotes: the component on French sentences (the scanner is in test_quote_marks)."""

from __future__ import annotations

import pytest

from veille.nlp.quotes import QuoteFinder


# --- the component on a blank pipeline -----------------------------------------------


def test_quotes_blank_pipeline_finds_marks_without_speakers(blank_nlp):
    doc = blank_nlp("« Nous irons jusqu'au bout de ce combat », a déclaré Paul Durand.")
    finder = QuoteFinder(blank_nlp)
    doc = finder(doc)
    quotes = doc._.veille_quotes
    assert [q.text for q in quotes] == ["Nous irons jusqu'au bout de ce combat"]
    assert quotes[0].speaker_key is None and quotes[0].speaker_text is None
    assert [s.text for s in doc.spans["veille_quotes"]] == ["Nous irons jusqu'au bout de ce combat"]


def test_quotes_min_words_setting_is_respected(blank_nlp):
    doc = blank_nlp("Il a parlé de « trois mots seulement » hier.")
    assert QuoteFinder(blank_nlp, min_words=4)(doc)._.veille_quotes == []
    doc = blank_nlp("Il a parlé de « trois mots seulement » hier.")
    assert len(QuoteFinder(blank_nlp, min_words=3)(doc)._.veille_quotes) == 1


# --- the component in the full pipeline --------------------------------------------------


#: the name each quote's speaker resolves to, filled by ``quotes_of``
_NAMES: dict[int, str | None] = {}


def speaker_name(q):
    """The resolved speaker: the entity's name, else (no entity) the mention's words."""
    return _NAMES[id(q)]


def quotes_of(nlp, text):
    doc = nlp(text)
    entities = {e.key: e.name for e in doc._.veille_entities or ()}
    for q in doc._.veille_quotes:
        assert doc.text[q.start : q.end] == q.text
        if q.speaker_start is not None:
            # provenance: the speaker text is exactly the words at its offsets
            assert doc.text[q.speaker_start : q.speaker_end] == q.speaker_text
        else:
            assert q.speaker_text is None
        _NAMES[id(q)] = entities.get(q.speaker_key, q.speaker_text)
        if q.cue is not None:
            assert doc.text[q.cue.start : q.cue.end] == q.cue.text
        assert 0.0 <= q.confidence <= 1.0
    return doc._.veille_quotes


def only(quotes, kind=None):
    found = [q for q in quotes if kind is None or q.kind == kind]
    assert len(found) == 1, found
    return found[0]


@pytest.mark.model
def test_quotes_direct_with_inverted_subject(nlp):
    q = only(quotes_of(nlp, "« Nous ne fermerons aucune usine cette année », a déclaré Paul Durand."))
    assert q.kind == "direct"
    assert q.text == "Nous ne fermerons aucune usine cette année"
    assert speaker_name(q) == "Paul Durand"
    assert q.rule == "inverted_subject"
    assert q.cue is not None and q.cue.text == "a déclaré"


@pytest.mark.model
def test_quotes_incise_gives_two_spans_one_speaker(nlp):
    text = "Marie Lenoir a pris la parole. « Nous irons, a-t-elle ajouté, jusqu'au bout de cette grève »."
    quotes = [q for q in quotes_of(nlp, text) if q.kind in ("direct", "partial")]
    assert [q.text for q in quotes] == ["Nous irons", "jusqu'au bout de cette grève"]
    assert {speaker_name(q) for q in quotes} == {"Marie Lenoir"}
    assert quotes[0].cue is not None and quotes[0].cue.text == "a-t-elle ajouté"
    assert quotes[0].speaker_text == "elle"  # the mention as written


@pytest.mark.model
def test_quotes_multi_sentence_quote_is_one_quote(nlp):
    text = "« Le site fermera en mai. Les salariés seront reclassés. Personne ne sera licencié », a assuré Paul Durand."
    q = only(quotes_of(nlp, text), "direct")
    assert q.text.count(".") == 2
    assert speaker_name(q) == "Paul Durand"


@pytest.mark.model
def test_quotes_partial_quote_inside_reported_speech(nlp):
    text = "Paul Durand a écrit aux salariés qu'il « garderait le contrôle total de l'entreprise »."
    quotes = quotes_of(nlp, text)
    q = only(quotes, "partial")
    assert q.text == "garderait le contrôle total de l'entreprise"
    assert speaker_name(q) == "Paul Durand"


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Des « gilets jaunes » ont bloqué le rond-point de Rennes samedi.",
        "Le mouvement prépare son « acte IV » pour la semaine prochaine.",
        "Le réalisateur présente le film « La Nuit des Grands Chemins Bleus » à Cannes.",
    ],
)
def test_quotes_labels_and_short_quotes_are_not_quotations(nlp, text):
    assert [q for q in quotes_of(nlp, text) if q.kind in ("direct", "partial")] == []


@pytest.mark.model
def test_quotes_indirect_que_clause(nlp):
    q = only(quotes_of(nlp, "Marie Lenoir estime que le projet de rocade est définitivement enterré."))
    assert q.kind == "indirect"
    assert q.text == "le projet de rocade est définitivement enterré"
    assert speaker_name(q) == "Marie Lenoir"
    assert q.rule == "subject"


@pytest.mark.model
def test_quotes_indirect_selon(nlp):
    q = only(quotes_of(nlp, "Selon la préfecture, trois mille personnes ont défilé samedi à Nantes."))
    assert q.kind == "indirect"
    assert q.text == "trois mille personnes ont défilé samedi à Nantes"
    assert speaker_name(q) == "la préfecture"
    assert q.rule == "selon"
    assert q.cue is not None and q.cue.text == "Selon"


@pytest.mark.model
def test_quotes_selon_nos_informations_is_not_a_quotation(nlp):
    assert quotes_of(nlp, "Selon nos informations, le directeur quittera son poste en juin.") == []


@pytest.mark.model
def test_quotes_indirect_inverted_cue(nlp):
    q = only(quotes_of(nlp, "L'usine de Tourcoing fermera ses portes avant la fin de l'année, a indiqué Paul Durand."))
    assert q.kind == "indirect"
    assert q.text == "L'usine de Tourcoing fermera ses portes avant la fin de l'année"
    assert speaker_name(q) == "Paul Durand"


@pytest.mark.model
def test_quotes_colon_introduced_quote(nlp):
    q = only(quotes_of(nlp, "Paul Durand a prévenu les syndicats : « Aucune fermeture ne sera décidée sans vous »."), "direct")
    assert speaker_name(q) == "Paul Durand"
    assert q.rule == "colon"


@pytest.mark.model
def test_quotes_unbalanced_marks(nlp):
    text = "« Nous ne lâcherons rien sur les salaires\", a lancé Marie Lenoir devant les grévistes."
    q = only(quotes_of(nlp, text), "direct")
    assert q.text == "Nous ne lâcherons rien sur les salaires"
    assert speaker_name(q) == "Marie Lenoir"


@pytest.mark.model
def test_quotes_paragraph_continuation_keeps_the_speaker(nlp):
    text = (
        "« La fusion sera bouclée en juin », a affirmé Paul Durand.\n"
        "« Nous avons trouvé un accord avec tous les actionnaires de la banque. »"
    )
    quotes = [q for q in quotes_of(nlp, text) if q.kind == "direct"]
    assert len(quotes) == 2
    assert speaker_name(quotes[1]) == "Paul Durand"
    assert quotes[1].rule == "paragraph_continuation"
    assert quotes[1].confidence < quotes[0].confidence


@pytest.mark.model
def test_quotes_no_source_gives_null_speaker(nlp):
    text = "Le vent soufflait fort sur la côte.\n« Rien ne sera plus jamais comme avant dans ce village. »"
    q = only(quotes_of(nlp, text), "direct")
    assert q.speaker_key is None and q.speaker_text is None and q.rule is None
    assert q.confidence == 0.0


@pytest.mark.model
def test_quotes_indirect_infinitive_complement(nlp):
    q = only(quotes_of(nlp, "Le parquet de Lyon a indiqué avoir ouvert une enquête sur cet incendie."))
    assert q.kind == "indirect"
    assert q.text == "avoir ouvert une enquête sur cet incendie"
    assert speaker_name(q) == "Le parquet de Lyon"


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Les prix varient selon les saisons et selon les régions du pays.",
    "Le texte sera appliqué selon la méthode des quotas retenue en mai.",
])
def test_quotes_selon_without_a_source_is_not_a_quotation(nlp, text):
    assert [q for q in quotes_of(nlp, text) if q.rule == "selon"] == []


@pytest.mark.model
def test_quotes_partial_quote_and_its_reported_clause_are_both_kept(nlp):
    text = "Paul Durand a annoncé qu'il allait former « un recours devant le Conseil d'État dès lundi »."
    quotes = quotes_of(nlp, text)
    kinds = sorted(q.kind for q in quotes)
    assert kinds == ["indirect", "partial"]
    assert {speaker_name(q) for q in quotes} == {"Paul Durand"}


@pytest.mark.model
def test_quotes_subject_before_an_apposition(nlp):
    text = (
        "Si Paul Durand, patron du syndicat, prévient que « rien ne sera signé sans les salariés », "
        "la fédération, dirigée par une ancienne ministre, juge que « la réforme est déjà enterrée depuis longtemps »."
    )
    quotes = [q for q in quotes_of(nlp, text) if q.kind == "partial"]
    assert [speaker_name(q) for q in quotes][0] == "Paul Durand"
    assert speaker_name(quotes[-1]) == "la fédération"


@pytest.mark.model
def test_quotes_answer_to_a_question_continues_the_speaker(nlp):
    text = (
        "« La grève continuera jusqu'à la fin du mois », a déclaré Paul Durand.\n"
        "Et après ? « Nous verrons bien ce que la direction proposera. »"
    )
    quotes = [q for q in quotes_of(nlp, text) if q.kind == "direct"]
    assert speaker_name(quotes[-1]) == "Paul Durand"
    assert quotes[-1].rule == "paragraph_continuation"


@pytest.mark.model
def test_quotes_abstract_sentence_subject_is_no_speaker(nlp):
    text = "La baisse des loyers figure en tête des demandes des locataires, qui veulent « mieux isoler les logements anciens »."
    quotes = [q for q in quotes_of(nlp, text) if q.kind == "partial"]
    assert len(quotes) == 1
    assert quotes[0].speaker_key is None and quotes[0].speaker_text is None


@pytest.mark.model
def test_quotes_laisser_entendre_is_a_cue_whatever_the_lemma(nlp):
    text = "Pierre Lambert a quitté Lyon en mars.\nLui aussi laisse entendre qu'il envisage de partir en Espagne."
    q = only(quotes_of(nlp, text), "indirect")
    assert q.text == "il envisage de partir en Espagne"
    assert q.speaker_text == "Lui"
    assert speaker_name(q) == "Pierre Lambert"
