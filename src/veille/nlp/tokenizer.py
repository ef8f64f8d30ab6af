"""Tokenizer rules for sentences glued without a space: "… un mot.Une phrase …".

Why: some feeds (the Québec one above all, the others now and then) lose the space
after a full stop when paragraphs or subheadings are joined. spaCy's French rules
already split "mot.Majuscule" when a lowercase letter or a quote precedes the full
stop, but not when an acronym ("SIGLE.Mot"), a number ("2019.Mot"), a closing
bracket ("(Lieu).Mot") or a closing quote after a no-break space ("mot\u00a0».Mot")
precedes it, nor for "?" and "!" ("mot?Mot", "mot?«Mot"). The glued chunk then
stays one token, and the sentence split, the parse, the entities and the quotes go
wrong around it.

The rules only add token boundaries: the text is never changed, so offsets hold.
Each split needs an uppercase letter followed by a lowercase one (a word, not an
acronym or a file extension) right after the punctuation, and leaves alone:
  - initials and abbreviations: a single capital before the full stop ("K.Varga",
    "J.-C.", "U.S.A.") never matches the two-capital or digit rules;
  - URLs, domains and e-mail addresses: spaCy's ``url_match`` keeps them whole
    before infixes are looked at ("www.LeDevoir.com", "lapresse.ca");
  - decimals and version numbers: a digit or a lowercase letter follows their dot;
  - "?" standing for a lost apostrophe ("l?Observatoire", "qu?Il"): the "?" rule
    needs two lowercase letters before it and not the elided "qu".
"""

from __future__ import annotations

import re

from spacy.lang.char_classes import ALPHA_LOWER, ALPHA_UPPER
from spacy.language import Language

# The start of a word after the punctuation: a capital, then a lowercase letter.
_WORD = rf"[{ALPHA_UPPER}][{ALPHA_LOWER}]"
_OPENING_QUOTE = "[«“\"]"

#: Infixes added to the model's own: a glued full stop after an acronym of two
#: capitals or more, a digit, or a closing bracket/quote; a glued "?" or "!" after
#: a word of two lowercase letters or more (not the elided "qu"); the brackets and
#: quotes around such a glued full stop.
GLUED_INFIXES = (
    rf"(?<=[{ALPHA_UPPER}]{{2}})\.(?={_WORD})",
    rf"(?<=[0-9])\.(?={_WORD})",
    rf"(?<=[)\]»”\"])\.(?={_WORD})",
    # The bracket or closing quote itself, else it stays on its word ("Lieu)").
    rf"[)\]»”\"](?=\.{_WORD})",
    # An opening quote after glued sentence punctuation, else it stays on its
    # word ("«Mot"), unlike the spaced "mot. «Mot".
    rf"(?<=[.?!])[«“]",
    rf"(?<=[{ALPHA_LOWER}]{{2}})(?<!qu)[?!](?={_WORD}|{_OPENING_QUOTE})",
)
#: Prefix: after a closing quote has been split off as a prefix (when a no-break
#: space separates it from the word: "mot\u00a0».Mot"), spaCy ignores an infix at
#: the very start of what remains, so ".Mot" would stay one token.
GLUED_PREFIXES = (rf"\.(?={_WORD})",)


def split_glued_sentences(nlp: Language) -> None:
    """Extend ``nlp.tokenizer`` so glued sentence punctuation becomes its own token.

    The model's serialized patterns are kept and the new ones appended, so every
    split spaCy already makes is still made.
    """
    tokenizer = nlp.tokenizer
    infix = tokenizer.infix_finditer.__self__.pattern
    tokenizer.infix_finditer = re.compile("|".join((infix, *GLUED_INFIXES))).finditer
    prefix = tokenizer.prefix_search.__self__.pattern
    # Prefix patterns are anchored one by one ("^a|^b"): anchor the new ones too.
    extra = "|".join(f"^{p}" for p in GLUED_PREFIXES)
    tokenizer.prefix_search = re.compile(f"{prefix}|{extra}").search

