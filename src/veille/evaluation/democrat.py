"""Read the Democrat coreference corpus (CoNLL, conll-2012 chain column) as plain text.

Democrat gives tokens, not text: each document is rebuilt as a string (tokens
joined with the spacing French print uses, one paragraph per line) so that
veille's own pipeline can read it exactly as it reads an article, and every gold
mention becomes a character span of that string with its chain number. Learned
components trained on it (:mod:`veille.nlp.coref_model`) then see the same
tokenisation, parse and entity mentions as at run time.

Column layout (see the corpus README): 2 = form, 12 = paragraph number,
15 = coreference ("(7", "7)", "(7)", several joined by "|"). Multiword tokens
("21-22 des" over "de" + "les") print their surface form; the chain marks sit on
their parts and are moved to the surface token.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

#: no space before these tokens ("mot ," -> "mot,")
_NO_SPACE_BEFORE = frozenset({",", ".", ")", "]", "…", "...", "-"})
#: no space after these ("( mot" -> "(mot")
_NO_SPACE_AFTER = frozenset({"(", "[", "-"})
_MARK = re.compile(r"\((\d+)\)|\((\d+)|(\d+)\)")


@dataclass(frozen=True)
class GoldMention:
    """A gold mention: character span of the rebuilt text, its chain number, and
    whether every word of it is a proper noun (a name)."""

    start: int
    end: int
    chain: int
    proper: bool = False


@dataclass
class CorefDocument:
    """One Democrat document as text with its gold mentions."""

    id: str
    text: str
    mentions: list[GoldMention] = field(default_factory=list)

    def chains(self) -> dict[int, list[GoldMention]]:
        out: dict[int, list[GoldMention]] = {}
        for m in self.mentions:
            out.setdefault(m.chain, []).append(m)
        return out


@dataclass
class _Token:
    form: str
    paragraph: str
    marks: list[str]
    upos: list[str] = field(default_factory=list)  # of its parts, for a multiword token


def _tokens(lines: list[str]) -> list[_Token]:
    """Surface tokens of one document, multiword parts folded into their surface."""
    tokens: list[_Token] = []
    covered_until = 0  # last part index a multiword token covers
    for line in lines:
        cols = line.split("\t")
        if len(cols) < 15:
            continue
        index, form, upos, paragraph, coref = cols[0], cols[1], cols[3], cols[11], cols[14]
        if "-" in index:
            covered_until = int(index.split("-")[1])
            tokens.append(_Token(form, paragraph, []))
            continue
        marks = [] if coref == "_" else coref.split("|")
        if "." not in index and int(index) <= covered_until:
            tokens[-1].marks.extend(marks)  # a part: its marks go to the surface token
            tokens[-1].upos.append(upos)
            continue
        covered_until = 0
        tokens.append(_Token(form, paragraph, marks, [upos]))
    return tokens


def _document(doc_id: str, lines: list[str]) -> CorefDocument:
    text_parts: list[str] = []
    offset = 0
    open_marks: dict[int, list[tuple[int, int]]] = {}  # chain -> [(start char, token number)]
    mentions: list[GoldMention] = []
    previous: _Token | None = None
    tokens = _tokens(lines)
    proper = [all(u == "PROPN" for u in tok.upos) and bool(tok.upos) for tok in tokens]
    for n, tok in enumerate(tokens):
        if previous is not None:
            if tok.paragraph != previous.paragraph:
                sep = "\n"
            elif tok.form in _NO_SPACE_BEFORE or previous.form in _NO_SPACE_AFTER or previous.form.endswith(("'", "’")):
                sep = ""
            else:
                sep = " "
            text_parts.append(sep)
            offset += len(sep)
        start, end = offset, offset + len(tok.form)
        text_parts.append(tok.form)
        offset = end
        for mark in tok.marks:
            for single, opening, closing in _MARK.findall(mark):
                if single:
                    mentions.append(GoldMention(start, end, int(single), proper[n]))
                elif opening:
                    open_marks.setdefault(int(opening), []).append((start, n))
                elif closing and open_marks.get(int(closing)):
                    first_char, first = open_marks[int(closing)].pop()
                    mentions.append(GoldMention(first_char, end, int(closing), all(proper[first : n + 1])))
        previous = tok
    mentions.sort(key=lambda m: (m.start, -m.end))
    return CorefDocument(doc_id, "".join(text_parts), mentions)


def read_democrat(path: str | Path) -> Iterator[CorefDocument]:
    """Yield the documents of a Democrat CoNLL file, in file order."""
    doc_id: str | None = None
    lines: list[str] = []
    with open(path, encoding="utf-8") as fh:
        for raw in fh:
            line = raw.rstrip("\n")
            if line.startswith("#begin document"):
                match = re.search(r"\((.*?)\)", line)
                doc_id, lines = (match.group(1) if match else line), []
            elif line.startswith("#end document"):
                if doc_id is not None:
                    yield _document(doc_id, lines)
                doc_id, lines = None, []
            elif doc_id is not None and line.strip():
                lines.append(line)
    if doc_id is not None and lines:
        yield _document(doc_id, lines)
