"""Tests of veille.nlp.speakers: name normalisation, person nouns, pronoun and description resolution."""

from __future__ import annotations

import pytest

from veille.models import EntityRecord, Mention, Role
from veille.nlp.speakers import SpeakerIndex, is_person_noun, normalise_name


def test_speakers_normalise_name_folds_case_accents_spaces():
    assert normalise_name("  Élisabeth   BORNE ") == "elisabeth borne"
    # an elided article is its own word, so "Otre" is a full-word suffix of "l’Otre"
    assert normalise_name("l’Otre") == "l' otre"


@pytest.mark.parametrize("word, expected", [
    ("enseignante", True), ("manifestant", True), ("présidente", True), ("photographe", False),
    ("gouvernement", False), ("manifestation", False), ("quotidien", False),
])
def test_speakers_is_person_noun(blank_nlp, word, expected):
    assert is_person_noun(blank_nlp(word)[0]) is expected


def test_speakers_index_completes_first_names(blank_nlp):
    doc = blank_nlp("Catherine Martin est venue. Catherine a parlé.")
    doc._.veille_entities = [
        EntityRecord("e0", "Catherine Martin", "PER", mentions=(Mention(0, 16, "Catherine Martin"),)),
    ]
    index = SpeakerIndex(doc)
    assert index.complete_name("Catherine") == "Catherine Martin"
    assert index.complete_name("Martine") == "Martine"


def speakers(nlp, text):
    doc = nlp(text)
    for q in doc._.veille_quotes:
        if q.speaker_start is not None:
            assert text[q.speaker_start : q.speaker_end] == q.speaker_text
    return [(q.text, q.speaker_text, q.rule) for q in doc._.veille_quotes], doc


def speaker_name(doc, q):
    """The resolved speaker: the entity's name, else (no entity) the mention's words."""
    entities = {e.key: e.name for e in doc._.veille_entities or ()}
    return entities.get(q.speaker_key, q.speaker_text)


@pytest.mark.model
def test_speakers_pronoun_follows_the_last_speaker(nlp):
    text = (
        "« Le budget sera voté en décembre », a annoncé Paul Durand jeudi.\n"
        "« Nous ne toucherons pas aux impôts locaux cette année », a-t-il ajouté."
    )
    found, doc = speakers(nlp, text)
    last = [q for q in doc._.veille_quotes if q.kind == "direct"][-1]
    assert speaker_name(doc, last) == "Paul Durand"
    assert last.rule == "pronoun"
    # the attributing mention is the pronoun itself
    assert last.speaker_text == "il"


@pytest.mark.model
def test_speakers_pronoun_gender_picks_the_woman(nlp):
    text = (
        "Marie Lenoir a rencontré le préfet.\n"
        "« Les routes seront rouvertes demain matin sans faute », a-t-elle assuré."
    )
    _, doc = speakers(nlp, text)
    q = [q for q in doc._.veille_quotes if q.kind == "direct"][0]
    assert speaker_name(doc, q) == "Marie Lenoir"


@pytest.mark.model
def test_speakers_description_resolves_to_salient_organisation(nlp):
    text = (
        "Acme a publié ses comptes mardi. Acme a racheté deux usines et Acme recrute.\n"
        "« Nous sommes confiants pour l'an prochain », a déclaré la société dans un communiqué."
    )
    _, doc = speakers(nlp, text)
    q = [q for q in doc._.veille_quotes if q.kind == "direct"][0]
    assert speaker_name(doc, q) == "Acme"
    assert q.rule == "description"
    assert text[q.speaker_start : q.speaker_end] == "la société"


@pytest.mark.model
def test_speakers_description_with_role_goes_to_role_holder(nlp):
    text = (
        "Le patron d'Acme, Paul Durand, a présenté le plan. Marie Lenoir l'a critiqué.\n"
        "« Ce plan est le bon », a répété le patron d'Acme."
    )
    _, doc = speakers(nlp, text)
    q = [q for q in doc._.veille_quotes if q.kind == "direct"][0]
    assert speaker_name(doc, q) == "Paul Durand"


@pytest.mark.model
def test_speakers_anonymous_source_keeps_its_words_without_entity(nlp):
    text = "« On ne nous écoute jamais dans ce pays », a lancé un manifestant devant la gare."
    _, doc = speakers(nlp, text)
    q = [q for q in doc._.veille_quotes if q.kind == "direct"][0]
    assert q.speaker_key is None
    assert speaker_name(doc, q) == "un manifestant"


@pytest.mark.model
def test_speakers_unresolvable_pronoun_is_not_a_guess(nlp):
    text = "« Tout cela finira mal pour tout le monde », a-t-il prévenu."
    _, doc = speakers(nlp, text)
    q = [q for q in doc._.veille_quotes if q.kind == "direct"][0]
    assert q.speaker_key is None and q.speaker_text is None
    assert q.rule.endswith("_unresolved")
    assert q.confidence < 0.5


@pytest.mark.model
def test_speakers_entity_key_comes_from_entities_component(nlp):
    text = "Paul Durand dirige Acme. « Nous allons embaucher trois cents personnes », a déclaré Paul Durand."
    _, doc = speakers(nlp, text)
    q = [q for q in doc._.veille_quotes if q.kind == "direct"][0]
    keys = {e.key: e for e in doc._.veille_entities}
    if keys:  # the entities component is in the pipeline
        assert q.speaker_key in keys and keys[q.speaker_key].name == "Paul Durand"


@pytest.mark.model
def test_speakers_acronym_is_spelled_out(nlp):
    text = (
        "L'Union des transporteurs bretons (UTB) a réuni ses membres lundi.\n"
        "« Nous ne bloquerons aucune route cette semaine », a assuré l'UTB."
    )
    _, doc = speakers(nlp, text)
    q = [q for q in doc._.veille_quotes if q.kind == "direct"][0]
    assert speaker_name(doc, q) == "Union des transporteurs bretons"


@pytest.mark.model
def test_speakers_demonstrative_description_is_the_source_just_quoted(nlp):
    text = (
        "Un ouvrier de l'usine explique qu'il a perdu son emploi.\n"
        "« Nous avons tout perdu en une seule journée », dit cet homme de cinquante ans."
    )
    _, doc = speakers(nlp, text)
    q = [q for q in doc._.veille_quotes if q.kind == "direct"][0]
    assert speaker_name(doc, q) == "Un ouvrier de l'usine"
    assert q.rule == "description"


@pytest.mark.model
def test_speakers_document_cited_after_its_author_quoted_it(nlp):
    text = (
        "\"Je signe un décret pour fermer le marché couvert jusqu'à nouvel ordre\", a déclaré "
        "Hélène Garnier à la radio.\n"
        "Selon ce décret, lu par notre journal, \"la sécurité des commerçants et des clients n'est plus assurée\"."
    )
    _, doc = speakers(nlp, text)
    cited = [q for q in doc._.veille_quotes if q.speaker_text == "ce décret"]
    assert cited, [(q.text, q.speaker_text) for q in doc._.veille_quotes]
    assert all(speaker_name(doc, q) == "Hélène Garnier" for q in cited)


@pytest.mark.model
def test_speakers_institution_named_by_an_untagged_place(nlp):
    text = (
        "Le Fonds monétaire international (FMI) a annoncé lundi avoir abaissé sa prévision. "
        "L'institution de Washington, qui tient sa réunion à Davos, table désormais sur une croissance de 2 %, "
        "\"en raison des incertitudes commerciales persistantes\"."
    )
    _, doc = speakers(nlp, text)
    q = [q for q in doc._.veille_quotes if q.kind == "partial"][0]
    assert q.speaker_text == "L'institution de Washington"
    assert q.speaker_key is not None and speaker_name(doc, q) == "Fonds monétaire international"


@pytest.mark.model
def test_speakers_coordinated_subject_is_one_group_source(nlp):
    text = "Paul Durand et son adjoint ont annoncé que le marché couvert rouvrira en juin."
    _, doc = speakers(nlp, text)
    q = [q for q in doc._.veille_quotes if q.kind == "indirect"][0]
    assert q.speaker_key is None
    assert q.speaker_text == "Paul Durand et son adjoint"


@pytest.mark.model
def test_speakers_participial_clause_takes_the_main_clause_subject(nlp):
    text = (
        "Déplorant que des camions sont bloqués \"dans de nombreux péages et carrefours\", la fédération "
        "et ses partenaires ont appelé le préfet \"à prendre enfin ses responsabilités face aux blocages\".\n"
        "\"Sans réponse rapide, nous bloquerons nous aussi les dépôts de carburant\", ont-ils menacé."
    )
    _, doc = speakers(nlp, text)
    partial = [q for q in doc._.veille_quotes if q.kind == "partial"]
    assert partial and all(q.speaker_text == "la fédération et ses partenaires" for q in partial)
    # "ils" refers back to the group, shown by the words that named it
    last = [q for q in doc._.veille_quotes if q.kind == "direct"][-1]
    assert last.rule == "pronoun" and last.speaker_text == "la fédération et ses partenaires"


@pytest.mark.model
def test_speakers_gender_from_the_article_before_a_title(nlp):
    text = (
        "La ministre des Transports Hélène Garnier a visité le port mardi.\n"
        "\"Nous ne laisserons pas les routes bloquées tout l'hiver\", avait-elle déclaré."
    )
    _, doc = speakers(nlp, text)
    q = [q for q in doc._.veille_quotes if q.kind == "direct"][0]
    # the mention as written when she is an entity; the words that named her when keyless
    assert q.speaker_text == ("elle" if q.speaker_key else "Hélène Garnier")
    assert speaker_name(doc, q) == "Hélène Garnier"
