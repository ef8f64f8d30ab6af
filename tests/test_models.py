from veille.models import (
    Amount, Cue, DocumentAnalysis, EntityRecord, Mention, Quote, Relation, Role,
)


def test_models_document_analysis_round_trips_through_dict():
    analysis = DocumentAnalysis(
        doc_id="d1",
        status="analysed",
        lang="fr",
        n_tokens=12,
        entities=(
            EntityRecord(
                key="e0", name="Léa Martin", type="PER", aliases=("Martin",),
                roles=(Role("PDG", "Acme", False, 10, 13),),
                mentions=(Mention(0, 10, "Léa Martin"),),
            ),
        ),
        amounts=(Amount(20, 40, "45 millions d'euros", 45e6, "money", "EUR", "less_than"),),
        quotes=(Quote(50, 60, "Nous irons", "direct", "e0", "Martin", 61, 67, Cue(68, 78, "a déclaré"), 0.9, "subject"),),
        relations=(Relation("lawsuit", "e0", None, "Léa Martin", "Acme", 0, 30, "x", None, "alleged", None, {"claims": ["fraude"]}),),
    )
    again = DocumentAnalysis.from_dict(analysis.to_dict())
    assert again == analysis
    assert again.entities[0].roles[0].of == "Acme"
    assert again.quotes[0].cue == Cue(68, 78, "a déclaré")
    assert again.relations[0].arguments == {"claims": ["fraude"]}
