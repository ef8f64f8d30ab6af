"""Speaker attribution, round 6 (issue #3): the error classes of the retired test3
half, read on text nobody tuned on. Every sentence is invented (fictional people)."""

from __future__ import annotations

import pytest
from helpers import speaker_names as speakers


@pytest.mark.model
def test_round6_relative_after_an_apposition_is_the_person(nlp):
    # the parser hangs ", qui craint" on the last noun of the title's complement
    # ("la violence"); the antecedent is the person the apposition describes
    text = (
        "Le phénomène inquiète Jeanne Morel, la présidente de la Ligue contre la violence "
        "conjugale, qui craint que les victimes en souffrent davantage."
    )
    assert speakers(nlp, text, ("indirect",)) == ["Jeanne Morel"]


@pytest.mark.model
def test_round6_selon_lequel_is_its_antecedent(nlp):
    text = (
        "Le ministre de la Culture Paul Verdier, selon lequel cette réforme n'était pas "
        "appliquée dans toutes les régions, a défendu un texte ambitieux."
    )
    assert speakers(nlp, text, ("indirect",))[:1] == ["Paul Verdier"]


@pytest.mark.model
def test_round6_celle_ci_is_the_last_person_named(nlp):
    # "Celle-ci" as a speech verb's subject: the woman just named (her first name's
    # gender only the tagger's guess)
    text = (
        "Parmi les manifestants se trouvait Muriel Garnier, la maire de la commune. "
        "Celle-ci a également annoncé qu'elle porterait plainte contre les organisateurs."
    )
    assert speakers(nlp, text, ("indirect",)) == ["Muriel Garnier"]


@pytest.mark.model
def test_round6_celui_ci_before_a_colon(nlp):
    text = (
        "Le cortège a croisé Paul Verdier, le député de la circonscription. Celui-ci a "
        "aussitôt déclaré : « Je soutiens entièrement ce mouvement. »"
    )
    assert speakers(nlp, text) == ["Paul Verdier"]


@pytest.mark.model
def test_round6_selon_lui_in_the_speakers_sentence_is_the_speaker(nlp):
    # "selon lui" after the cue of M. Verdier, in the clause he reports about
    # M. Morel: Verdier's opinion, not Morel's
    text = (
        "« Il a choisi de se taire », a regretté M. Verdier en rappelant que M. Morel avait "
        "promis « une baisse massive des impôts locaux », ce qui selon lui devrait « inciter "
        "à un peu de prudence »."
    )
    assert speakers(nlp, text) == ["Verdier", "Verdier", "Verdier"]


@pytest.mark.model
def test_round6_the_statement_is_its_titled_author(nlp):
    # "le communiqué" goes back to "dans un communiqué" after a speech verb whose
    # subject is a title apposed to a name: that person wrote it (decision 18)
    text = (
        "« Les causes de l'incendie restent inconnues », précise le procureur de Lyon, Marc "
        "Dubois, dans un communiqué. L'enquête a été confiée à deux juges. « Les premières "
        "constatations montrent un départ de feu dans la cave », ajoute le communiqué."
    )
    assert speakers(nlp, text) == ["Marc Dubois", "Marc Dubois"]


@pytest.mark.model
def test_round6_le_magistrat_is_the_person_just_quoted(nlp):
    # "magistrat", "avocat", "élu" say nothing by their ending; as bare titles
    # they are resolved like "l'enseignante"
    text = (
        "« Les causes de l'incendie restent inconnues », précise le procureur de Lyon, Marc "
        "Dubois. « Le feu s'était déclaré vers minuit », rappelle le magistrat."
    )
    assert speakers(nlp, text) == ["Marc Dubois", "Marc Dubois"]


@pytest.mark.model
def test_round6_title_with_place_is_the_person_it_was_apposed_to(nlp):
    # "la bourgmestre de Dinant" repeats the apposition "Muriel Garnier, la
    # bourgmestre socialiste de Dinant" (an adjective more); the place complement
    # made it look bare, and no one was quoted before
    text = (
        "Parmi les manifestants se trouvait Muriel Garnier, la bourgmestre socialiste de "
        "Dinant - par ailleurs présidente du comité. Le député Paul Verdier a dénoncé sa "
        "présence. « La police a fait son travail », estime la bourgmestre de Dinant qui "
        "réagissait aux critiques."
    )
    assert speakers(nlp, text) == ["Muriel Garnier"]


@pytest.mark.model
def test_round6_title_with_complement_written_before_the_name(nlp):
    text = (
        "« Le calendrier reste tenable », a estimé mardi le président de la Cour des comptes "
        "Julien Moreau. Le ministre Paul Verdier n'a pas réagi. Le président de la Cour des "
        "comptes a également relevé que « plusieurs dépenses restent mal évaluées dans ce budget »."
    )
    assert speakers(nlp, text) == ["Julien Moreau", "Julien Moreau"]


@pytest.mark.model
def test_round6_title_with_complement_in_the_incise_after_a_quote(nlp):
    # the incise opens a sentence of its own (", a ajouté …"): the person quoted
    # in the sentence before the quote is the one the title describes
    text = (
        "« Il ne faut pas gouverner contre le peuple », a averti vendredi Paul Verdier face à "
        "la fermeté du gouvernement.\n« Je ne crois pas aux solutions simples et qui règlent "
        "tout », a toutefois ajouté le patron du Parti radical et partenaire de la majorité."
    )
    assert speakers(nlp, text) == ["Paul Verdier", "Paul Verdier"]


@pytest.mark.model
def test_round6_pronoun_after_the_last_speaker_is_subject_again(nlp):
    # M. Verdier, quoted before, is the subject nearest to "a-t-il"; Marc Lenoir
    # is only the subject of a clause inside the participle before him
    text = (
        "« Il faut stabiliser les charges », a insisté Paul Verdier. Interrogé pour savoir si "
        "Marc Lenoir devrait changer de ministre, M. Verdier a refusé d'entrer dans les "
        "polémiques. « Ne comptez pas sur moi pour ajouter des divisions », a-t-il souligné."
    )
    assert speakers(nlp, text) == ["Paul Verdier", "Paul Verdier"]


@pytest.mark.model
def test_round6_demonstrative_rank_is_the_last_speaker(nlp):
    # "cet ancien colonel": a rank, not a noun that names a person by its ending;
    # with the demonstrative it is the source just reported
    text = (
        "« C'est ce qu'il fallait faire », a estimé André Lebrun, le président de "
        "l'association. Même l'ancien maire Paul Anselme, qui avait fait construire la "
        "fontaine, avait annoncé qu'il voterait pour. « Il faut en finir ! », avait lancé cet "
        "ancien colonel âgé de 87 ans."
    )
    assert speakers(nlp, text) == ["André Lebrun", "Paul Anselme"]


@pytest.mark.model
def test_round6_bare_title_is_not_a_person_with_another_post(nlp):
    # "le Premier ministre" after the président was quoted (and named most): the
    # article gave the président his post; the other man named is the minister
    text = (
        "Le président Paul Verdier a appelé au calme, au lendemain des manifestations, Marc "
        "Lenoir promettant la fermeté. « C'est l'ordre qui doit régner », a déclaré Paul "
        "Verdier en déplacement. Dans une allusion aux débordements, Paul Verdier a ajouté "
        "que les sanctions seraient sévères. « Il est hors de question de banaliser de tels "
        "gestes », a ajouté dans son message le Premier ministre."
    )
    assert speakers(nlp, text)[-1] == "Marc Lenoir"


@pytest.mark.model
def test_round6_first_name_set_off_by_appositions_is_a_subject(nlp):
    # vox pop: "Jean-Marc, retraité, est venu …": the parser hangs the name on the
    # sentence's opening phrase; it is the subject, so "s'interroge-t-il" is him,
    # not the woman quoted just before (her first name's gender unknown)
    text = (
        "« Plus personne ne nous écoute », regrette Maryvonne, 54 ans.\nDans le cortège, "
        "Jean-Marc, retraité, est venu avec ses petits-enfants. « Qui va nous représenter "
        "maintenant ? » s'interroge-t-il."
    )
    assert speakers(nlp, text)[-1] == "Jean-Marc"


@pytest.mark.model
def test_round6_first_name_with_age_and_trade_is_a_subject(nlp):
    text = (
        "« Plus personne ne nous écoute », regrette Maryvonne, 54 ans.\nClément, 23 ans, "
        "chômeur, est venu de Rodez en car. « On alterne les villes chaque samedi », "
        "explique-t-il."
    )
    assert speakers(nlp, text)[-1] == "Clément"

