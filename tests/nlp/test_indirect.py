"""Tests of veille.nlp.indirect: reported speech without quotation marks, on
invented French sentences (fictional people and bodies)."""

from __future__ import annotations

import pytest


def indirect(nlp, text):
    doc = nlp(text)
    return [q for q in doc._.veille_quotes if q.kind == "indirect"]


@pytest.mark.model
def test_indirect_infinitive_after_adverbials_and_an_aside(nlp):
    text = "Le Fonds européen de garantie a annoncé lundi, à Lisbonne, avoir abaissé ses prévisions de croissance pour 2020."
    (q,) = indirect(nlp, text)
    assert q.text == "avoir abaissé ses prévisions de croissance pour 2020"


@pytest.mark.model
def test_indirect_infinitive_after_de_is_a_request_not_a_statement(nlp):
    text = "Le syndicat a demandé lundi, à Lisbonne, de suspendre les prévisions de croissance pour 2020."
    assert indirect(nlp, text) == []


@pytest.mark.model
@pytest.mark.parametrize("text, content", [
    ("Le bourgmestre s'est dit prêt à recevoir une délégation des commerçants dès lundi.",
     "prêt à recevoir une délégation des commerçants dès lundi"),
    ("Paul Verdier s'était une nouvelle fois déclaré disposé, ce lundi, à accepter une demande de rassemblement.",
     "disposé, ce lundi, à accepter une demande de rassemblement"),
])
def test_indirect_se_dire_with_its_attribute(nlp, text, content):
    (q,) = indirect(nlp, text)
    assert q.text == content


@pytest.mark.model
def test_indirect_poll_figure_with_se_dire_is_no_speech(nlp):
    text = "Seuls 25 % des Belges interrogés se disent satisfaits de l'action du gouvernement depuis les élections."
    assert indirect(nlp, text) == []


@pytest.mark.model
def test_indirect_selon_skips_the_acronym_of_its_source(nlp):
    text = "Selon l'Institut national de recherche et de sécurité (INRS), les accidents du travail ont baissé en 2019."
    (q,) = indirect(nlp, text)
    assert q.text == "les accidents du travail ont baissé en 2019"


@pytest.mark.model
def test_indirect_relative_clause_before_the_cue_keeps_its_antecedent_as_speaker(nlp):
    text = "Un autre ouvrier qui préfère ne pas donner son nom dit revenir de Lyon après trois mois de chantier."
    (q,) = indirect(nlp, text)
    assert q.text.startswith("revenir de Lyon")
    assert q.speaker_text is not None and "ouvrier" in q.speaker_text


@pytest.mark.model
def test_indirect_que_hung_on_a_quoted_subject_runs_to_its_verb(nlp):
    text = "Le ministre a assuré en tout cas que « l'ensemble des agents concernés » verront une hausse de 80 euros."
    texts = [q.text for q in indirect(nlp, text)]
    assert texts == ["« l'ensemble des agents concernés » verront une hausse de 80 euros"]


@pytest.mark.model
def test_indirect_selon_with_a_title_before_the_name(nlp):
    text = "Selon Me Lavergne, son client avait quitté la salle bien avant la dispute."
    (q,) = indirect(nlp, text)
    assert q.text == "son client avait quitté la salle bien avant la dispute"


@pytest.mark.model
@pytest.mark.parametrize("text, content", [
    ("Une dizaine de riverains ont été blessés, selon les secouristes de la commune, sans pouvoir donner un bilan précis.",
     "Une dizaine de riverains ont été blessés"),
    ("La demande a été déposée mardi dernier, selon Paul Verdier, du comité des riverains.",
     "La demande a été déposée mardi dernier"),
    ("Les loyers augmentent plus vite en ville qu'ailleurs, selon une étude publiée lundi sur ces quartiers dans "
     "lesquels vivent 2 millions de personnes, dont beaucoup de familles, et qui ont connu des travaux en 2015.",
     "Les loyers augmentent plus vite en ville qu'ailleurs"),
])
def test_indirect_selon_keeps_the_side_that_says_something(nlp, text, content):
    (q,) = indirect(nlp, text)
    assert q.text == content


@pytest.mark.model
def test_indirect_selon_between_dashes_vouches_for_the_figure_only(nlp):
    text = "Dimanche, plusieurs centaines de cyclistes - 800 selon les organisateurs - ont traversé la ville."
    (q,) = indirect(nlp, text)
    assert q.text == "800"


@pytest.mark.model
def test_indirect_a_t_on_appris_de_a_named_source(nlp):
    text = "Les tarifs du gaz ne seront pas relevés en 2020, a-t-on appris vendredi de sources ministérielles."
    (q,) = indirect(nlp, text)
    assert q.text == "Les tarifs du gaz ne seront pas relevés en 2020"


@pytest.mark.model
def test_indirect_inverted_source_after_an_adverb_despite_an_earlier_subject(nlp):
    text = "D'autres routes pourraient être coupées dans la soirée, comme les accès au port, prévient encore la gendarmerie sur son site."
    (q,) = indirect(nlp, text)
    assert q.text == "D'autres routes pourraient être coupées dans la soirée, comme les accès au port"


@pytest.mark.model
def test_indirect_a_subject_with_asides_is_no_content(nlp):
    text = ("Marc Dulac, un des meneurs du collectif, qui fait l’objet de critiques du fait de ses déclarations "
            "complotistes, annonce de son côté une grande manifestation à Limoges (Haute-Vienne), tandis qu’à Tulle "
            "(Corrèze), où doit se rendre le Premier ministre ce vendredi, les lycéens devraient avoir le renfort "
            "d’organisations politiques et syndicales.")
    assert [q.text for q in indirect(nlp, text) if q.text.startswith("Marc Dulac")] == []


@pytest.mark.model
@pytest.mark.parametrize("text, content", [
    ("Pour la FNAB, une baisse des aides à la conversion serait une grave erreur.",
     "une baisse des aides à la conversion serait une grave erreur"),
    ("2) Pour la fédération, le travail n’est pas une quantité fixe, comme le montre l'arrivée des jeunes.",
     "le travail n’est pas une quantité fixe, comme le montre l'arrivée des jeunes"),
])
def test_indirect_pour_a_body_gives_its_opinion(nlp, text, content):
    (q,) = indirect(nlp, text)
    assert q.text == content


@pytest.mark.model
def test_indirect_pour_beneficiaries_is_no_opinion(nlp):
    assert indirect(nlp, "Pour les entreprises, la mesure représente un coût de deux milliards d'euros.") == []


@pytest.mark.model
@pytest.mark.parametrize("text, content", [
    # a participle after a comma is the speaker's comment, not the content
    ("Le Fonds européen de garantie a annoncé lundi, au Forum économique mondial de Genève, avoir relevé ses "
     "prévisions de croissance mondiale pour 2021, prenant acte de la reprise du commerce mondial et de la baisse "
     "des risques politiques.",
     "avoir relevé ses prévisions de croissance mondiale pour 2021"),
    # a main clause after the content is not the content
    ("Déplorant que des camions soient bloqués sur les routes, la fédération a appelé le gouvernement à agir.",
     "des camions soient bloqués sur les routes"),
    # an aside and a condition stay inside
    ("Le bourgmestre s'est déclaré disposé, ce lundi, à accepter une demande de rassemblement, pour autant que "
     "celle-ci fasse l'objet d'une négociation.",
     "disposé, ce lundi, à accepter une demande de rassemblement, pour autant que celle-ci fasse l'objet d'une négociation"),
    # the apposition of a "selon" source is not content
    ("Selon Paul Roux, photographe depuis vingt ans, il s'agit d'une grenade de désencerclement.",
     "il s'agit d'une grenade de désencerclement"),
])
def test_indirect_content_ends_where_the_statement_ends(nlp, text, content):
    assert content in [q.text for q in indirect(nlp, text)]


@pytest.mark.model
def test_indirect_content_does_not_end_inside_a_hyphenated_word(nlp):
    text = ("La préfète du Cher a annoncé vendredi l'interdiction de tout rassemblement de \"gilets jaunes\" samedi "
            "dans le centre-ville de Bourges, ville retenue par le collectif.")
    (q,) = indirect(nlp, text)
    assert "centre-ville" in q.text


@pytest.mark.model
def test_indirect_content_stops_at_a_period_glued_to_the_next_sentence(nlp):
    text = ("Ainsi, la compagnie a annoncé mardi avoir réduit la vitesse de ses trains sur une partie de son réseau, "
            "tandis que la ligne Atlantique subissait quelques perturbations.À Paris, des voyageurs se sont agglutinés.")
    (q,) = indirect(nlp, text)
    assert q.text.endswith("subissait quelques perturbations")


@pytest.mark.model
def test_indirect_selon_not_set_off_reads_the_whole_sentence(nlp):
    text = "D'autres ont décidé toujours selon la gendarmerie de défiler avec des pansements sur les yeux."
    (q,) = indirect(nlp, text)
    assert q.text == "D'autres ont décidé toujours selon la gendarmerie de défiler avec des pansements sur les yeux"


@pytest.mark.model
def test_indirect_selon_content_opening_with_an_enumeration(nlp):
    text = "Selon la police, des pierres, des boulons et des pétards ont été jetés sur les agents."
    (q,) = indirect(nlp, text)
    assert q.text == "des pierres, des boulons et des pétards ont été jetés sur les agents"


@pytest.mark.model
def test_indirect_a_quoted_label_after_the_verb_is_no_infinitive_content(nlp):
    text = "Le ras-le-bol fiscal est un refrain connu. Mais Lucas Morel y ajoute un nouveau couplet « pouvoir d’achat »."
    assert indirect(nlp, text) == []


@pytest.mark.model
def test_indirect_que_clause_opening_with_a_quote_that_says_more(nlp):
    text = ("La ministre a précisé que « dans 92 % des cas, ce sont des PME dans le commerce, la restauration, "
            "l'hôtellerie » et dans une moindre mesure l'industrie qui sont touchées.")
    (q,) = indirect(nlp, text)
    assert q.text.endswith("l'industrie qui sont touchées")


@pytest.mark.model
def test_indirect_selon_qui_gives_the_clause_after_it(nlp):
    text = ("« Ce sont trois millions d'heures perdues », a chiffré Julie Marchand, selon qui un des effets "
            "de la crise est de fragiliser les petits commerces.")
    texts = [q.text for q in indirect(nlp, text)]
    assert texts == ["un des effets de la crise est de fragiliser les petits commerces"]


@pytest.mark.model
def test_indirect_comparison_with_que_is_no_content_clause(nlp):
    text = ("Le gouvernement sait que rien ne menace plus sûrement la paix sociale que les revendications "
            "salariales des syndicats de la fonction publique.")
    assert not any(q.text.startswith("les revendications") for q in indirect(nlp, text))


@pytest.mark.model
def test_indirect_comparison_alone_is_no_statement(nlp):
    text = "Voilà qui menace plus sûrement la République que les revendications des syndicats sur les salaires."
    assert indirect(nlp, text) == []


@pytest.mark.model
def test_indirect_selon_the_outlets_own_findings_is_no_quote(nlp):
    text = ("Les esprits étaient échauffés et selon les premiers renseignements que nous avons obtenus, "
            "il y aurait eu des dégâts sur les camions.")
    assert indirect(nlp, text) == []


@pytest.mark.model
@pytest.mark.parametrize("text, content", [
    ("Selon le baromètre de l'Observatoire, la mobilité pèse sur le budget de 49 % des ménages.",
     "la mobilité pèse sur le budget de 49 % des ménages"),
    ("Selon l'article 11 de la Constitution, un tel scrutin doit porter sur un texte de loi.",
     "un tel scrutin doit porter sur un texte de loi"),
])
def test_indirect_selon_a_document(nlp, text, content):
    (q,) = indirect(nlp, text)
    assert q.text == content


@pytest.mark.model
def test_indirect_que_after_a_long_aside(nlp):
    text = ("La ministre a affirmé, au cours d'une réunion avec la FNSEA, un syndicat agricole, que les "
            "manifestations des lycéens étaient manipulées.")
    (q,) = indirect(nlp, text)
    assert q.text == "les manifestations des lycéens étaient manipulées"


@pytest.mark.model
def test_indirect_selon_inside_a_clause_keeps_the_whole_clause(nlp):
    text = ("Mais s'il a été présenté comme un possible commanditaire, Paul Dumas ne fait, selon une source "
            "judiciaire, l'objet d'aucun mandat d'arrêt dans ce dossier.")
    (q,) = indirect(nlp, text)
    assert q.text.endswith("l'objet d'aucun mandat d'arrêt dans ce dossier")


@pytest.mark.model
def test_indirect_content_ends_before_another_speakers_que(nlp):
    text = ("Si Paul Bernard, patron du parti allié, prévient que « si la participation est faible, rien ne sera "
            "réglé pour autant », la commission, dirigée par une ancienne ministre, juge que « la défiance "
            "envers le gouvernement est forte ».")
    texts = [q.text for q in indirect(nlp, text)]
    assert not any("la commission" in t for t in texts)


@pytest.mark.model
def test_indirect_incise_with_an_adverb_between_clitic_and_participle(nlp):
    text = ("Paradoxalement, les frais trop bas décourageaient aussi certains candidats, qui s’inquiétaient "
            "de la qualité des cours, a-t-on également souligné à Matignon.")
    texts = [q.text for q in indirect(nlp, text)]
    assert texts == ["Paradoxalement, les frais trop bas décourageaient aussi certains candidats, qui s’inquiétaient de la qualité des cours"]


@pytest.mark.model
def test_indirect_content_stops_at_a_period_glued_after_a_closing_mark(nlp):
    text = ("La ministre a assuré que l’État allait « se défendre et rappeler les faits ».« On travaille aujourd’hui "
            "avec une commission », a poursuivi Mme Girard.")
    texts = [q.text for q in indirect(nlp, text)]
    assert "l’État allait « se défendre et rappeler les faits »" in texts


@pytest.mark.model
def test_indirect_infinitive_after_a_date(nlp):
    text = "Le leader autonomiste a annoncé le 10 octobre à l’ONU avoir déposé une plainte devant la Cour pénale internationale."
    (q,) = indirect(nlp, text)
    assert q.text == "avoir déposé une plainte devant la Cour pénale internationale"


@pytest.mark.model
def test_indirect_a_demand_is_no_statement(nlp):
    text = "Le premier secrétaire Olivier Faure réclamait de nouveau des états généraux du pouvoir d'achat et de la transition."
    assert indirect(nlp, text) == []


@pytest.mark.model
def test_indirect_relative_que_after_a_speech_verb_is_no_content(nlp):
    text = ("La porte-parole ne dira rien du contenu des conversations que les policiers belges ont eues "
            "avec leurs homologues français.")
    assert indirect(nlp, text) == []


@pytest.mark.model
def test_indirect_poll_figure_with_an_opinion_verb_is_no_statement(nlp):
    text = "Les Belges considèrent toujours à 71 % que le Premier ministre n'est pas proche de leurs préoccupations."
    assert indirect(nlp, text) == []


@pytest.mark.model
@pytest.mark.parametrize("text, content", [
    # the parser made the content's subject the incise verb's subject
    ("La violence et la haine sont « au cœur » du mouvement des « bonnets rouges », a estimé lundi "
     "l'écrivain Paul Morand en dénonçant trop de « mais » dans les condamnations.",
     "La violence et la haine sont « au cœur » du mouvement des « bonnets rouges »"),
    # a subject inherited from the content's own verb
    ("Cette offensive, menée par les troupes canadiennes entre le 15 et 25 août, avait fait plus de 10 000 morts "
     "et blessés dans leurs rangs, dont plus de 1300 sans sépulture connue, précisent les autorités canadiennes.",
     "Cette offensive, menée par les troupes canadiennes entre le 15 et 25 août, avait fait plus de 10 000 morts "
     "et blessés dans leurs rangs, dont plus de 1300 sans sépulture connue"),
    # rapporter as an incise reports; the verb of the content is mistagged
    ("La Commission de régulation suggère donc d'augmenter les prix de 5,9 % dès le 1er juin prochain, rapporte Europe 1.",
     "La Commission de régulation suggère donc d'augmenter les prix de 5,9 % dès le 1er juin prochain"),
])
def test_indirect_inverted_incise_after_a_full_clause(nlp, text, content):
    assert content in [q.text for q in indirect(nlp, text)]


@pytest.mark.model
def test_indirect_apposition_before_the_verb_is_still_no_content(nlp):
    assert indirect(nlp, "Paul Martin, ancien champion du monde, avait demandé un délai supplémentaire.") == []


@pytest.mark.model
def test_indirect_d_apres_with_a_curly_apostrophe_in_a_glued_sentence(nlp):
    text = ("Selon la vidéo d’un blogueur diffusée ce week-end, des utilisateurs parviennent à se transmettre des "
            "vidéos d’enfants.D’après ce blogueur, ces utilisateurs utilisent les commentaires pour se repérer.")
    texts = [q.text for q in indirect(nlp, text)]
    assert texts == ["des utilisateurs parviennent à se transmettre des vidéos d’enfants",
                     "ces utilisateurs utilisent les commentaires pour se repérer"]


@pytest.mark.model
def test_indirect_se_dire_with_an_attribute_in_short_marks(nlp):
    text = "Elle se dit à cet égard « particulièrement préoccupée » par la disposition visant à interdire de manifester."
    (q,) = indirect(nlp, text)
    assert q.text == "« particulièrement préoccupée » par la disposition visant à interdire de manifester"


@pytest.mark.model
def test_indirect_que_after_an_aside_holding_a_verb(nlp):
    text = ("Alors que le mouvement continue, le gouvernement avait annoncé, il y a quelque temps déjà, que les "
            "tarifs de l'électricité n'augmenteraient pas jusqu'au printemps.")
    (q,) = indirect(nlp, text)
    assert q.text == "les tarifs de l'électricité n'augmenteraient pas jusqu'au printemps"


@pytest.mark.model
@pytest.mark.parametrize("text, content, source", [
    ("Le cortège a réuni 84.000 personnes selon les chiffres officiels, mais la ville était calme.",
     "84.000 personnes", "les chiffres officiels"),
    ("Samedi, près de 50 000 gilets jaunes (selon le ministère de l'Agriculture) bloquaient les routes.",
     "près de 50 000 gilets jaunes", None),
    ("Quelques milliers de marcheurs (10 500, selon la préfecture de police) ont défilé.",
     "10 500", "la préfecture de police"),
    # a percentage after a verb is a claim: the clause, not the figure
    ("Le chômage a baissé de 2 %, selon l'institut Statcom.", "Le chômage a baissé de 2 %", None),
])
def test_indirect_selon_right_after_a_count_vouches_for_the_count(nlp, text, content, source):
    # decision 12 of the annotation guideline; the source ends at the bracket
    [q] = indirect(nlp, text)
    assert q.text == content
    if source is not None:
        assert q.speaker_text == source


@pytest.mark.model
@pytest.mark.parametrize("text, content, source", [
    ("Le projet de réforme a été jugé « bâclé » par les syndicats de l'enseignement.",
     "« bâclé »", "les syndicats de l'enseignement"),
    ("La loi, dénoncée comme « cosmétique » par l'opposition, a été votée mardi.",
     "« cosmétique »", "l'opposition"),
    ("Ils visent deux armes jugées inutilement dangereuses par les manifestants.",
     "inutilement dangereuses", "les manifestants"),
])
def test_indirect_passive_judgement_with_its_agent(nlp, text, content, source):
    [q] = indirect(nlp, text)
    assert (q.text, q.speaker_text) == (content, source)


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Il a été jugé pour vol en 2015 à Lyon.",  # a trial, not a judgement
    "Marc Jourdan, considéré comme le meilleur joueur du club, a signé.",  # no agent: the writer's words
])
def test_indirect_no_judgement_without_agent_or_predicate(nlp, text):
    assert indirect(nlp, text) == []


@pytest.mark.model
@pytest.mark.parametrize("apostrophe", ["'", "’"])
def test_indirect_first_person_writer_either_apostrophe(nlp, apostrophe):
    # the writer's own voice gives no quotation, whichever apostrophe "j'" is typed with
    text = f"J{apostrophe}affirme que cette réforme des retraites est profondément injuste pour les jeunes."
    assert indirect(nlp, text) == []
