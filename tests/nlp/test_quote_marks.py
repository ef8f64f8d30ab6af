"""Tests of veille.nlp.quote_marks: pairing quote marks and sentence bounds (pure text)."""

from __future__ import annotations

import pytest

from veille.nlp.quote_marks import scan_quote_marks, sentence_bounds


def inner(text: str) -> list[str]:
    return [text[m.start : m.end] for m in scan_quote_marks(text)]


# --- scanner (pure) -------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Il a dit « nous irons jusqu'au bout » hier.", ["nous irons jusqu'au bout"]),
        ("Elle a écrit “la réforme est morte” puis s'est tue.", ["la réforme est morte"]),
        ('Il a lancé "on ne lâchera rien" devant la mairie.', ["on ne lâchera rien"]),
        ("Il a répondu „das ist gut“ en allemand.", ["das ist gut"]),
        # « opens and " closes (mixed marks)
        ('« Nous ne céderons pas sur ce point", a déclaré le maire.', ["Nous ne céderons pas sur ce point"]),
        # stray duplicate after the closing mark
        ('« Nous sommes tristes de cette issue. " " a déclaré la société.', ["Nous sommes tristes de cette issue."]),
        # apostrophes stay inside the quote
        ("« L'entreprise n’a pas d'avenir », dit-il.", ["L'entreprise n’a pas d'avenir"]),
        # nested quotes stay inside the outer pair
        ('« Il m\'a dit "jamais de la vie" en partant », raconte-t-elle.',
         ['Il m\'a dit "jamais de la vie" en partant']),
        ("« Le texte dit “tout le monde” et pas autre chose », insiste-t-il.",
         ["Le texte dit “tout le monde” et pas autre chose"]),
        # two straight-quoted passages in one sentence
        ('Il parle de "gilets jaunes" et de "foulards rouges" ici.', ["gilets jaunes", "foulards rouges"]),
    ],
)
def test_quote_marks_scan_pairs_marks(text, expected):
    assert inner(text) == expected


def test_quote_marks_scan_closes_unclosed_quote_at_paragraph_end():
    text = "« Nous devons agir vite. Je paierai ce qu'il faut.\nLe lendemain, rien ne bougea."
    marks = scan_quote_marks(text)
    assert [text[m.start : m.end] for m in marks] == ["Nous devons agir vite. Je paierai ce qu'il faut."]
    assert marks[0].closed is False


def test_quote_marks_scan_ignores_closing_mark_without_opener():
    assert inner("Il s'en va » sans rien dire.") == []


def test_quote_marks_scan_offsets_index_the_text():
    text = "Avant.\n« Première phrase ici. Seconde phrase là », a-t-il dit.\n\"Encore une citation longue\""
    for m in scan_quote_marks(text):
        assert text[m.open] in "«\""
        assert text[m.start : m.end] == text[m.start : m.end].strip()


def test_quote_marks_sentence_bounds_do_not_break_inside_marks():
    text = "« Nous irons. Nous gagnerons. » a dit Paul Durand. Puis il est parti."
    bounds = sentence_bounds(text, scan_quote_marks(text))
    assert [text[s:e].strip() for s, e in bounds] == [
        "« Nous irons. Nous gagnerons. » a dit Paul Durand.",
        "Puis il est parti.",
    ]
