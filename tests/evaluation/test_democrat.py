"""Democrat CoNLL reader: text rebuilt from tokens, chains as character spans."""

from veille.evaluation.democrat import read_democrat

# An invented two-paragraph document in Democrat's 15-column layout (columns 3-11
# and 13-14 are not read): "La société Brivalor" (chain 1) with a multiword
# token "du" (de + le) whose parts carry chain marks, "elle" (chain 1 again).
_ROWS = [
    ("1", "La", "0", "(1"), ("2", "société", "0", "_"), ("3", "Brivalor", "0", "(2)|1)"),
    ("4", "recrute", "0", "_"), ("5-6", "du", "0", "_"), ("5", "de", "0", "_"),
    ("6", "le", "0", "(3"), ("7", "personnel", "0", "3)"), (".", None, None, None),
    ("1", "Selon", "1", "_"), ("2", "l'", "1", "(4"), ("3", "agence", "1", "4)"), ("4", ",", "1", "_"),
    ("5", "elle", "1", "(1)"), ("6", "grandit", "1", "_"), ("7", ".", "1", "_"),
]


def _conll(rows) -> str:
    lines = ["#begin document (test/brivalor); part 000"]
    for index, form, paragraph, coref in rows:
        if form is None:
            lines.append("")
            continue
        cols = [index, form] + ["_"] * 9 + [paragraph, "*", "*", coref]
        lines.append("\t".join(cols))
    lines.append("#end document")
    return "\n".join(lines) + "\n"


def test_text_and_chains(tmp_path):
    path = tmp_path / "mini.conll"
    path.write_text(_conll(_ROWS), encoding="utf-8")
    (doc,) = list(read_democrat(path))
    assert doc.id == "test/brivalor"
    assert doc.text == "La société Brivalor recrute du personnel\nSelon l'agence, elle grandit."
    spans = {(doc.text[m.start : m.end], m.chain) for m in doc.mentions}
    assert spans == {
        ("La société Brivalor", 1), ("Brivalor", 2), ("du personnel", 3), ("l'agence", 4), ("elle", 1),
    }
    assert [doc.text[m.start : m.end] for m in doc.chains()[1]] == ["La société Brivalor", "elle"]
