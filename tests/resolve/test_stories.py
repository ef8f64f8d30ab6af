"""Story clustering: near-duplicates, separate affairs, incremental arrival, labels."""

from __future__ import annotations

from helpers import analysed_pair

from veille.resolve.stories import StorySettings, assign_stories, text_signature, text_terms

FERRANDEL = (
    "Le sidérurgiste Ferrandel a confirmé lundi son offre de rachat sur Valtique. Bertrand Ferrandel, "
    "le patron du groupe, juge que le rapprochement créera un champion européen de l'acier. "
    "Les syndicats de Valtique redoutent des fermetures d'usines en Lorraine."
)
FERRANDEL_2 = (
    "Offre de Ferrandel sur Valtique : la ministre de l'Industrie, Nadia Berthier, demande des garanties. "
    "Bertrand Ferrandel assure que les usines de Valtique resteront ouvertes après le rachat."
)
STRIKE = (
    "Grève chez Transalpes : les conducteurs de la compagnie régionale réclament une hausse des salaires. "
    "Le syndicat Sud-Rail Alpes a reconduit le mouvement jusqu'à jeudi, selon Françoise Aubert."
)
STRIKE_2 = (
    "Transalpes et les grévistes ont signé un accord vendredi. Françoise Aubert, la médiatrice, "
    "salue la fin de la grève après neuf jours de trains supprimés dans la vallée."
)

_FERRANDEL_ENTITIES = (
    ("Ferrandel", "ORG", (), ("Ferrandel",)),
    ("Valtique", "ORG", (), ("Valtique",)),
    ("Bertrand Ferrandel", "PER", (), ("Bertrand Ferrandel",)),
)
_STRIKE_ENTITIES = (
    ("Transalpes", "ORG", (), ("Transalpes",)),
    ("Françoise Aubert", "PER", (), ("Françoise Aubert",)),
)


def _ferrandel(doc_id, text=FERRANDEL, **fields):
    return analysed_pair(doc_id, text, entities=_FERRANDEL_ENTITIES, title="Ferrandel relance son offre sur Valtique",
                         **fields)


def _strike(doc_id, text=STRIKE, **fields):
    return analysed_pair(doc_id, text, entities=_STRIKE_ENTITIES, title="Transalpes : la grève continue", **fields)


def _stories(store):
    return {story_id: sorted(m.doc_id for m in store.story_members(story_id)) for story_id, _ in store.iter_story_ids()}


def test_stories_terms_fold_stem_and_drop_stop_words():
    terms = text_terms("L'interpellation d'Éric", "Il a été interpellé à Paris.", title_weight=2)
    assert terms["interpe"] == 3  # title counts twice here, the lead once; both forms share the stem
    assert text_terms("L'interpellation d'Éric", "Il a été interpellé à Paris.")["interpe"] == 4  # default 3
    assert "paris" in terms and "avec" not in terms and "il" not in terms


def test_stories_signature_sees_near_duplicates():
    a = text_signature(FERRANDEL + " " + STRIKE)
    b = text_signature(FERRANDEL + " " + STRIKE.replace("jeudi", "vendredi"))
    c = text_signature(FERRANDEL_2 + " " + STRIKE_2)
    assert a.jaccard(b) > 0.8
    assert a.jaccard(c) < 0.2


def test_stories_two_affairs_are_kept_apart(store, ingest):
    report = ingest(
        _ferrandel("f1", outlet="Le Quotidien", published="2025-02-10"),
        _strike("t1", outlet="Alpes Matin", published="2025-01-14"),
        _ferrandel("f2", FERRANDEL_2, outlet="L'Écho", published="2025-02-12"),
        _strike("t2", STRIKE_2, outlet="Le Quotidien", published="2025-01-17"),
    )
    assert (report.created, report.joined) == (2, 2)
    assert sorted(_stories(store).values()) == [["f1", "f2"], ["t1", "t2"]]


def test_stories_near_duplicate_is_flagged(store, ingest):
    # Agency copy run by two outlets: one word differs.
    body = FERRANDEL + " " + FERRANDEL_2
    ingest(_ferrandel("f1", body, outlet="Le Quotidien"))
    copy = body.replace("lundi", "mardi")
    report = ingest(_ferrandel("f1-copy", copy, outlet="L'Écho"))
    assert report.near_duplicates == 1
    (members,) = [store.story_members(s) for s, _ in store.iter_story_ids()]
    assert {(m.doc_id, m.near_duplicate_of) for m in members} == {("f1", None), ("f1-copy", "f1")}


def test_stories_arrive_incrementally_without_reassigning(store, ingest):
    ingest(_ferrandel("f1"), _strike("t1"))
    before = _stories(store)
    report = ingest(_ferrandel("f2", FERRANDEL_2))
    assert (report.created, report.joined) == (0, 1)
    after = _stories(store)
    story_of_f1 = next(s for s, docs in before.items() if "f1" in docs)
    assert after[story_of_f1] == ["f1", "f2"]
    assert assign_stories(store, ["f1", "f2", "t1"]) .created == 0  # already placed: no-op
    assert _stories(store) == after


def test_stories_time_window_splits_far_apart_articles(store, ingest):
    strict = StorySettings(threshold=0.6)
    store.save_batch([_ferrandel("f1", published="2025-02-10"), _ferrandel("f2", FERRANDEL_2, published="2025-09-30")])
    from veille.resolve.entities import link_documents

    link_documents(store, ["f1", "f2"])
    report = assign_stories(store, ["f1", "f2"], settings=strict)
    assert report.created == 2


def test_stories_label_names_top_actors(store, ingest):
    ingest(_ferrandel("f1"), _ferrandel("f2", FERRANDEL_2))
    ((story_id, label),) = list(store.iter_story_ids())
    assert "Ferrandel" in label and "Valtique" in label
    assert story_id == "s-f1"


def _assign_alone(store, *pairs, settings):
    from veille.resolve.entities import link_documents

    store.save_batch(list(pairs))
    ids = [article.id for article, _ in pairs]
    link_documents(store, ids)
    return assign_stories(store, ids, settings=settings)


def test_stories_bridging_document_merges_converging_stories(store):
    apart = StorySettings(threshold=0.99, merge_threshold=None)
    _assign_alone(store, _ferrandel("f1"), settings=apart)
    _assign_alone(store, _ferrandel("f2", FERRANDEL_2), settings=apart)
    assert len(_stories(store)) == 2
    # Tells both halves of the affair: it joins one story and the other has converged with it.
    _assign_alone(store, _ferrandel("f3", FERRANDEL_2 + " " + FERRANDEL), settings=StorySettings(merge_threshold=0.1))
    assert list(_stories(store).values()) == [["f1", "f2", "f3"]]


def test_stories_without_merge_threshold_stories_never_merge(store):
    apart = StorySettings(threshold=0.99, merge_threshold=None)
    _assign_alone(store, _ferrandel("f1"), settings=apart)
    _assign_alone(store, _ferrandel("f2", FERRANDEL_2), settings=apart)
    _assign_alone(store, _ferrandel("f3", FERRANDEL_2 + " " + FERRANDEL), settings=StorySettings(merge_threshold=None))
    assert len(_stories(store)) == 2
