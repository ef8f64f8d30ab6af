"""A quotation repeated later in the article (a pull quote set alone on its line)
keeps the speaker of its first, attributed occurrence (issue #3). Every sentence is
invented (fictional people and companies)."""

from __future__ import annotations

import pytest
from helpers import quote_speakers


def speakers(nlp, text):
    return [(quote, name) for quote, name, _ in quote_speakers(nlp, text, ("direct",))]


ARTICLE = (
    "La fondatrice de Lumora, Hélène Marchetti, a défendu le projet devant les "
    "actionnaires. « Nous voulons que chacun profite de ces outils, mais il est tout à "
    "fait acceptable de garder la recette pour nous », a écrit Hélène Marchetti dans un "
    "courriel de 2019.\n"
    "Son associé, Bruno Castagne, a répondu par un courriel plus sec : « Sans un "
    "partenaire industriel, nous n'avons aucune chance de rattraper nos concurrents.\n"
    "« Nous voulons que chacun profite de ces outils, mais il est tout à fait normal de "
    "garder la recette pour nous »\n"
    "Lumora n'a pas répondu aux questions de la rédaction."
)


@pytest.mark.model
def test_a_repeated_quote_keeps_the_speaker_of_its_first_occurrence(nlp):
    found = speakers(nlp, ARTICLE)
    repeated = [name for quote, name in found if quote.startswith("Nous voulons")]
    # the pull quote repeats Hélène Marchetti's words with one word changed; the
    # quote just before it is Bruno Castagne's, whose paragraph it would continue
    assert repeated == ["Hélène Marchetti", "Hélène Marchetti"]


@pytest.mark.model
def test_a_different_quote_after_a_speaker_still_continues_the_paragraph(nlp):
    text = ARTICLE.replace(
        "« Nous voulons que chacun profite de ces outils, mais il est tout à fait normal de "
        "garder la recette pour nous »",
        "« Il faudra des années, au mieux, avant que nos ventes couvrent nos dépenses »",
    )
    # a new quote alone on its line is not a repetition: it continues Bruno
    # Castagne's paragraph as before
    last = [name for quote, name in speakers(nlp, text) if quote.startswith("Il faudra")]
    assert last == ["Bruno Castagne"]
