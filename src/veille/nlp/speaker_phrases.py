"""Reading a speech verb's subject phrase: which of its words name the speaker.

Helpers of :func:`veille.nlp.speakers.resolve_subject`: an abstract noun ("la
hausse", "l'augmentation") is no speaker; "confirme-t-on à Matignon" names its
source after "on"; a name in a "de" complement ("le proche de X", "le patron du
parti du président X") is not the speaker; "la FNTR et ses alliés" is one group
of speakers; "Ce dernier" and "l'Insoumis X" name someone else than their head
word. Split out of ``speakers.py`` to keep each module readable.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from .lang import fr_quotes as data
from .coreference import _LOOKBACK, EntityMention
from .speech_syntax import names_person, passive_or_relative_subject

if TYPE_CHECKING:
    from .speakers import SpeakerIndex

#: Endings of abstract nouns (actions, states, qualities): "l'envoi" aside, a
#: speech verb's subject or inverted "subject" with such a head is a misparse or
#: a figure of speech ("la hausse interroge", "a demandé l'augmentation de").
_ABSTRACT_ENDINGS = ("ment", "tion", "sion", "ité", "isme", "ance", "ence", "age", "ure", "eur")
#: Bodies with those endings that do speak for themselves, besides those already
#: in ``data.SOURCE_NOUNS`` ("la présidence", "le comité", "l'autorité"), which both
#: readers of this list (:func:`abstract_noun`, :func:`plausible_source`) read too.
_SPEAKING_BODIES = frozenset(
    {"coordination", "rédaction", "communauté", "délégation", "fondation", "institution",
     "formation", "alliance", "instance", "juridiction", "magistrature", "population",
     "nation", "union", "mutualité", "cité", "entité"}
)


def abstract_noun(noun: Token, index: SpeakerIndex | None) -> bool:
    """Does this common noun name an action, state or quality ("l'augmentation",
    "la colère", "le blocage") rather than someone who can speak? Read from its
    ending; people ("le directeur", "la procureure"), bodies ("la présidence") and
    documents ("le communiqué") are not."""
    if noun.text[:1].isupper() or index is not None and index.entity_in(noun.idx, noun.idx + len(noun.text)) is not None:
        return False
    word, lemma = noun.lower_, noun.lemma_.lower()
    if not lemma.endswith(_ABSTRACT_ENDINGS):
        return False
    lists = (data.SOURCE_NOUNS, data.PER_DESCRIPTIONS, data.ORG_DESCRIPTIONS,
             data.DOCUMENT_DESCRIPTIONS, data.SIGN_NOUNS, _SPEAKING_BODIES)
    if any(word in table or lemma in table for table in lists):
        return False
    # "-eur" names a person ("le directeur") unless it is a quality ("la peur",
    # "la hauteur"): the feminine gender tells them apart
    if lemma.endswith("eur"):
        return "Fem" in noun.morph.get("Gender")
    return True


_ON_SOURCE_CASES = ("à", "au", "aux", "auprès", "chez")
_ON_PLACE_NOUNS = ("siège", "qg", "quartier")


def _source_after_on(subject: Token, verb: Token) -> Span | None:
    """ "confirme-t-on à Matignon", "a-t-on appris auprès de la mairie", "indique-t-on
    au siège du parti": the noun phrase naming where the words come from; None when
    none follows ("dit-on", "apprend-on à bonne source")."""
    doc = subject.doc
    i = max(subject.i, verb.i) + 1
    while i < len(doc) and doc[i].lower_ not in _ON_SOURCE_CASES and (
        doc[i].pos_ == "ADV" or doc[i].lower_ in ("-t", "-t-")
    ):
        i += 1
    if i >= len(doc) or doc[i].lower_ not in _ON_SOURCE_CASES:
        return None
    i += 1
    while i < len(doc) and doc[i].lower_ in ("de", "du", "des", "d'", "d’"):
        i += 1  # "auprès de", "auprès du"
    if i + 1 < len(doc) and doc[i].lower_ in _ON_PLACE_NOUNS and doc[i + 1].lower_ in ("de", "du", "des", "d'", "d’"):
        # "au siège du parti", "au QG de LR": the body that sits there speaks
        i += 2 if doc[i + 1].lower_ in ("de", "d'", "d’") else 1  # "du parti" stays whole
    start = i
    while i < len(doc) and i - start < 7 and not doc[i].is_punct and doc[i].pos_ not in ("VERB", "AUX", "SCONJ", "CCONJ"):
        if i > start and doc[i].pos_ == "ADP" and doc[i].lower_ not in ("de", "du", "des", "d'", "d’"):
            break  # "au siège du parti à la suite d'une information": the place ends
        i += 1
    phrase = doc[start:i]
    # (a capitalised adjective used as a noun names a body too: "chez le Premier")
    content = [t for t in phrase if t.pos_ in ("NOUN", "PROPN") or (t.pos_ == "ADJ" and t.text[:1].isupper())]
    if not content or content[0].lower_ in ("source", "sources") and any(
        t.lower_ in ("bonne", "même") for t in phrase
    ):
        return None
    return phrase


_COMPLEMENT_CASE = re.compile(r"(?:^|\s)(?:de|du|des|d['’]|de la|de l['’])\s*$", re.IGNORECASE)


def _complement_name(text: str, phrase_start: int, name_start: int) -> bool:
    """Is the name at ``name_start`` the "de" complement of the phrase's head
    ("le proche de Nicolas Hulot"), not the head's apposition ("le ministre Jean
    Dupont")? Only the words between the phrase start and the name are read."""
    between = text[phrase_start:name_start]
    return bool(_COMPLEMENT_CASE.search(between)) and len(between.split()) >= 2


def _titled_in_complement(span: Span, name_start: int) -> bool:
    """Is the name the apposition of a person title that sits in a "de" complement
    of the phrase's own person head ("le patron du parti du président X"), not of
    the head itself ("le ministre de l'Intérieur X", "la présidente X")?"""
    head = span.root
    if not names_person(head):
        return False
    words = [t for t in span if head.i < t.i and t.idx < name_start and not t.is_punct]
    while words and words[-1].pos_ == "ADJ":
        words.pop()  # "du président français X"
    if len(words) < 2 or words[-1].pos_ != "NOUN":
        return False
    title = words[-1]
    if not title.text[:1].islower() or not names_person(title):
        return False  # "de l'Intérieur": a capitalised noun names a ministry, no person
    case = words[-2]
    return case.lower_ in ("de", "du", "des", "d'", "d’") or (
        case.pos_ == "DET" and len(words) > 2 and words[-3].lower_ in ("de", "d'", "d’")
    )


def coordinated_group(subject: Token, verb: Token | None = None) -> Span | None:
    """ "la FNTR et ses alliés", "le maire et son adjoint": a subject coordinated
    with another noun phrase by "et", as one span (asides in parentheses or between
    commas end it); None for a single actor."""
    doc = subject.doc
    conj = [c for c in subject.children if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN")
            and any(cc.lower_ == "et" for cc in c.children if cc.dep_ == "cc")
            # "chef du parti et vice-président du Conseil": two titles of one
            # person, the second without a determiner of its own, are no group
            and (c.pos_ == "PROPN" or any(d.dep_ in ("det", "det:poss") for d in c.children))]
    if not conj or (verb is not None and min(subject.i, conj[0].i) < verb.i < max(subject.i, conj[0].i)):
        return None
    start = subject.left_edge.i
    for t in doc[start : subject.i]:
        if t.text in (",", "(", ")", "«", "»", "\"", ":"):
            start = t.i + 1
    end = conj[0].i
    # the conjunct's own words: its determiner before, its flat name parts after
    while end + 1 < len(doc) and doc[end + 1].head.i == conj[0].i and doc[end + 1].dep_ in ("flat:name", "amod", "flat"):
        end += 1
    return doc[start : end + 1]


# Subjects that name someone else than their head word (used by speakers.resolve_subject;
# ``index`` is its SpeakerIndex).

def the_latter(subject: Token, index) -> EntityMention | None:
    """ "Ce dernier a ajouté", "cette dernière estime", "Celle-ci a annoncé": the
    last person named before it, of its gender (quoted words aside; a first name
    whose only gender is the tagger's default masculine fits "celle-ci")."""
    doc = subject.doc
    subject = _celle(subject)
    word = subject.lower_
    if word in ("dernier", "dernière") and subject.i > 0 and doc[subject.i - 1].lower_ in ("ce", "cette", "cet"):
        gender = "Fem" if word == "dernière" else "Masc"
    elif word in ("celui", "celle") and _ci_after(subject):
        gender = "Fem" if word == "celle" else "Masc"
    else:
        return None
    for m in reversed(index.mentions):
        if m.start >= subject.idx or index.masked(m.start) or m.type != "PER":
            continue
        if subject.idx - m.end > _LOOKBACK:
            return None
        known = index.gender_of(m)
        return m if known in (None, gender) or index._default_masculine(m, gender) else None
    return None


def _celle(tok: Token) -> Token:
    """ "Celle-ci" split in three tokens, each of them a subject for the parser:
    the "celle" / "celui" they belong to (else ``tok`` itself)."""
    doc, i = tok.doc, tok.i
    if tok.lower_ in ("-", "ci", "-ci"):
        k = i - 1 if tok.lower_ != "ci" or i < 2 or doc[i - 1].text != "-" else i - 2
        if k >= 0 and doc[k].lower_ in ("celui", "celle") and _ci_after(doc[k]):
            return doc[k]
    return tok


def _ci_after(subject: Token) -> int:
    """How many tokens "-ci" takes after "celle" (the tokenizer gives "-ci" or "-", "ci"); 0 if none."""
    doc, i = subject.doc, subject.i
    if i + 1 < len(doc) and doc[i + 1].lower_ == "-ci" and not subject.whitespace_:
        return 1
    if i + 2 < len(doc) and doc[i + 1].text == "-" and doc[i + 2].lower_ == "ci" and not subject.whitespace_:
        return 2
    return 0


def latter_span(subject: Token) -> Span:
    """The words of a "ce dernier" / "celle-ci" mention."""
    subject = _celle(subject)
    if subject.lower_ in ("celui", "celle"):
        return subject.doc[subject.i : subject.i + 1 + _ci_after(subject)]
    return subject.doc[subject.i - 1 : subject.i + 1]


def person_after_label(subject: Token, index, m) -> EntityMention | None:
    """ "a pointé l'Insoumis Ugo X", "le socialiste Jean Y": a label with its article
    (a party, a camp, a trade) right before a person's name qualifies that person,
    who is the subject; None when no name follows the label."""
    doc = subject.doc
    named = index.mention_span(m) if m is not None else None
    end = named.end if named is not None else subject.i + 1
    if end >= len(doc) or subject.i == 0:
        return None
    if doc[subject.i - 1].pos_ != "DET" and not (m is not None and m.start < subject.idx):
        return None
    nxt = doc[end]
    person = index.entity_in(nxt.idx, nxt.idx + 1, ("PER",))
    if person is None or person.start != nxt.idx or (m is not None and person.start < m.end):
        return None
    return person


# --- plausibility of a source -------------------------------------------------------

#: Communication artefacts: things that carry words and are, as written, the source
#: of the words they carry when no author is named (guideline decisions 18 and 19:
#: a study, a report, a survey, a letter, a communiqué, a slogan, a banner).
COMMUNICATION_ARTEFACTS = data.DOCUMENT_DESCRIPTIONS | data.SIGN_NOUNS | frozenset(
    {"communiqué", "rapport", "bilan", "sondage", "enquête", "étude", "lettre", "courrier",
     "message", "slogan", "chanson", "chant", "refrain", "légende", "titre", "une", "page",
     "site", "compte", "journal", "article", "éditorial", "édito", "annonce", "avertissement",
     "appel", "texte", "version", "réponse", "projet", "programme", "accord", "loi",
     "contribution", "information", "image", "vidéo", "affiche", "document", "émission", "reportage"}
)
#: Human and collective nouns without a person ending ("un homme", "la famille",
#: "les membres"): they name people whatever the verb. Institutions that speak
#: ("le gouvernement", "le parquet", "le comité") and sources such as "le juge" are
#: in ``data.SOURCE_NOUNS``, which :func:`plausible_source` reads too.
HUMAN_NOUNS = frozenset(
    {"personne", "gens", "homme", "femme", "enfant", "fille", "fils", "père", "mère", "parent",
     "frère", "sœur", "mari", "épouse", "compagne", "compagnon", "famille", "couple", "membre",
     "victime", "voisin", "voisine", "jeune", "ami", "amie", "public", "foule", "peuple", "élève",
     "camp", "clan", "bande", "ONG", "conseil", "maire", "auteur"}
)


#: Indefinite pronouns the tagger reads as nouns or adjectives ("a ajouté un autre",
#: "selon d'aucuns"): they stand for people.
_INDEFINITE_PEOPLE = frozenset({"autre", "autres", "aucuns", "certains", "certaines", "plusieurs",
                                "chacun", "chacune", "plupart", "uns", "unes"})


def plausible_source(head: Token, index: SpeakerIndex | None = None, strict: bool = False) -> bool:
    """Can the phrase headed by ``head`` be who uttered the words? The one check
    every attribution rule applies to its candidate before naming it.

    A person, an organisation or institution, a group of people, a human noun
    ("un manifestant", "la procureure"), a pronoun (its referent is resolved
    afterwards) or a communication artefact ("le rapport", "une banderole") can;
    a number, a percentage or an amount ("39 %", unless it counts people: "39 %
    des internes"), a date, a place named as a place ("à Lyon", a tag), or an
    abstract noun ("la hausse") cannot. Read from the entity layer's labels (of
    ``index``, else of the Doc), the amounts and dates components, the tagger's
    part of speech, and the lexicons of source nouns. Other parts of speech (a
    verb the parser took for a subject) are not judged here.

    strict: the evidence that the phrase speaks is weak (:func:`weak_evidence`):
    a common noun must then be known to name people, a body or an artefact.
    With a speech verb of its own ("a déclaré le voisin") an unknown noun is
    taken on the verb's word.
    """
    doc = head.doc
    if head.pos_ == "PRON" or head.lower_ in _INDEFINITE_PEOPLE:
        return True
    start, end = head.idx, head.idx + len(head.text)
    if head.pos_ == "NUM" or head.text[:1].isdigit() or head.text in ("%", "€", "$") or any(
        item.start <= start and end <= item.end
        for item in list(doc._.veille_amounts or ()) + list(doc._.veille_dates or ())
    ):
        # "39 %", "3 000 euros", "le 5 mai"; "39 % des internes" counts people
        counted = [c for c in head.children if c.dep_ == "nmod" and c.pos_ in ("NOUN", "PROPN")]
        return bool(counted) and plausible_source(counted[0], index, strict)
    word, lemma = head.lower_, head.lemma_.lower()
    lexicons = (COMMUNICATION_ARTEFACTS, HUMAN_NOUNS, data.SOURCE_NOUNS, data.PER_DESCRIPTIONS,
                data.ORG_DESCRIPTIONS, data.MASCULINE_PERSON_NOUNS, _SPEAKING_BODIES)
    if head.pos_ == "NOUN" and (any(word in table or lemma in table for table in lexicons) or names_person(head)
                                or word.endswith("eure") or (lemma != word and lemma.endswith(data.PERSON_NOUN_SUFFIXES)
                                                             and lemma not in data.NOT_PERSON_NOUNS)):
        return True  # "le procureur de la République", "les manifestants" (through the lemma)
    kind = _entity_type(head, index)
    if kind == "LOC":
        return _acting_place(head, strict)
    if kind is not None or head.pos_ not in ("NOUN", "PROPN", "X"):
        return True
    if head.pos_ != "NOUN" or head.text[:1].isupper() and head.i > head.sent.start:
        return True  # a name the entity layer missed ("l'Incorrect")
    if any(c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN") for c in head.children):
        return True  # "droite et gauche": a coordination names a group
    return not strict and not abstract_noun(head, index)


def _entity_type(tok: Token, index: SpeakerIndex | None) -> str | None:
    """The entity layer's type of the mention ``tok`` is in, or None."""
    if index is not None:
        m = index.entity_in(tok.idx, tok.idx + len(tok.text), ("PER", "ORG", "LOC", "MISC"))
        return m.type if m is not None else None
    key = (tok.doc._.veille_token_entity or {}).get(tok.i)
    if key is None:
        return None
    return next((r.type for r in tok.doc._.veille_entities or () if r.key == key), None)


def _acting_place(head: Token, strict: bool) -> bool:
    """A place name that heads a noun phrase of its own ("la France estime",
    "a répondu l'Italie") stands for its government or people; after a
    preposition or as a tag ("à Lyon", "#Ardèche") it is a place. With weak
    evidence, a place the parser hangs as a complement is one too (with a
    speech verb of its own, "estime dimanche X" keeps a name the entity layer
    took for a place)."""
    before = head.doc[head.i - 1] if head.i else None
    return not (
        any(c.dep_ == "case" for c in head.children)
        or (before is not None and (before.text == "#" or before.pos_ == "ADP"))
        or (strict and head.dep_.startswith(("obl", "nmod")))
    )


def weak_evidence(subject: Token, verb: Token | None, rule: str, index: SpeakerIndex) -> bool:
    """Is ``subject`` a candidate source only by position, not as the subject of a
    speech verb of its own? The clause's subject around embedded words or before
    a colon, the subject of a verb inside the marks ("Le texte « prévoit … »"),
    of a relative clause the parser hung it from, or of a passive ("des gestes
    ont été évoqués": what was said, not who said it)."""
    if rule in ("sentence_subject", "colon"):
        return True
    if verb is None:
        return False  # "selon X", "pouvait-on lire sur X": the preposition names a source
    head = subject.head
    return (
        passive_or_relative_subject(subject, verb)
        or index.masked(verb.idx)
        or (head.i != verb.i and index.masked(head.idx))
    )
