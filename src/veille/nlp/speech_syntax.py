"""How French speech clauses are built: the parse around a speech verb.

Subjects of speech verbs (also inverted, or missed by the parser), the verb group
a cue is made of, the words naming a subject, and whether a noun names a person.
Token in, token or span out; no knowledge of entities (that is
``veille.nlp.speakers``).
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from ..models import Cue
from .lang import fr_quotes as data
from .lang.fr_dates import MONTHS
from .lang.fr_entities import HONORIFICS

#: dependency labels of a verb's subject (inverted clitics are ``expl:subj``).
_SUBJECT_DEPS = ("nsubj", "nsubj:pass", "expl:subj")
#: verbs whose subject is their head's subject ("…, affirmant que", "et a ajouté que").
_INHERIT_SUBJECT_DEPS = ("conj", "advcl", "xcomp", "acl", "acl:relcl")


def is_person_noun(token: Token) -> bool:
    """Does this noun name a person ("l'enseignante", "le manifestant")? By ending."""
    word = token.lower_
    if word in data.NOT_PERSON_NOUNS or word.endswith(("ment", "tion", "sion")):
        return False
    return word.endswith(data.PERSON_NOUN_SUFFIXES)


def names_person(token: Token) -> bool:
    """Does this noun name a person, by its ending or as a known person
    description ("le ministre", "la porte-parole")?"""
    return is_person_noun(token) or token.lower_ in data.PER_DESCRIPTIONS


def subject_of(verb: Token) -> Token | None:
    """The subject of ``verb``, following coordination and participles upwards."""
    seen = 0
    while seen < 4:
        candidates = [
            c for c in verb.children if c.dep_ in _SUBJECT_DEPS and c.lower_ not in ("-t", "t")
        ]
        if candidates:
            # An inverted clitic ("a-t-il") wins over a misparsed noun.
            clitics = [c for c in candidates if c.text.startswith("-")]
            if clitics:
                return clitics[0]
            # two subjects is a parse slip across a quotation ("Lire aussi X : « … »
            # À la reprise, le ministre a poursuivi"): the one nearest the verb
            before = [c for c in candidates if c.i < verb.i]
            return before[-1] if len(candidates) > 1 and before else candidates[0]
        if verb.dep_ in _INHERIT_SUBJECT_DEPS and verb.head.i != verb.i:
            verb = verb.head
            seen += 1
            continue
        return None
    return None


def cue_of(verb: Token) -> Cue:
    """The verb group: auxiliaries, reflexive and inverted clitics, the verb; no subject."""
    doc = verb.doc
    start = end = verb.i
    for child in verb.children:
        if child.i < verb.i and (
            child.dep_.startswith("aux")
            or (child.dep_.startswith("expl") and child.lower_ in ("se", "s'", "s’"))
            or (child.dep_ == "expl:subj" and child.text.startswith("-"))
            or child.lower_ in ("-t", "t")
        ):
            start = min(start, child.i)
    # "poursuit-elle", "a-t-il ajouté": the clitic follows the verb or the auxiliary.
    while end + 1 < len(doc) and doc[end + 1].text.startswith("-") and doc[end + 1].lower_.lstrip("-") in (
        "t", "il", "elle", "ils", "elles", "on"
    ):
        end += 1
    # Keep the group contiguous: drop leading tokens separated by other words.
    while start < verb.i and not _contiguous_group(doc[start : verb.i + 1]):
        start += 1
    span = doc[start : end + 1]
    return Cue(span.start_char, span.end_char, span.text)


def _contiguous_group(span: Span) -> bool:
    return all(
        t.dep_.startswith(("aux", "expl")) or t.text.startswith("-")
        or t.lower_ in ("-t", "t", "ne", "n'", "n’", "pas", "a", "y")
        or t.i == span.end - 1
        for t in span
    )


def subject_phrase(subject: Token, index: object = None, verb: Token | None = None) -> Span:
    """The words naming the subject: the entity mention when there is one (also
    inside "le ministre Jean Dupont"), else the noun phrase cut before relative
    clauses, appositions, parentheses and (for inverted subjects) the verb's
    other complements ("a écrit X dans un e-mail")."""
    doc = subject.doc
    if subject.pos_ == "PRON" and subject.n_rights == 0:
        return doc[subject.i : subject.i + 1]
    left, right = subject.left_edge.i, subject.right_edge.i
    if verb is not None:
        if verb.i < subject.i:
            left = max(left, verb.i + 1)
        else:
            right = min(right, verb.i - 1)
    dates = _date_starts(doc)
    for t in doc[subject.i + 1 : right + 1]:
        if t.idx in dates and doc[t.i - 1].pos_ != "ADP":
            right = t.i - 1  # "a expliqué le PDG lundi soir": the day is when, not who
            break
        if t.text in (",", "(", ")", "—", "–", ";", ":", "«", "\"", ".") or t.lower_ in ("qui", "dont", "que", "qu'", "qu’"):
            right = t.i - 1
            if t.text in ("«", "\""):
                right = _before_open_complement(subject, right)
            break
        if t.pos_ == "VERB" and subject.pos_ == "NOUN":
            right = t.i - 1  # "un sondage Odoxa publié jeudi": the source is before "publié"
            break
        if verb is not None and verb.i < subject.i and t.pos_ == "ADP" and t.lower_ not in ("de", "d'", "d’", "du", "des"):
            right = t.i - 1
            break
    for t in reversed(doc[left : subject.i]):
        if t.text in (",", "(", ")", "«", "»", "\"", ":") or (t.pos_ == "ADP" and t.head.i == subject.i) or (
            t.dep_ == "fixed" and t.head.head.i == subject.i  # "d'après X": "après" hangs on "d'"
        ):
            left = t.i + 1
            break
    right = max(min(right, subject.i + 8), subject.i)
    left = min(left, subject.i)
    if subject.pos_ in ("PROPN", "X") and all(t.is_space for t in doc[subject.i + 1 : right + 1]):
        k = subject.i + 1
        while k < len(doc) and (doc[k].is_space or (doc[k].pos_ in ("PROPN", "X") and doc[k].text[:1].isupper())):
            if not doc[k].is_space:
                right = k
            k += 1
    while right + 2 < len(doc) and _glued_hyphen(doc[right + 1]):
        right += 2  # a hyphenated name the tokenizer split ends the phrase whole ("Seine-Maritime")
    return doc[left : right + 1]


def _date_starts(doc) -> frozenset[int]:
    """Character offsets where a date found by ``veille_dates`` starts (none when
    that component did not run)."""
    if not Doc.has_extension("veille_dates"):
        return frozenset()
    return frozenset(d.start for d in (doc._.veille_dates or ()))


def _before_open_complement(subject: Token, right: int) -> int:
    """ "le ministre en pleine « tournée des régions »": a phrase cut at a quote
    mark must not end on the preposition (and its adjectives) opening the quoted
    complement; the subject stops before it. A name after "de" ("le directeur de
    « Libération »") is left whole, the cut being the quote span's business."""
    doc = subject.doc
    k = right
    while k > subject.i and doc[k].pos_ in ("ADJ", "DET", "ADV"):
        k -= 1
    if k > subject.i and doc[k].pos_ == "ADP" and doc[k].lower_ not in ("de", "d'", "d’", "du", "des"):
        return k - 1
    return right


def find_subject(verb: Token, sentence_start: int | None = None, allowed=None) -> Token | None:
    """The subject of a speech verb, also when the parser missed it.

    Tries, in order: the parse (``subject_of``); an inverted subject after the verb
    that the parser attached elsewhere ("a déclaré la société"); for a participle
    or a verb left without subject by a wrong sentence split ("…, affirmant que"),
    the closest subject before it in the same sentence.
    allowed (callable): a filter on candidate tokens (e.g. not inside quote marks).
    """
    def ok(tok: Token) -> bool:
        if sentence_start is not None and tok.idx < sentence_start:
            return False  # a heading the parser glued to the sentence
        return allowed is None or allowed(tok)

    subject = None
    if "Part" in verb.morph.get("VerbForm") and "Pres" in verb.morph.get("Tense") and verb.head.i != verb.i:
        head = verb.head
        if head.i > verb.i and any(t.lower_ in ("que", "qu'", "qu’") for t in verb.doc[verb.i + 1 : head.i]):
            # "Déplorant que les routes sont bloquées, la fédération a appelé …": the
            # parser made the participle's own que-clause its head; the speaker is
            # the subject of the main clause after the comma, never the clause's
            return _main_subject_after(verb, ok)
        # "la lettre nomme Musk, notant qu'il …": the participle's subject is the clause's;
        # "a réagi auprès de l'AFP X, affirmant que …": its inverted subject
        subject = subject_of(head)
        clause = "Fin" in head.morph.get("VerbForm") or any(c.dep_.startswith("aux") for c in head.children)
        if (subject is None or not ok(subject)) and head.i < verb.i and clause:
            # (only a clause's verb: "une vidéo postée le 18 octobre et dénonçant
            # …" has no inverted subject, "octobre" is a date)
            inverted = inverted_subject(head, _starts_person)
            subject = inverted if inverted is not None and inverted.i < verb.i else None
    subject = subject or subject_of(verb)
    if subject is not None and _detached_participle(subject, verb):
        # "Interrogés par la presse, des commerçants ont assuré …": the parser took
        # the sentence-initial participle for the subject; it is the phrase after
        # the comma that closes the participial adjunct
        subject = _subject_after_adjunct(subject, verb)
    if subject is not None and _compared(subject):
        # "Certains membres, plus agressifs que les autres, ont annoncé": the
        # parser took the second term of the comparison; the subject is before it
        subject = next((t for t in reversed(verb.doc[verb.sent.start : subject.left_edge.i])
                        if t.dep_ in ("nsubj", "nsubj:pass") and t.pos_ in ("NOUN", "PROPN", "PRON")), None)
    if subject is not None and subject.lower_ == "qui" and subject.i > 0 and subject.doc[subject.i - 1].pos_ == "ADP":
        # "auprès de qui X s'est dite prête": after a preposition "qui" is no
        # subject; the name the parser hung on it is
        named = [c for c in subject.children if c.dep_ == "appos" and c.pos_ in ("PROPN", "NOUN")]
        subject = named[0] if named else None
    elif subject is not None and subject.lower_ == "qui" and verb.dep_ == "acl:relcl":
        subject = relative_antecedent(verb)  # "Catherine, qui relève que …": the antecedent
    elif subject is not None:
        subject = _antecedent_of_qui(_before_split_name(subject), verb)
    # a candidate that cannot speak (a number, a place, an inanimate subject of
    # a relative clause or a passive) gives way to the next one
    if subject is not None and ok(subject) and _can_speak(subject, verb):
        return subject
    subject = inverted_subject(verb)
    if subject is not None and ok(subject) and _can_speak(subject, verb):
        return subject
    if sentence_start is None:
        return None
    doc = verb.doc
    for tok in reversed(doc[: verb.i]):
        if tok.idx < sentence_start:
            break
        if tok.dep_ in ("nsubj", "nsubj:pass") and tok.pos_ in ("PROPN", "NOUN", "PRON") and ok(tok):
            candidate = _antecedent_of_qui(tok, verb)
            if not _can_speak(candidate, verb) and tok.head.dep_ == "acl:relcl" and tok.head.i != verb.i:
                # "X, dont l'œuvre vient de paraître, évoquait": the relative clause
                # describes the main clause's subject, its antecedent
                candidate = relative_antecedent(tok.head)
            if _can_speak(candidate, verb) and ok(candidate):
                return candidate
    return None


def passive_or_relative_subject(subject: Token, verb: Token) -> bool:
    """Is ``subject`` the subject of a passive, or of a relative clause other than
    ``verb``'s? Such a subject is what was said or someone talked about, so its
    plausibility as a source is checked strictly."""
    return subject.dep_ == "nsubj:pass" or (subject.head.i != verb.i and subject.head.dep_ == "acl:relcl")


def _can_speak(subject: Token, verb: Token) -> bool:
    """The shared plausibility check (``speaker_phrases.plausible_source``), strict
    for the subject of a passive or of a relative clause other than the verb's."""
    from .speaker_phrases import plausible_source  # (it reads this module's noun tests)

    return plausible_source(subject, None, passive_or_relative_subject(subject, verb))


_COMPARATIVES = frozenset({"plus", "moins", "aussi", "autant", "davantage", "mieux", "pire"})


def _starts_person(tok: Token) -> bool:
    """Does ``tok`` open a person's name in the model's entities?"""
    return tok.ent_iob_ == "B" and tok.ent_type_ == "PER"


def _compared(tok: Token) -> bool:
    """Is ``tok`` the second term of a comparison ("plus agressifs que les autres"),
    which the parser sometimes makes the subject of the next verb?"""
    doc = tok.doc
    left = tok.left_edge.i
    if left == 0 or doc[left - 1].lower_ not in ("que", "qu'", "qu’"):
        return False
    return any(t.lower_ in _COMPARATIVES for t in doc[max(0, left - 5) : left - 1])


def _before_split_name(subject: Token) -> Token:
    """ "Deux militantes de la Seine-Maritime racontent": the tokenizer split the
    hyphenated name and the parser made its second half the subject; the noun
    its first half complements is the subject."""
    doc, i = subject.doc, subject.i
    if i >= 2 and _glued_hyphen(doc[i - 1]):
        first = doc[i - 2]
        if first.dep_ == "nmod" and first.head.pos_ == "NOUN" and first.head.i < first.i:
            return first.head
    return subject


def _glued_hyphen(tok: Token) -> bool:
    """A bare "-" with no space on either side: the tokenizer split a hyphenated
    name ("Seine-Maritime", "France-Presse") around it."""
    return tok.text == "-" and tok.i > 0 and not tok.doc[tok.i - 1].whitespace_ and not tok.whitespace_


def relative_antecedent(clause: Token) -> Token:
    """The noun a relative clause (its verb ``clause``, an ``acl:relcl``) is about.

    The parser's head, except after a comma that closes a person's title with its
    complement ("X, la présidente de la Ligue contre la violence, qui craint …"):
    there it often hangs the clause on the last noun of the complement; a
    non-person noun in a chain of "de" complements gives way to the person noun
    the chain hangs from (a comma sets the relative on the whole phrase)."""
    head = clause.head
    first = clause.left_edge
    if first.i == 0 or first.doc[first.i - 1].text != "," or head.pos_ != "NOUN" or names_person(head):
        return head
    node = head
    while node.dep_ == "nmod" and node.head.i < node.i and node.head.pos_ == "NOUN" and not names_person(node):
        node = node.head
    return node if names_person(node) else head


def _antecedent_of_qui(subject: Token, verb: Token) -> Token:
    """ "un ouvrier qui préfère taire son nom dit …": when the parser took another
    relative clause's "qui" for the verb's subject, the antecedent is the subject."""
    if subject.lower_ == "qui" and subject.head.dep_ == "acl:relcl" and subject.head.i != verb.i:
        return subject.head.head
    return subject


#: endings of a French past participle ("interrogés", "jointe", "cité", "reçus").
_PARTICIPLE_ENDINGS = ("é", "ée", "és", "ées", "i", "ie", "is", "ies", "u", "ue", "us", "ues", "te", "tes")


def _detached_participle(subject: Token, verb: Token) -> bool:
    """Is ``subject`` a past participle opening the sentence with its agent
    ("Interrogés par l'agence, …", "Contactée par téléphone, …"), set off by a
    comma before the verb? Such a participle describes the subject; it is none."""
    doc = subject.doc
    if subject.i >= verb.i or subject.i != subject.sent.start or subject.i + 1 >= len(doc):
        return False
    word = subject.lower_
    participle = "Part" in subject.morph.get("VerbForm") or (
        subject.pos_ in ("PROPN", "NOUN", "ADJ", "VERB") and word.endswith(_PARTICIPLE_ENDINGS)
    )
    if not participle or doc[subject.i + 1].lower_ not in ("par", "à", "au", "aux", "sur"):
        return False
    return any(t.text == "," for t in doc[subject.i + 2 : verb.i])


def _subject_after_adjunct(participle: Token, verb: Token) -> Token | None:
    """The head of the first noun phrase after the comma closing the participle's
    adjunct, before the verb; None when there is none."""
    doc = participle.doc
    comma = next(t for t in doc[participle.i + 2 : verb.i] if t.text == ",")
    for tok in doc[comma.i + 1 : verb.i]:
        if tok.pos_ == "ADP" or tok.text == ",":
            return None  # ("…, dans la rue, ils ont …": a further adjunct; left to the parse)
        if tok.pos_ in ("NOUN", "PROPN", "PRON"):
            return tok
    return None


def _main_subject_after(verb: Token, ok) -> Token | None:
    """The first subject after the comma that closes a sentence-initial participial
    clause ("Déplorant que …, la fédération a appelé")."""
    doc = verb.doc
    seen_comma = False
    for tok in doc[verb.i + 1 : verb.i + 60]:
        if tok.text in (".", "!", "?", ";", "\n") or tok.is_space and "\n" in tok.text:
            return None
        if tok.text == "," and ok(tok):
            seen_comma = True
            continue
        if seen_comma and tok.dep_ in ("nsubj", "nsubj:pass") and tok.pos_ in ("NOUN", "PROPN", "PRON") and ok(tok):
            return tok
    return None


#: A subject clitic placed after the verb ("-il", "-t-elle", "-on"), also when a
#: missing space glued the next sentence to it ("-il.Un").
_INVERTED_CLITIC = re.compile(r"^-(?:t-)?(?:il|elle|ils|elles|on|je|nous|vous|tu)(?![a-zà-ÿ])")

#: Indefinite pronouns that can be an inverted subject ("a témoigné l'un d'eux").
_INDEFINITE_SUBJECTS = frozenset({"un", "une", "certains", "certaines", "plusieurs", "chacun", "chacune"})

_TIME_WORDS = frozenset(
    {"lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "hier",
     "aujourd'hui", "matin", "soir", "midi", "après-midi", "nuit", "encore", "aussi",
     "alors", "ensuite", "enfin", "également", "notamment", "récemment", "déjà"}
)


def inverted_subject(verb: Token, name_start=None) -> Token | None:
    """The subject placed after the verb group: "a-t-il ajouté", "poursuit-elle",
    "a annoncé dimanche à l'AFP le ministre X", "indique le procès".

    Skips time words and prepositional phrases between the verb and the subject.
    name_start (callable): tells whether a token starts a person's name; with it, a
    name after a PP ("à l'AFP Jean Dupont") or after an aside ("sur sa page, photo
    à l'appui, Jean Dupont") is found too.
    """
    starts = name_start or (lambda t: False)
    doc = verb.doc
    for tok in doc[max(0, verb.i - 3) : verb.i]:
        # "a-t-il ajouté": the clitic sits between the auxiliary and the verb
        # (also the main verb's, for "a-t-elle ajouté, jugeant que")
        if tok.text.startswith("-") and tok.lower_ not in ("-t", "-t-") and _INVERTED_CLITIC.match(tok.lower_):
            return tok  # (not the lone hyphen of "là-bas, confirme-t-il")
    form = verb.morph.get("VerbForm")
    # (the tagger calls some incise verbs infinitives, "minimise": the ending decides)
    infinitive = "Inf" in form and verb.lower_.endswith(("er", "ir", "re")) and not verb.lower_.endswith("ère")
    if infinitive or ("Part" in form and "Pres" in verb.morph.get("Tense") and verb.lower_.endswith("ant")):
        # "…, évoquant les liens", "…, avant de demander l'envoi de": an infinitive
        # or a present participle has no subject of its own after it; what
        # follows is its object
        return None
    in_pp = pp_noun = False
    hyphen_at = -2
    for tok in doc[verb.i + 1 : verb.i + 12]:
        if tok.is_space:
            continue
        if tok.pos_ == "X" and tok.text[:1].isupper():
            return tok  # unknown capitalised word: a foreign name ("Ionut")
        if tok.text.startswith("-"):
            if tok.lower_ in ("-t", "-t-"):
                continue
            if _glued_hyphen(tok):
                # "de l'Agence France-Presse Dominique X": the tokenizer split the
                # hyphen of a compound name off on its own; the word after it
                # ends the same name, inside the PP
                hyphen_at = tok.i
                continue
            if _INVERTED_CLITIC.match(tok.lower_):
                return tok
            return None  # "avenue Anatole-France": a hyphenated name's second half
        if tok.text == "," and name_start is not None:
            # (wide enough for an aside and a title before the name: "à l'AFP,
            # avant l'ouverture des rencontres, le président de l'UOIF, X")
            for nxt in doc[tok.i + 1 : tok.i + 15]:
                if nxt.text in (".", ";", ":", "!", "?", "«", "»", "\"") or nxt.pos_ in ("VERB", "AUX"):
                    break
                if starts(nxt):
                    return nxt
            return None
        if tok.text in (",", ".", ";", ":", "!", "?", "«", "»", "\"", "(", ")") or tok.pos_ in ("VERB", "AUX", "SCONJ", "CCONJ"):
            return None
        if tok.lower_ in _TIME_WORDS or tok.pos_ in ("ADV", "NUM") or tok.lower_.startswith("mi-"):
            continue  # ("avait déclaré mi-décembre à l'AFP ce fleuriste")
        if tok.lower_ in MONTHS and _after_number(tok):
            continue  # "avait déclaré le 5 septembre, au cours d'un débat": a date, not who
        if tok.pos_ == "NOUN" and not in_pp and _in_date(tok):
            continue  # "a précisé la semaine dernière que": a date the dates component read
        if tok.pos_ == "ADP":
            in_pp = True
            continue
        if tok.pos_ == "ADJ" and _after_determiner(tok) and not in_pp and (
            tok.i + 1 == len(doc) or doc[tok.i + 1].pos_ in ("ADP", "PUNCT")
        ):
            # "hurlait un jeune au téléphone": an adjective used as a noun; in
            # "un troisième commerçant" tagged ADJ ADJ, the phrase's first word
            # when the parse hangs the rest on it
            first = tok
            while first.i > 0 and doc[first.i - 1].pos_ == "ADJ" and tok in doc[first.i - 1].subtree:
                first = doc[first.i - 1]
            return first
        if tok.pos_ in ("DET", "ADJ"):
            continue
        if tok.pos_ == "PRON":
            if tok.lower_ in _INDEFINITE_SUBJECTS and not in_pp:
                return tok  # "a témoigné l'un d'eux", "a dit l'une des élues"
            return None  # "…, a révélé à la fin de l'an dernier que": no subject here
        if tok.pos_ in ("NOUN", "PROPN"):
            if tok.i == hyphen_at + 1:
                continue
            if in_pp:
                in_pp = False
                pp_noun = True
                # the rest of the PP: "de l'AFP", "dans un communiqué de presse"
                continue
            if pp_noun and tok.pos_ == "PROPN" and doc[tok.i - 1].pos_ in ("NOUN", "PROPN") and not starts(tok):
                continue  # "sur sa page Facebook"
            if tok.text in HONORIFICS and tok.i + 1 < len(doc) and doc[tok.i + 1].pos_ == "PROPN" and (
                doc[tok.i + 1].text[:1].isupper()
            ):
                # "auprès de l'AFP Me Avi Bitton": the title is no speaker, the
                # name after it is (the entity layer may have left "Me" out)
                return doc[tok.i + 1]
            if _object_of_de_infinitive(tok):
                return None  # "qui a accusé en août le pape d'avoir …": the accused
            return tok
        return None
    return None


def _object_of_de_infinitive(noun: Token) -> bool:
    """Is ``noun``'s phrase followed by "de"/"d'" and an infinitive ("le pape
    d'avoir ignoré", "la ministre de démissionner")? An inverted subject never is;
    the object of "accuser / soupçonner / exhorter X de" is."""
    doc = noun.doc
    k = noun.i + 1
    while k < len(doc) and doc[k].pos_ in ("PROPN", "ADJ") and k - noun.i < 5:
        k += 1  # (the rest of a name or adjectives: "le pape François d'avoir")
    return (k + 1 < len(doc) and doc[k].lower_ in ("de", "d'", "d’")
            and "Inf" in doc[k + 1].morph.get("VerbForm"))


def _in_date(tok: Token) -> bool:
    """Is ``tok`` inside a date or time phrase of the dates component ("la
    semaine dernière", "le mois prochain")?"""
    return any(d.start <= tok.idx < d.end for d in tok.doc._.veille_dates or ())


def _after_number(tok: Token) -> bool:
    """Does a number come right before ``tok`` ("le 18 octobre", also across a
    non-breaking space the tokenizer kept as a token)?"""
    k = tok.i - 1
    while k >= 0 and tok.doc[k].is_space:
        k -= 1
    return k >= 0 and (tok.doc[k].pos_ == "NUM" or tok.doc[k].like_num)


def _after_determiner(tok: Token) -> bool:
    """Is the adjective ``tok`` in a noun phrase opened by a determiner, maybe
    after other adjectives ("un jeune", "un troisième commerçant" tagged ADJ ADJ)?"""
    k = tok.i - 1
    while k >= 0 and tok.doc[k].pos_ == "ADJ":
        k -= 1
    return k >= 0 and tok.doc[k].pos_ == "DET"


def token_after(verb: Token) -> Token | None:
    """An inverted subject the parser attached elsewhere ("a déclaré la société")."""
    doc = verb.doc
    for tok in doc[verb.i + 1 : verb.i + 4]:
        if tok.text.startswith("-") and tok.lower_ != "-t":
            return tok
        if tok.pos_ in ("PROPN", "NOUN"):
            return tok
        if tok.pos_ not in ("DET", "ADJ") and not tok.text.startswith("-"):
            return None
    return None


def reading_source(tokens: list[Token]) -> tuple[Token, Span] | None:
    """ "« … », pouvait-on lire sur des pancartes", "on peut lire dans le rapport :
    « … »": with the impersonal "on", reading names no speaker; the words come from
    the medium or document after "sur" / "dans", which is their source. Returns the
    verb "lire" and that noun phrase, or None."""
    for tok in tokens:
        if tok.lower_ not in ("lire", "lit", "lisait", "lu") or tok.i + 2 >= len(tok.doc):
            continue
        doc = tok.doc
        near = [t.lower_ for t in doc[max(0, tok.i - 3) : tok.i]]
        if not any(w in ("on", "-on", "-t-on") for w in near):
            continue  # a person who reads ("il a lu") is no document
        k = tok.i + 1
        while k < len(doc) and doc[k].pos_ == "ADV":
            k += 1  # "pouvait-on encore lire sur …"
        if k >= len(doc) or doc[k].lower_ not in ("sur", "dans"):
            continue
        start = k + 1
        end = start
        # the noun phrase: determiner, adjectives, noun, its adjectives and name parts
        while end < len(doc) and end - start < 6 and (
            doc[end].pos_ in ("DET", "ADJ", "NOUN", "PROPN", "NUM") and not doc[end].is_punct
        ):
            if doc[end].pos_ == "DET" and any(t.pos_ in ("NOUN", "PROPN") for t in doc[start:end]):
                break  # "sur les réseaux sociaux ces derniers jours": a new phrase, a time
            end += 1
        if not any(t.pos_ in ("NOUN", "PROPN") for t in doc[start:end]):
            continue
        if end + 1 < len(doc) and doc[end].lower_ in ("de", "du", "d'", "d’", "des") and (
            doc[end + 1].pos_ in ("PROPN", "DET", "NOUN") or doc[end].lower_ in ("du", "des")
        ):
            # "sur le compte Twitter de X", "dans le rapport de la commission": the
            # owner or author of the medium is the source
            heads = [t for t in doc[end + 1 : end + 5] if t.pos_ in ("NOUN", "PROPN")]
            if heads:
                return tok, doc[end + 1 if doc[end + 1].pos_ == "DET" else heads[0].i : heads[0].i + 1]
        return tok, doc[start:end]
    return None
