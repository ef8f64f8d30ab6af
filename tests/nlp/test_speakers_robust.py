"""Speaker attribution on constructions the dev articles do not show (issue #3):
a name after a prepositional phrase holding a hyphenated name, an abstract noun
taken for a speaker. Every sentence is invented (fictional people)."""

from __future__ import annotations

import pytest
from helpers import quote_speakers


def direct_speakers(nlp, text):
    return quote_speakers(nlp, text, ("direct",))


@pytest.mark.model
def test_speakers_inverted_name_after_hyphenated_name_in_a_pp(nlp):
    # the tokenizer splits "France-Presse" into three tokens; the bare hyphen is
    # part of the name, not the end of the search for the inverted subject
    text = (
        "Une enquête a été ouverte vendredi. « Nous attendons les procès-verbaux avant "
        "de décider », a indiqué à un correspondant de l'Agence France-Presse Hélène "
        "Marquet, procureure de la République de Vesoul."
    )
    (_, name, rule), = direct_speakers(nlp, text)
    assert name == "Hélène Marquet"
    assert rule == "inverted_subject"


@pytest.mark.model
def test_speakers_abstract_noun_is_no_speaker(nlp):
    # "l'augmentation … interroge les habitants": the subject of the speech verb
    # names an action; the quote keeps the speaker of the paragraph instead
    text = (
        "Roger Blanchet, retraité, manifeste depuis deux semaines. « Ce n'est plus "
        "possible de vivre comme ça », lance-t-il. « Les fins de mois commencent le "
        "dix. » L'augmentation des loyers interroge aussi les habitants du quartier."
    )
    found = direct_speakers(nlp, text)
    assert [name for _, name, _ in found] == ["Roger Blanchet", "Roger Blanchet"]


@pytest.mark.model
def test_speakers_pronoun_does_not_take_a_phrase_of_the_other_gender(nlp):
    # "il" cannot be "une source proche du dossier": better no speaker than her
    text = (
        "Le magasin était connu pour ses retards, selon une source proche du dossier. "
        "Un client est intervenu. « Je lui ai tenu les poignets », a-t-il témoigné."
    )
    (_, name, _), = direct_speakers(nlp, text)
    assert name != "une source proche du dossier"


@pytest.mark.model
def test_speakers_description_skips_a_person_in_a_parenthesis(nlp):
    # the person named inside a closed parenthesis is an aside of the sentence;
    # "l'animateur" is the subject it is about
    text = (
        "Alors que Martin Royer se moquait des manifestants (et surtout de Paul Gasnier "
        "qui veut diriger le mouvement), l'animateur a conclu son monologue : « Ils ont "
        "enfin trouvé un chef. »"
    )
    (_, name, _), = direct_speakers(nlp, text)
    assert name == "Martin Royer"


@pytest.mark.model
def test_speakers_document_author_not_read_from_quoted_words(nlp):
    # "un rapport … au Maghreb" inside quote marks: a place named in quoted words
    # writes no report; "le rapport" stays as written
    text = (
        "Le chercheur a étudié 130 dossiers. Selon lui, « ils ont un rapport plus étroit "
        "au Maghreb que la moyenne ». « Le terrorisme qui touche le pays est domestique », "
        "ajoute le rapport."
    )
    speakers = [name for _, name, _ in direct_speakers(nlp, text)]
    assert speakers[-1] == "le rapport"


@pytest.mark.model
def test_speakers_document_author_not_a_place_in_its_quoted_title(nlp):
    text = (
        "Cette étude, intitulée « Les djihadistes condamnés en France », paraîtra lundi. "
        "« Les situations de chômage sont majoritaires », pointe l'étude."
    )
    speakers = [name for _, name, _ in direct_speakers(nlp, text)]
    assert speakers[-1] == "l'étude"


@pytest.mark.model
def test_speakers_next_quotations_incise_is_not_lent_to_a_closed_quote(nlp):
    # the first quote ends its sentence; "s'insurge l'un d'eux" is the next
    # quotation's incise, even when the sentence split misses the boundary
    text = (
        "Elle exprime un profond ras-le-bol : « Y en a marre, ça fait trente ans que ça "
        "dure. » Plus loin, des manifestants traversent l'avenue.« C'est dingue autant "
        "de CRS », s'insurge l'un d'eux."
    )
    found = direct_speakers(nlp, text)
    assert found[0][1] != "l'un d'eux"
    assert found[-1][1] == "l'un d'eux"


@pytest.mark.model
def test_speakers_partial_quotes_share_the_cue_at_the_end(nlp):
    text = (
        "La mairie a publié son plan. La deuxième étape, « pendant deux mois pleins », "
        "portera « sur les thèmes choisis par les habitants », a précisé Louise Garnier."
    )
    doc = nlp(text)
    names = {e.key: e.name for e in doc._.veille_entities or ()}
    partial = [names.get(q.speaker_key, q.speaker_text) for q in doc._.veille_quotes if q.kind != "indirect"]
    assert partial and all(name == "Louise Garnier" for name in partial)


@pytest.mark.model
@pytest.mark.parametrize("cue", ["appuie", "a informé", "relance", "acquiesce"])
def test_speakers_more_incise_verbs_name_the_speaker(nlp, cue):
    text = f"« Il faut relier la question des salaires à celle des profits », {cue} Mireille Guillon."
    (_, name, rule), = direct_speakers(nlp, text)
    assert name == "Mireille Guillon"
    assert rule == "inverted_subject"


@pytest.mark.model
def test_speakers_thin_space_before_the_closing_mark_still_ends_the_sentence(nlp):
    # "dure.\u2009»": a thin space (U+2009) before the mark, as some outlets print
    # it; the quote still ends its sentence and the next incise is not its own
    text = (
        "Elle exprime un profond ras-le-bol : «\u2009Y en a marre, ça fait trente ans que "
        "ça dure.\u2009» À l'instar de Corinne, des citoyens arpentent l'avenue, sous "
        "escorte policière.«\u2009C'est dingue autant de CRS\u2009», s'insurge l'un d'eux."
    )
    found = direct_speakers(nlp, text)
    assert found[0][1] != "l'un d'eux"


@pytest.mark.model
def test_speakers_colon_after_pour_a_person_names_that_person(nlp):
    # the parser makes "assistante" the root of the clause before the colon; the
    # view given is Marie Lenoir's, so her words follow the colon
    text = (
        "La mobilisation continue. Pour Marie Lenoir, 33 ans, assistante sociale, les "
        "blocages à répétition ne sont pas un mode d'action efficace : « On y met beaucoup "
        "d'énergie pour pas grand-chose. »"
    )
    (_, name, rule), = direct_speakers(nlp, text)
    assert name == "Marie Lenoir"
    assert rule == "colon"


@pytest.mark.model
def test_speakers_title_with_complement_then_apposed_name(nlp):
    # "le PDG d'EDF, Jean-Marc Vallier, avait affirmé que": the phrase before the
    # apposition is the PDG, named by the apposition; EDF is only its complement
    text = (
        "Cette hausse n'est pas une surprise. En décembre, le PDG d'EDF, Jean-Marc "
        "Vallier, avait affirmé que le gel des tarifs devrait être compensé. « Il "
        "faudra que les comptes soient faits », avait-il affirmé sur RTL."
    )
    (_, name, _), = direct_speakers(nlp, text)
    assert name == "Jean-Marc Vallier"


@pytest.mark.model
def test_speakers_intervient_is_an_incise_cue(nlp):
    text = "« Pour moi, ce n'est pas que l'essence, c'est un tout », intervient Josiane Baudet, 59 ans."
    (_, name, _), = direct_speakers(nlp, text)
    assert name == "Josiane Baudet"


@pytest.mark.model
def test_speakers_inverted_name_after_an_aside_and_a_title(nlp):
    text = (
        "« Il y a un vrai sentiment d'inquiétude parmi nous », avait déclaré à l'AFP, "
        "avant l'ouverture des rencontres, le président de l'association, Karim Benali."
    )
    (_, name, _), = direct_speakers(nlp, text)
    assert name == "Karim Benali"


@pytest.mark.model
def test_speakers_incise_pronoun_after_an_opening_clause_is_its_subject(nlp):
    # "X a poursuivi : « … », a-t-il déclaré": "il" is X, not the speaker quoted
    # before (here a headline's)
    text = (
        "Lire aussi Gilets jaunes : « Qu'ils arrêtent de nous prendre de haut » À la "
        "reprise, le ministre de l'Intérieur Paul Verdier a poursuivi : « M. Lassalle sait "
        "par expérience que le ridicule ne tue pas », a-t-il déclaré."
    )
    found = direct_speakers(nlp, text)
    assert found[-1][1] == "Paul Verdier"


@pytest.mark.model
def test_speakers_of_two_subjects_the_nearest_speaks(nlp):
    # the parser gives "poursuivi" two subjects across the headline's quotation;
    # the one right before the verb is its subject
    text = (
        "Lire aussi Retraités : « Qu'ils arrêtent de nous prendre de haut » À la reprise, "
        "le ministre Bernard Caillaux a poursuivi : « M. Lassalle sait que le ridicule ne "
        "tue pas », a-t-il déclaré."
    )
    found = direct_speakers(nlp, text)
    assert found[-1][1] == "Bernard Caillaux"


@pytest.mark.model
def test_speakers_object_of_a_present_participle_is_no_speaker(nlp):
    # "évoquant les liens … :": the noun after a participle is its object; better
    # no speaker than "les liens"
    text = (
        "Jeudi, sur France Info, Romain Goupil, cinéaste, parlait de la violence du "
        "mouvement, évoquant les liens qui existaient en 1968 avec les organisations : "
        "« Un parti communiste à 25 %, une CGT extrêmement implantée, des organisations "
        "très structurées. »"
    )
    (_, name, _), = direct_speakers(nlp, text)
    assert name != "les liens"


@pytest.mark.model
def test_speakers_new_report_after_a_closed_quote_is_not_its_cue(nlp):
    # "« … . » Plus en détails, Le Soir assure que …": the paper reports another
    # content; the closed quote continues the spokeswoman
    text = (
        "La police a prévenu qu'elle doublerait ses effectifs. « Il y aura le double "
        "d'effectifs mobilisés », déclarait une porte-parole en début de semaine. « Il y "
        "aura notamment 32 cavaliers et des arrestations préventives. » Plus en détails, "
        "Le Soir assure que la police a prévu 840 policiers à pied."
    )
    found = direct_speakers(nlp, text)
    assert found[-1][1] == "une porte-parole"


@pytest.mark.model
def test_speakers_a_relative_clause_is_no_speaker(nlp):
    # the parser loses the clause and hands "dont le retour est l'une des
    # revendications …" to the colon rule; no speaker rather than that
    text = (
        "Sur l'impôt sur la fortune, dont le retour est l'une des revendications des "
        "gilets jaunes les plus partagées, le premier ministre insiste sur le bilan qui "
        "sera effectué : « Dans deux ans, on saura alors, et on assumera. »"
    )
    for _, name, _ in direct_speakers(nlp, text):
        assert name is None or not name.startswith("dont")
