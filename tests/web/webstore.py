"""A small store built by hand (no language model): three French articles, written for
these tests, with entities, quotes, amounts, dates, relations and one story.

Offsets are computed from the texts with ``str.index``, so the fixtures stay right
if a text is edited.
"""

from __future__ import annotations

from pathlib import Path

from veille.models import (
    Amount, Article, Cue, DateMention, DocumentAnalysis, EntityRecord, Mention, Quote, Relation,
)
from veille.resolve.entities import link_documents
from veille.store import Store

TOKEN = "s3cret-test-token"

RACHAT = (
    "Le groupe Ormeau a annoncé mardi le rachat de la brasserie Colvert pour 12 millions d'euros. "
    "« Nous voulons garder chaque emploi », a déclaré Léa Fontanel, présidente d'Ormeau.\n\n"
    "Selon Léa Fontanel, la reprise sera effective le 3 mars 2025."
)
DEMENTI = (
    "La brasserie Colvert dément tout rachat par Ormeau. "
    "« Aucune offre ne nous a été faite », affirme Paul Verrier, fondateur de Colvert."
)
XSS = (
    "Un lecteur a envoyé <script>alert(1)</script> et <img src=x onerror=alert(2)> à la rédaction. "
    "« <b>Rien</b> ne sera publié », a répondu Jeanne Morlaix."
)


def span(text: str, needle: str, after: int = 0) -> tuple[int, int]:
    start = text.index(needle, after)
    return start, start + len(needle)


def mention(text: str, needle: str, after: int = 0, kind: str = "name") -> Mention:
    start, end = span(text, needle, after)
    return Mention(start, end, needle, kind)


def quote(text: str, inner: str, speaker_key: str, speaker: str, cue: str, kind: str = "direct") -> Quote:
    start, end = span(text, inner)
    s_start, s_end = span(text, speaker, end)
    c_start, c_end = span(text, cue, end)
    return Quote(
        start=start, end=end, text=inner, kind=kind, speaker_key=speaker_key, speaker_text=speaker,
        speaker_start=s_start, speaker_end=s_end, cue=Cue(c_start, c_end, cue), confidence=0.9, rule="test",
    )


def _rachat() -> tuple[Article, DocumentAnalysis]:
    t = RACHAT
    sentence = span(t, t[: t.index("euros.") + len("euros.")])
    trigger = span(t, "rachat")
    analysis = DocumentAnalysis(
        doc_id="web-rachat", status="analysed", lang="fr", n_tokens=60,
        entities=(
            EntityRecord("e0", "Ormeau", "ORG", mentions=(mention(t, "Ormeau"), mention(t, "Ormeau", t.index("présidente")))),
            EntityRecord("e1", "Colvert", "ORG", mentions=(mention(t, "Colvert"),)),
            EntityRecord("e2", "Léa Fontanel", "PER", mentions=(
                mention(t, "Léa Fontanel"), mention(t, "Léa Fontanel", t.index("Selon")))),
        ),
        amounts=(Amount(*span(t, "12 millions d'euros"), "12 millions d'euros", 12_000_000.0, "money", "EUR"),),
        dates=(
            DateMention(*span(t, "mardi"), "mardi", "2025-02-11", "day", True),
            DateMention(*span(t, "3 mars 2025"), "3 mars 2025", "2025-03-03", "day", False),
        ),
        quotes=(
            quote(t, "Nous voulons garder chaque emploi", "e2", "Léa Fontanel", "a déclaré"),
            Quote(
                *span(t, "la reprise sera effective le 3 mars 2025"), "la reprise sera effective le 3 mars 2025",
                "indirect", "e2", "Léa Fontanel", *span(t, "Léa Fontanel", t.index("Selon")),
                Cue(*span(t, "Selon"), "Selon"), 0.8, "test",
            ),
        ),
        relations=(Relation(
            type="acquisition", subject_key="e0", object_key="e1", subject="Ormeau", object="Colvert",
            start=sentence[0], end=sentence[1], evidence=t[sentence[0]:sentence[1]],
            trigger=Cue(*trigger, "rachat"), polarity="asserted",
        ),),
    )
    article = Article(id="web-rachat", text=t, title="Ormeau rachète la brasserie Colvert", outlet="Le Petit Brasseur",
                      published="2025-02-11", lang="fr", url="https://example.org/rachat")
    return article, analysis


def _dementi() -> tuple[Article, DocumentAnalysis]:
    t = DEMENTI
    first = span(t, t[: t.index("Ormeau.") + len("Ormeau.")])
    analysis = DocumentAnalysis(
        doc_id="web-dementi", status="analysed", lang="fr", n_tokens=30,
        entities=(
            EntityRecord("e0", "Colvert", "ORG", mentions=(mention(t, "Colvert"), mention(t, "Colvert", t.index("fondateur")))),
            EntityRecord("e1", "Ormeau", "ORG", mentions=(mention(t, "Ormeau"),)),
            EntityRecord("e2", "Paul Verrier", "PER", mentions=(mention(t, "Paul Verrier"),)),
        ),
        quotes=(quote(t, "Aucune offre ne nous a été faite", "e2", "Paul Verrier", "affirme"),),
        relations=(Relation(
            type="acquisition", subject_key="e1", object_key="e0", subject="Ormeau", object="Colvert",
            start=first[0], end=first[1], evidence=t[first[0]:first[1]], trigger=Cue(*span(t, "rachat"), "rachat"),
            polarity="denied",
        ),),
    )
    article = Article(id="web-dementi", text=t, title="Colvert dément", outlet="La Gazette des Halles",
                      published="2025-02-12", lang="fr")
    return article, analysis


def _xss() -> tuple[Article, DocumentAnalysis]:
    t = XSS
    analysis = DocumentAnalysis(
        doc_id="web-xss", status="analysed", lang="fr", n_tokens=30,
        entities=(EntityRecord("e0", "Jeanne Morlaix", "PER", mentions=(mention(t, "Jeanne Morlaix"),)),),
        quotes=(quote(t, "<b>Rien</b> ne sera publié", "e0", "Jeanne Morlaix", "a répondu"),),
        # A date span over the markup itself: the highlighter must escape inside marks too.
        dates=(DateMention(*span(t, "<script>alert(1)</script>"), "<script>alert(1)</script>", None),),
    )
    article = Article(id="web-xss", text=t, title="<script>alert('titre')</script> Courrier des lecteurs",
                      outlet="<i>Le Canard</i>", lang="fr",
                      url="javascript:alert(3)")
    return article, analysis


def build_store(path: Path) -> str:
    with Store(str(path)) as store:
        store.save_batch([_rachat(), _dementi(), _xss()])
        link_documents(store, ["web-rachat", "web-dementi", "web-xss"])
        with store.transaction():
            store.add_story("story-ormeau-colvert", "Ormeau et Colvert")
            store.add_story_document("story-ormeau-colvert", "web-rachat", None)
            store.add_story_document("story-ormeau-colvert", "web-dementi", None)
            store.add_story("story-vide", "Sujet sans article")
    return str(path)


def assert_error(response, status: int) -> str:
    """The response is the API's one error shape with ``status``; returns the message."""
    assert response.status_code == status
    body = response.json()
    assert set(body) == {"error"}
    assert body["error"]["status"] == status
    assert isinstance(body["error"]["message"], str) and body["error"]["message"]
    return body["error"]["message"]
