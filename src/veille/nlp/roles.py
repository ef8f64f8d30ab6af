"""Titles and functions held by people: "Sam Altman, PDG d'OpenAI" -> PDG of OpenAI.

``TitleFinder`` finds title expressions with a PhraseMatcher built once from the
French lexicon (``lang/fr_entities.TITLES``), reads their complement ("de la
Culture", "d'OpenAI", "du conseil d'administration") and attaches each title to the
person mention it describes:

- title before the name: "le PDG Sam Altman", "le procureur général de Californie, Rob Bonta";
- apposition after the name: "Sam Altman, PDG d'OpenAI", "Jean Moreau (LR), député de la Somme";
- coordination: "Sutskever, scientifique en chef et ancien membre du conseil";
- copula (needs the parse): "Jean Martin est le directeur général de Zorbex";
- participle: "Zorbex, fondée par Léa Roux et Marc Lenoir", "la société dirigée par
  Léa Roux" (the organisation is then the one named just before, or left to the
  component to find: ``anaphoric``).

The component in ``entities.py`` decides which mentions are people and turns the
drafts into ``Role`` values; this module works on token indices only.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Token
from spacy.util import filter_spans

from .lang import fr_entities as data

_DET = data.DETERMINERS
_PREP = data.OF_PREPOSITIONS
# How far a parenthetical after a name may extend: "Jean Moreau (LR), député".
_MAX_PAREN = 6
# Longest lowercase complement folded into a title ("du conseil d'administration").
_MAX_NP = 5
_DEFINITE = frozenset({"la", "le", "l'", "l’", "les", "du", "des", "de", "d'", "d’"})
_NP_POS = frozenset({"NOUN", "ADJ", "DET"})
_STOP_POS = frozenset({"VERB", "AUX", "PRON", "SCONJ", "ADV", "NUM", "PUNCT"})


@dataclass(frozen=True)
class TitleDraft:
    """A title expression found in the text, with its complement and holder.

    Token indices are half-open ranges into the Doc. ``of_mention`` is the index of
    the mention named as the organisation/place ("d'OpenAI"); ``of_text`` is the
    complement text when it is not a mention ("de la Somme" untagged); ``holder``
    is the index of the person mention the title describes, or None.
    """

    title: str
    former: bool
    expr_start: int
    expr_end: int
    org_title: bool
    of_mention: int | None = None
    of_text: str | None = None
    holder: int | None = None
    how: str | None = None  # before | apposition | coordination | copula | parse | participle
    #: The organisation is named earlier in the text: "son PDG", "la société dirigée par".
    anaphoric: bool = False


def _has_upper(token: Token) -> bool:
    return any(c.isupper() for c in token.text)


def _fold(text: str) -> str:
    """Lower-cased, accents stripped ("Écologie" -> "ecologie")."""
    norm = unicodedata.normalize("NFKD", text.lower())
    return "".join(c for c in norm if not unicodedata.combining(c))


_MINISTER = ("ministre ", "ministres ")
_MINISTRY = "ministère "


def ministry_of(title: str) -> str | None:
    """The ministry a portfolio title names: "ministre de l'Écologie" -> "ministère de
    l'Écologie" (the portfolio as the article words it); None for a title with no
    portfolio ("ministre", "Premier ministre", "ministre délégué")."""
    low = title.lower()
    for head in _MINISTER:
        if low.startswith(head):
            rest = title[len(head):]
            if rest.split(" ", 1)[0].lower() in data.OF_PREPOSITIONS or rest[:2].lower() in ("d'", "d’"):
                return _MINISTRY + rest
    return None


def _clean_title(text: str) -> str:
    """Title as written, minus an "ex-" prefix; sentence-initial capitals lowered."""
    if text.lower().startswith(data.FORMER_PREFIX):
        text = text[len(data.FORMER_PREFIX):]
    if text and not text.split()[0].isupper():
        text = text[0].lower() + text[1:]
    return text


class TitleFinder:
    """Find title expressions and the person mention each one describes.

    nlp (Language): the pipeline, used only to tokenise the lexicon once.
    titles (Sequence[str]): lowercase title phrases; defaults to the French lexicon.
    """

    def __init__(self, nlp: Language, *, titles: Sequence[str] = data.TITLES):
        self.matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        phrases = sorted(set(titles))
        # "ex-PDG" is one token for the French tokenizer: add the glued forms.
        self.matcher.add("TITLE", [nlp.make_doc(p) for p in phrases])
        self.matcher.add(
            "TITLE_EX", [nlp.make_doc(data.FORMER_PREFIX + p) for p in phrases]
        )
        self._ex_id = nlp.vocab.strings["TITLE_EX"]

    # -- find -----------------------------------------------------------------------

    def find(
        self,
        doc: Doc,
        mentions: Sequence[tuple[int, int]],
        mention_at: Mapping[int, int],
    ) -> list[TitleDraft]:
        """Title drafts of ``doc``, in text order, holders attached where found.

        mentions: token ranges of the name mentions; mention_at: token -> mention index.
        """
        participles = _participle_drafts(doc, mentions, mention_at)
        matches = self.matcher(doc)
        if not matches:
            return participles
        spans = filter_spans(
            [doc[s:e] for match_id, s, e in matches if not _inside_mention(s, e, mention_at)]
        )
        ex_starts = {s for match_id, s, e in matches if match_id == self._ex_id}
        drafts = [self._read(doc, span.start, span.end, span.start in ex_starts,
                             mentions, mention_at) for span in spans]
        drafts = self._attach(doc, drafts, mentions, mention_at)
        if participles:
            drafts = sorted(drafts + participles, key=lambda d: d.expr_start)
        return drafts

    def _read(self, doc, start, end, glued_ex, mentions, mention_at) -> TitleDraft:
        """Read the former marker, modifiers and complement around a title match."""
        n = len(doc)
        expr_start = start
        former = glued_ex
        if start > 0 and doc[start - 1].lower_ in data.FORMER_MARKERS:
            former = True
            expr_start = start - 1
        title_end = end
        while title_end < n and doc[title_end].lower_ in data.ROLE_MODIFIERS:
            title_end += 1
        lexeme = " ".join(doc[start:end].text.lower().split()).removeprefix(data.FORMER_PREFIX)
        org_title = lexeme in data.ORG_TITLES
        of_mention, of_text, expr_end, title_end = self._complement(
            doc, title_end, mention_at, mentions
        )
        # "Son PDG, Léa Roux": the possessive points back to an organisation.
        anaphoric = org_title and of_mention is None and of_text is None \
            and expr_start > 0 and doc[expr_start - 1].lower_ in data.POSSESSIVES
        return TitleDraft(
            title=_clean_title(doc[start:title_end].text),
            former=former,
            expr_start=expr_start,
            expr_end=max(expr_end, title_end),
            org_title=org_title,
            of_mention=of_mention,
            of_text=of_text,
            anaphoric=anaphoric,
        )

    def _complement(self, doc, i, mention_at, mentions, depth=0):
        """Parse "de X" after a title at token ``i``.

        RETURNS (of_mention, of_text, expr_end, title_end): title_end grows when the
        complement is part of the title ("ministre de la Culture", "membre du conseil").
        """
        n = len(doc)
        if i < n and doc[i].lower_ in ("chez", "à"):
            m, expr_end = _chez(doc, i, mention_at, mentions)
            return m, None, expr_end, i
        if i >= n or doc[i].lower_ not in _PREP:
            return None, None, i, i
        k = i + 1
        if k < n and doc[k].lower_ in _DET:
            k += 1
        if k >= n:
            return None, None, i, i
        m = mention_at.get(k)
        if m is not None and mentions[m][0] == k:
            end = mentions[m][1]
            if _fold(doc[k:end].text) in data.PORTFOLIOS:
                return None, None, end, end
            return m, None, end, i
        tok = doc[k]
        if _has_upper(tok) and tok.is_alpha:
            end = _portfolio_end(doc, k, self._proper_run(doc, k, mention_at))
            text = doc[k:end].text
            if _fold(text) in data.PORTFOLIOS:
                return None, None, end, end
            return None, text, end, i
        # A lowercase noun phrase: part of the title ("du conseil d'administration"), or an
        # ORG cue before a name. "de cette formation", "d'un restaurant" point elsewhere.
        if doc[k - 1].lower_ not in _DEFINITE and k == i + 2:
            return None, None, i, i
        end = k
        while end < n and end - k < _MAX_NP:
            t = doc[end]
            if _has_upper(t) or not (t.is_alpha or t.lower_ in _PREP) or t.pos_ in _STOP_POS:
                break
            if t.pos_ and t.pos_ not in _NP_POS and t.lower_ not in _PREP | _DET:
                break
            if t.lower_ in ("et", "ou") or end in mention_at:
                break
            if t.lower_ in _PREP and (end + 1 >= n or _has_upper(doc[end + 1])):
                break
            end += 1
        while end > k and doc[end - 1].lower_ in _PREP | _DET:
            end -= 1
        if end == k:
            return None, None, i, i
        if doc[k].lower_ in data.ORG_CUE_NOUNS:
            m = mention_at.get(end)
            if m is not None and mentions[m][0] == end:
                return m, None, mentions[m][1], i
        if depth == 0:
            of_m, of_t, expr_end, title_end = self._complement(doc, end, mention_at, mentions, 1)
            if of_m is None and of_t is None:
                of_m, expr_end = _chez(doc, end, mention_at, mentions)
            return of_m, of_t, max(expr_end, end), max(title_end, end)
        return None, None, end, end

    @staticmethod
    def _proper_run(doc, k, mention_at) -> int:
        """End of a capitalised run starting at ``k`` ("Économie et des Finances")."""
        n = len(doc)
        end = k + 1
        while end < n:
            if end in mention_at:
                break
            t = doc[end]
            if _has_upper(t) and t.is_alpha:
                end += 1
                continue
            j = end
            while j < n and j - end < 2 and doc[j].lower_ in data.OF_CONNECTORS:
                j += 1
            if j > end and j < n and _has_upper(doc[j]) and doc[j].is_alpha and j not in mention_at:
                end = j + 1
                continue
            break
        return end

    # -- attach ---------------------------------------------------------------------

    def _attach(self, doc, drafts, mentions, mention_at) -> list[TitleDraft]:
        has_dep = doc.has_annotation("DEP")
        out: list[TitleDraft] = []
        for draft in drafts:
            holder, how = self._holder(doc, draft, out, mentions, mention_at, has_dep)
            out.append(_replace(draft, holder=holder, how=how))
        # "PDG et cofondateur d'OpenAI": the shared complement belongs to both.
        for i in range(len(out) - 2, -1, -1):
            a, b = out[i], out[i + 1]
            if (b.how == "coordination" and a.holder == b.holder and a.of_mention is None
                    and a.of_text is None and (b.of_mention is not None or b.of_text)):
                out[i] = _replace(a, of_mention=b.of_mention, of_text=b.of_text)
        return out

    def _holder(self, doc, draft, previous, mentions, mention_at, has_dep):
        n = len(doc)
        # Coordinated with the previous title: "scientifique en chef et ancien membre".
        j = draft.expr_start - 1
        while j >= 0 and doc[j].lower_ in _DET:
            j -= 1
        if previous and j >= 0 and doc[j].lower_ in ("et", ",") and previous[-1].expr_end == j:
            if previous[-1].holder is not None:
                return previous[-1].holder, "coordination"
        # Apposition after a name: "Sam Altman, PDG d'OpenAI" / "Jean Moreau (LR), député".
        appos = None
        if j >= 0 and doc[j].text == ",":
            k = j - 1
            if k >= 0 and doc[k].text == ")":
                open_i = next((p for p in range(k - 1, max(k - _MAX_PAREN, -1), -1)
                               if doc[p].text == "("), None)
                k = open_i - 1 if open_i is not None else -1
            m = mention_at.get(k)
            if m is not None and mentions[m][1] == k + 1 and _person_shaped(doc, mentions[m]):
                appos = m
        # Title before a name: "le PDG Sam Altman", "le patron de Tesla, Elon Musk".
        e = draft.expr_end
        comma = e < n and doc[e].text == ","
        if comma:
            e += 1
        while e < n and doc[e].text in data.HONORIFICS:
            e += 1
        m = mention_at.get(e)
        following = m if m is not None and mentions[m][0] == e else None
        if following is not None and _is_acronym(doc, mentions[following]):
            # "le député LR Jean Moreau": a party label is not the holder; a name may follow.
            after = mentions[following][1]
            m = mention_at.get(after)
            following = m if m is not None and mentions[m][0] == after else None
        if following is not None and not _person_shaped(doc, mentions[following]):
            following = None
        if following is not None and (not comma or appos is None):
            return following, "before"
        if appos is not None:
            return appos, "apposition"
        if has_dep:
            return self._holder_from_parse(doc, draft, mentions, mention_at)
        return None, None

    @staticmethod
    def _holder_from_parse(doc, draft, mentions, mention_at):
        start = draft.expr_start
        while doc[start].lower_ in data.FORMER_MARKERS and start + 1 < draft.expr_end:
            start += 1
        head = doc[start]
        # Copula: "Jean Martin est (le) PDG de Zorbex" -> PDG has children cop + nsubj.
        deps = {c.dep_: c for c in head.children}
        holder, how = None, None
        if "cop" in deps and "nsubj" in deps and deps["nsubj"].i in mention_at:
            holder, how = mention_at[deps["nsubj"].i], "copula"
        elif head.dep_ == "appos" and head.head.i in mention_at and abs(head.head.i - start) < 8:
            holder, how = mention_at[head.head.i], "parse"
        if holder is not None and _person_shaped(doc, mentions[holder]):
            return holder, how
        return None, None


def _participle_drafts(doc, mentions, mention_at) -> list[TitleDraft]:
    """"Zorbex, fondée en 2019 par Léa Roux et Marc Lenoir", "la société dirigée par
    Léa Roux": a role for each person named after "par"."""
    n = len(doc)
    out: list[TitleDraft] = []
    for i, tok in enumerate(doc):
        title = data.PARTICIPLE_TITLES.get(tok.lower_)
        if title is None:
            continue
        par = next((k for k in range(i + 1, min(i + 1 + _MAX_PARTICIPLE_GAP, n))
                    if doc[k].lower_ == "par"), None)
        if par is None or any(t.is_punct or t.pos_ in ("VERB", "AUX")
                              for t in doc[i + 1:par]):
            continue
        holders = _listed_mentions(doc, par + 1, mentions, mention_at)
        if not holders:
            continue
        of_mention = _org_before(doc, i, mention_at, mentions)
        if of_mention is None and _opens_clause(doc, i):
            # "Fondée en 2019 par A et B, Zorbex ...": the organisation follows the list.
            after = mentions[holders[-1]][1]
            if after < n and doc[after].text == ",":
                m = mention_at.get(after + 1)
                if m is not None and mentions[m][0] == after + 1:
                    of_mention = m
        for h in holders:
            if _person_shaped(doc, mentions[h]):
                out.append(TitleDraft(title=title, former=False, expr_start=i, expr_end=par + 1,
                                      org_title=True, of_mention=of_mention, holder=h,
                                      how="participle", anaphoric=of_mention is None))
    return out


_MAX_PARTICIPLE_GAP = 4  # "fondée en 2019 par", "dirigée depuis mars par"


def _portfolio_end(doc, k, end) -> int:
    """A portfolio goes on in lowercase ("de la Transition écologique (et solidaire)"):
    the longest run from ``k`` that the lexicon knows as a portfolio, else ``end``."""
    best = end
    for j in range(end + 1, min(end + 4, len(doc)) + 1):
        if _fold(doc[k:j].text) in data.PORTFOLIOS:
            best = j
    return best


def _listed_mentions(doc, k, mentions, mention_at) -> list[int]:
    """Mentions listed from token ``k``: "A, B et le chercheur C" (titles skipped)."""
    out: list[int] = []
    n = len(doc)
    while k < n:
        while k < n and doc[k].lower_ in _DET | {"et", ","} | data.HONORIFICS:
            k += 1
        # a short lowercase title before a name: "le chercheur Hugo Lenoir"
        j = k
        while j < n and j - k < 2 and doc[j].is_lower and doc[j].is_alpha and j not in mention_at:
            j += 1
        m = mention_at.get(j)
        if m is None or mentions[m][0] != j:
            break
        out.append(m)
        k = mentions[m][1]
        if k >= n or doc[k].lower_ not in (",", "et"):
            break
        if doc[k].text == "," and not _list_goes_on(doc, k + 1):
            break
    return out


def _list_goes_on(doc, k) -> bool:
    """After a comma in "A, B et C": an "et" comes before the next punctuation."""
    for t in doc[k:k + 8]:
        if t.lower_ == "et":
            return True
        if t.is_punct or t.pos_ in ("VERB", "AUX"):
            return False
    return False


def _org_before(doc, i, mention_at, mentions) -> int | None:
    """The mention just before a participle: "Zorbex, fondée par", "Zorbex fondée par"."""
    k = i - 1
    if k >= 0 and doc[k].text == ",":
        k -= 1
    m = mention_at.get(k)
    if m is not None and mentions[m][1] == k + 1:
        return m
    return None


def _opens_clause(doc, i) -> bool:
    return i == 0 or doc[i].is_sent_start or not doc[i - 1].is_alpha


def _chez(doc, i, mention_at, mentions) -> tuple[int | None, int]:
    """"analyste chez Zorbex", "avocat à la SNCF": the mention after chez/à, if any."""
    if i >= len(doc) or doc[i].lower_ not in ("chez", "à"):
        return None, i
    k = i + 1
    if k < len(doc) and doc[k].lower_ in _DET:
        k += 1
    m = mention_at.get(k)
    if m is not None and mentions[m][0] == k:
        return m, mentions[m][1]
    return None, i


def _person_shaped(doc: Doc, mention: tuple[int, int]) -> bool:
    """Could this mention name a person? Not an acronym ("l'ARS, le procureur"), not a
    common noun heading a title ("le Journal de la Haute-Marne, le directeur")."""
    start, end = mention
    if _is_acronym(doc, mention):
        return False
    first = doc[start]
    if end - start > 1 and first.pos_ == "NOUN" and _fold(first.text) not in data.FIRST_NAMES:
        return False
    return all(_has_upper(t) or t.lower_ in data.NAME_PARTICLES or t.is_punct
               for t in doc[start + 1:end])


def _is_acronym(doc: Doc, mention: tuple[int, int]) -> bool:
    text = doc[mention[0]:mention[1]].text
    return mention[1] - mention[0] == 1 and text.isupper()


def _inside_mention(start: int, end: int, mention_at: Mapping[int, int]) -> bool:
    return any(i in mention_at for i in range(start, end))


def _replace(draft: TitleDraft, **changes) -> TitleDraft:
    return replace(draft, **changes)
