"""Which tokens are speech verbs, and of which lemma.

One responsibility: recognise a speech verb ("dire", "estimer", "fait valoir", an
incise's "sourit") on a parsed token, trusting the form where the tagger or the
lemmatizer fails, and name its lemma. Used by :class:`veille.nlp.quotes._DocQuotes`
(its ``is_speech_verb`` and ``speech_lemma``, which the indirect-speech mixins read).
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from .indirect_bounds import before_clitics
from .lang import fr_quotes as data

#: verbs that speak only after another ("fait valoir", "laisse entendre"); "faire
#: remarquer que" too, where "remarquer" alone is no speech verb
_SPEECH_PHRASES = {**data.SPEECH_VERB_PHRASES, "remarquer": "faire"}

#: civilities that open a speaker's name after an incise verb ("…, sourit Mme X")
_CIVILITIES = frozenset({"M.", "Mme", "Mmes", "MM.", "Me", "Dr", "Mgr"})

_ER_ENDINGS = ("e", "es", "ent", "é", "ée", "és", "ées", "ait", "aient", "a", "ant",
               "èrent", "era", "eront", "erait", "eraient", "ons", "ez", "ais")


def _conjugated_forms() -> dict[str, str]:
    # The model's lemmatizer leaves some present-tense forms unlemmatised
    # ("estime"), so regular -er speech verbs are also matched by form.
    forms: dict[str, str] = {}
    for lemma in data.SPEECH_VERBS_ER | data.INCISE_ONLY_VERBS:
        if " " in lemma or "'" in lemma or not lemma.endswith("er"):
            continue
        stem = lemma[:-2]
        for ending in _ER_ENDINGS:
            forms.setdefault(stem + ending, lemma)
        # "compléter" -> "complète", "suggérer" -> "suggère", "soulever" -> "soulève":
        # the stem's last é/e becomes è before a silent ending
        grave = re.sub(r"[ée]([^aeiouyéèê]+)$", r"è\1", stem)
        if grave != stem:
            for ending in ("e", "es", "ent"):
                forms.setdefault(grave + ending, lemma)
    forms.update(data.SPEECH_VERB_IRREGULAR_FORMS)
    return forms


_FORMS = _conjugated_forms()
_SPEECH_LEMMAS = data.SPEECH_VERBS | {"parler"}


def is_speech_verb(token: Token, incise: bool = False) -> bool:
    """Is ``token`` a speech verb? ``incise``: it sits in an incise next to a
    quote ("…, sourit-elle"), where verbs of manner also introduce speech."""
    if not incise and speech_lemma(token) in data.INCISE_ONLY_VERBS:
        # "il a repris le travail": outside an incise these verbs say nothing
        return False
    if token.pos_ not in ("VERB", "AUX", "NOUN", "ADJ", "PROPN", "X"):
        return False
    if token.pos_ in ("NOUN", "ADJ", "PROPN", "X"):
        # tagging errors on participles ("a dit", "a estimé") and on incises
        # ("…, note la CNDP", "…, juge-t-il"): trust the form in those places
        prev = token.doc[token.i - 1] if token.i else None
        nxt = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
        k = token.i - 1
        while k > 0 and token.doc[k].pos_ == "ADV" and token.doc[k].lower_ not in ("ne", "n'", "n’"):
            k -= 1  # "a aussitôt tweeté": an adverb sits between auxiliary and participle
        after_aux = token.i > 0 and token.doc[k].lemma_ in ("avoir", "être")
        incise = (
            prev is not None and prev.text in (",", "»", "\"", "”")
            and nxt is not None and (
                nxt.text.startswith("-") or nxt.pos_ in ("DET", "PROPN", "ADP") or nxt.text in _CIVILITIES
            )
        )
        clitic_after = nxt is not None and (
            (nxt.text.startswith("-") and nxt.lower_ != "-")
            or (nxt.lower_ in ("que", "qu'", "qu’") and prev is not None and prev.pos_ in ("PUNCT", "PROPN", "NOUN"))
        )  # "la CNDP, …, juge que": a noun is not followed by "que" there
        if not (after_aux or incise or clitic_after):
            return False  # ("s'excuse-t-il": an inverted clitic makes it a verb)
    lemma = token.lemma_.lower()
    phrases = _SPEECH_PHRASES
    if lemma in phrases:
        prev = before_clitics(token)  # "fait-il valoir": the clitic sits between
        need = phrases[lemma]
        # the lemmatizer leaves some forms as they are ("laisse entendre")
        return prev is not None and (
            prev.lemma_ == need or (need.endswith("er") and prev.lower_.startswith(need[:-2]))
        )
    if lemma in _SPEECH_LEMMAS or token.lower_ in _FORMS:
        if speech_lemma(token) in data.QUE_ONLY_VERBS:
            nxt = next((t for t in token.doc[token.i + 1 : token.i + 4] if t.pos_ != "ADV"), None)
            return nxt is not None and nxt.lower_ in ("que", "qu'", "qu’")
        return True
    return False


def speech_lemma(token: Token) -> str:
    """The speech verb ``token`` is a form of: its lemma, or the lemma of its form
    when the lemmatizer left it unlemmatised ("estime")."""
    lemma = token.lemma_.lower()
    return lemma if lemma in _SPEECH_LEMMAS else _FORMS.get(token.lower_, lemma)
