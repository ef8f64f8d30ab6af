"""Statements carried by a noun phrase: "X a dénoncé <NP>", "s'est réjoui de <NP>",
"accuse X de <Y>" (decision 10 of the annotation guideline: the object with its
complement, when it carries a claim). Mixed into the indirect-speech finder (reads
its ``doc``, ``text``, ``sentence_of``, ``in_marks``, ``speech_lemma`` and the
bounds and source helpers).
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from .indirect_bounds import _DAYS, Candidate, ContentBounds
from .lang import fr_quotes as data
from .lang.fr_entities import POSSESSIVES
from ..models import Cue
from .speech_syntax import cue_of, find_subject
from .verb_forms import bare_past_participle

#: verbs whose noun-phrase object carries the statement, besides the shared list:
#: accusations and assertions of a noun phrase (decision 10); "saluer" only with an
#: abstract object (it greets people as often as it welcomes a claim, see _greets)
_MORE_OBJECT_VERBS = frozenset({"accuser", "qualifier", "traiter", "affirmer", "réaffirmer", "témoigner", "saluer"})

#: objects of "saluer" that are people, a tribute or a body passing by, not something
#: judged: "a salué la foule", "la mémoire du défunt", "le passage du cortège"
_GREETED = frozenset({"foule", "public", "assistance", "mémoire", "assemblée", "salle", "main", "drapeau",
                      "passage", "dépouille", "cercueil", "cortège"})

#: statement nouns that cue a "que" clause with a "de X" speaker: "l'annonce du
#: ministre que …", "l'aveu de X que …" (guideline rule 24: nominal cues)
NOMINAL_CUES = frozenset({"affirmation", "affirmations", "annonce", "aveu", "déclaration", "assurance",
                          "allégation", "allégations", "idée", "argument", "promesse", "conviction"})

#: "accuser / qualifier / traiter X de Y": the claim is X with its "de" complement
_NAMING_VERBS = frozenset({"accuser", "qualifier", "traiter"})

#: statements of a noun phrase the shared list lacks (decision 10: condemnations,
#: accounts, denials, name-calling), and, as a class rather than case by case: verbs
#: that criticise or praise (critiquer, vanter), stress (souligner), report or
#: disclose (signaler, relater, révéler, mentionner), confirm or refute (confirmer,
#: réfuter) or foresee (prédire) something; their object is kept only when it is four
#: words or more, as for the shared list ("contester" is left out: as often an appeal
#: or a protest, "manifester pour contester la réforme", as a statement; "tacler" is an
#: incise verb of manner, ``fr_quotes.INCISE_ONLY_VERBS``)
_TRANSITIVE_CLAIMS = frozenset({"critiquer", "vanter", "souligner", "signaler", "relater", "révéler",
                                "mentionner", "confirmer", "réfuter", "prédire"})
CLAIM_OBJECT_VERBS = frozenset({"condamner", "raconter", "démentir", "stigmatiser", "traiter", "redouter"}) | _TRANSITIVE_CLAIMS

#: heads of an object that points to someone else's report rather than saying
#: anything: "confirmant une information du quotidien X", "a relaté l'article de Y"
_REPORT_NOUNS = frozenset({"information", "informations", "article", "articles", "révélation", "révélations",
                           "nouvelle", "propos", "déclaration", "déclarations"})

#: -er verb forms the lemmatizer leaves alone ("réfute", "vantent"), by form, built
#: once rather than tried ending by ending on every verb
_CLAIM_FORMS = {
    lemma[:-2] + ending: lemma
    for lemma in CLAIM_OBJECT_VERBS if lemma.endswith("er")
    for ending in ("ent", "es", "e", "ées", "és", "ée", "é", "ant")
}


def claim_verb_lemma(token: Token) -> str:
    """The lemma of a claim-object verb, read from its form when the lemmatizer left
    a present-tense form as it is ("réfute" -> "réfuter")."""
    lemma = token.lemma_.lower()
    return lemma if lemma in CLAIM_OBJECT_VERBS else _CLAIM_FORMS.get(token.lower_, lemma)


#: words that complete a day before an object: "a annoncé lundi soir / lundi dernier la …"
_DAY_PARTS = frozenset({"matin", "soir", "midi", "après-midi", "dernier", "prochain"})

#: determiners that open a noun phrase of its own (not a complement "de X" or "des X")
_NP_OPENERS = frozenset({"le", "la", "les", "l'", "l’", "un", "une", "son", "sa", "ses", "leur", "leurs", "ce",
                         "cette", "ces", "cet"})

#: "les affirmations de Y selon qui …": another source's statement inside the noun phrase
_EMBEDDED_SOURCE = re.compile(r"\s(?:selon|d'après|pour) (?:qui|lequel|laquelle|lesquels|lesquelles)\b")

#: where the statement was made, closing the clause the object was read to: "a raconté
#: <NP> dans son émission", "… sur son compte Twitter", "… lors d'une conférence de presse"
_CHANNEL_END = re.compile(
    r",?\s+(?:dans|sur|lors d(?:e|u|es|')|à|via|devant)\s*(?:son|sa|ses|leur|leurs|un|une|notre|votre)\s+(?:\S+\s+)?"
    r"(?:programme|émission|interview|entretien|tribune|lettre|message|tweet|communiqué|vidéo|conférence|micro|"
    r"antenne|colonnes|page|compte|réseaux|plateau|journal|livre|ouvrage|blog|site)s?\b[^,;]*$"
)

#: a court's sentence, not a condemnation in words: "condamné à deux ans de prison"
_SENTENCE_WORDS = frozenset({"prison", "amende", "peine", "ans", "mois", "réclusion", "euros", "sursis"})


class ObjectContent(ContentBounds):
    """Noun-phrase contents of statement verbs."""

    def _object(self, verb: Token) -> Candidate | None:
        """ "X a dénoncé <a statement as a noun phrase>", "s'est réjoui de <NP>"."""
        lemma = self.speech_lemma(verb)
        if lemma not in data.SPEECH_VERBS:
            lemma = claim_verb_lemma(verb)
        if lemma == "reprocher":
            return self._reproach(verb)
        if lemma == "traiter" and not self._calls_names(verb):
            return None  # "a traité le dossier de la cantine": handling, not name-calling
        worry = lemma in ("inquiéter", "s'inquiéter")
        if worry and (verb.dep_ == "acl:relcl" or not any(t.lower_ in ("s'", "s’", "se") for t in self.doc[max(0, verb.i - 3) : verb.i])):
            # "le projet inquiète X": X is worried, no statement; "X s'inquiète de …" is
            # one, but not in a relative ("…, qui s'inquiétaient de …", often inside another's content)
            return None
        if not worry and lemma not in data.OBJECT_CONTENT_VERBS and lemma not in _MORE_OBJECT_VERBS and lemma not in CLAIM_OBJECT_VERBS or (
            lemma in ("réclamer", "exiger")
        ):
            return None  # a demand reports a request, not a statement (decision 9)
        if lemma == "condamner" and self._court_sentence(verb):
            return None
        if lemma == "saluer" and self._greets(verb):
            return None
        if any(c.dep_ == "aux:pass" for c in verb.children):
            return None  # "une hausse a été constatée sur les routes": a passive names no speaker
        if lemma in _TRANSITIVE_CLAIMS and bare_past_participle(verb):
            return None  # "celles mentionnées sur les panneaux": an adjectival participle, no speaker

        participle = "Part" in verb.morph.get("VerbForm") and "Pres" in verb.morph.get("Tense")
        before = self.doc[verb.i - 1].lower_ if verb.i else ""
        # "…, a déclaré X, accusant le maire de …": a participle that continues a
        # speaker; "…, en promettant une enquête": a gerund shares the clause's subject;
        # "en a profité pour dénoncer …", "veulent dénoncer …": the subject's own words
        continues = participle and (before == "en" or self._participle_speaker(verb) is not None)
        purpose = "Inf" in verb.morph.get("VerbForm") and (
            before == "pour" or (verb.dep_ == "xcomp" and verb.head.lemma_ == "vouloir" and verb.head.i == verb.i - 1)
        )
        if "Inf" in verb.morph.get("VerbForm") and not purpose or (participle and not continues):
            return None
        if any(c.lower_ in ("pas", "jamais", "rien") for c in verb.children):
            return None
        cue = cue_of(verb)
        k = cue.start - 1
        while k > 0 and self.text[k].isspace():
            k -= 1
        subject = find_subject(verb, self.sentence_of(verb.idx)[0], lambda t: not self.in_marks(t.idx))
        if not continues and not purpose and k >= 0 and (self.text[k] in data.CLOSING_MARKS or (
            self.text[k] == "," and len(self.text[self.sentence_of(cue.start)[0] : k].split()) >= 3
            and not self._subject_with_apposition(subject, verb, k)
        )):
            # "« … », a accusé le président du groupe": an incise, the noun is its subject
            # ("Cependant, a insisté X, …" opens its sentence and is no incise)
            return None
        if subject is not None and any(c.dep_ == "nummod" and any(ch.isdigit() for ch in c.text) for c in subject.children):
            # "2 700 personnes annonçaient leur participation": a count in figures measures,
            # it reports no statement ("trois syndicalistes ont témoigné de …" does)
            return None
        for child in verb.children:
            if worry or child.i <= verb.i or child.pos_ not in ("NOUN", "PROPN") or child.i - verb.i > 6:
                continue  # ("s'inquiéter de": the complement after "de" below)
            if child.lower_ in ("côté", "part") or child.lower_ in _DAYS:
                continue  # "annonce de son côté …", "annonce lundi …": an adverbial, not the content
            if lemma in _TRANSITIVE_CLAIMS and (child.dep_ != "obj" or child.lower_ in _REPORT_NOUNS):
                # these take a direct object only ("critiqué sur les réseaux sociaux" is
                # where); one pointing to another's report says nothing of its own
                continue
            if child.dep_ == "obj" or (
                child.dep_.startswith("obl") and any(c.lower_ in ("de", "d'", "d’", "sur") and c.dep_ == "case" for c in child.children)
            ):
                first = child.left_edge.i
                while (self.doc[first].dep_ == "case" or self.doc[first].lower_ in _DAYS | _DAY_PARTS) and first < child.i:
                    first += 1  # ("a annoncé lundi la fermeture …": the day is when, not what)
                if first > verb.i + 1 and self.doc[first - 1].text.strip() in data.OPENING_MARKS:
                    first -= 1  # "a dénoncé « l'aveuglement » du ministre": the mark is the content's
                last = child.right_edge.i
                nxt = self.doc[last + 1] if last + 1 < len(self.doc) else None
                second = any(c.dep_ == "conj" and c.i > last and c.pos_ in ("NOUN", "PROPN") for c in verb.children)
                if len(self.doc[first : last + 1].text.split()) < 4 or lemma in _NAMING_VERBS or second or (
                    nxt is not None and nxt.lower_ in ("qui", "que", "qu'", "qu’", "dont")
                ):  # a relative clause after the noun is the noun's, whatever the parse;
                    # a second object the parser hangs on the verb ("a dénoncé « X » et « Y »") too
                    # the parser hangs the noun's complement on the verb ("a annoncé sa
                    # candidature à la tête d'une liste", "accuse X de …"): to the clause end
                    last = self._clause_last(first, verb)
                span = self.doc[first : last + 1]
                if lemma in _NAMING_VERBS and not any(t.lower_ in ("de", "d'", "d’") for t in span):
                    return None  # "traiter un dossier", "accuser le coup": no "X de Y" claim
                if len(span.text.split()) >= 4 and self._has_source(verb):
                    start, end = self._content(first, last)
                    embedded = _EMBEDDED_SOURCE.search(self.text, start, end)
                    if embedded:  # "a démenti les affirmations de Y selon qui …": X's span is the NP (decision 8)
                        start, end = self._trimmed(start, embedded.start())
                    channel = _CHANNEL_END.search(self.text[start:end])
                    if channel and len(self.text[start : start + channel.start()].split()) >= 4:
                        end = start + channel.start()  # "… dans leur émission sur TMC": where it was said
                    return Candidate(start, end, "indirect", verb=verb, rule="subject")
        late = self._object_after_adverbial(verb)
        if late is not None and lemma not in _NAMING_VERBS and lemma != "saluer":
            start, end = self._content(late, self._clause_last(late, verb))
            embedded = _EMBEDDED_SOURCE.search(self.text, start, end)
            if embedded:  # "a démenti lundi les affirmations de Y selon qui …" (decision 8)
                start, end = self._trimmed(start, embedded.start())
            if len(self.text[start:end].split()) >= 4 and self._has_source(verb):
                return Candidate(start, end, "indirect", verb=verb, rule="subject")
        # the parser often hangs the complement elsewhere ("s'est réjoui vendredi de
        # la décision …"): take the words after "de"/"sur" up to the clause end
        first = None
        for tok in self.doc[verb.i + 1 : verb.i + 5]:
            if tok.pos_ in ("ADV",) or tok.lower_ in _DAYS:
                continue
            if tok.lower_ in ("de", "d'", "d’", "du", "des", "sur") and lemma in ("réjouir", "féliciter", "insister", "inquiéter", "s'inquiéter"):
                first = tok.i + 1 if tok.lower_ in ("de", "d'", "d’", "sur") else tok.i
            elif tok.lower_ in ("de", "d'", "d’") and lemma in _NAMING_VERBS and self._clitic_object(verb):
                first = tok.i  # "ils vous ont traités de séditieux": the object is a clitic, the claim "de Y"
            break
        if first is None or first >= len(self.doc):
            return None
        _, e = self.sentence_of(self.doc[first].idx)
        end_tok = first
        for tok in self.doc[first:]:
            if tok.idx >= e or tok.text in (";", ":") or self.in_marks(tok.idx) and tok.text in data.QUOTE_CHARS:
                break
            end_tok = tok.i
        if worry:
            end_tok = min(end_tok, self._clause_last(first, verb))  # "Quand X s'inquiète de …, elle …"
        start, end = self._content(first, end_tok)
        if len(self.text[start:end].split()) >= 4 and self._has_source(verb):
            return Candidate(start, end, "indirect", verb=verb, rule="subject")
        return None

    def _object_after_adverbial(self, verb: Token) -> int | None:
        """ "a dénoncé dès l'ouverture de la séance les « dépenses » qui …": after an
        adverbial phrase right behind the verb, a determiner following a noun opens the
        object (the parser hangs it on the adverbial's noun)."""
        doc = self.doc
        _, e = self.sentence_of(verb.idx)
        k = verb.i + 1
        if k < len(doc) and doc[k].lower_ in _DAYS:
            # "a démenti vendredi les affirmations de X": the parser hangs the object on
            # the day ("vendredi soir", "lundi dernier" too)
            while k + 1 < len(doc) and (doc[k + 1].lower_ in _DAY_PARTS or doc[k + 1].pos_ == "ADV"):
                k += 1
            nxt = doc[k + 1] if k + 1 < len(doc) else None
            if nxt is not None and nxt.text in data.OPENING_MARKS and k + 2 < len(doc):
                opener = doc[k + 2]  # "a dénoncé lundi « une capitulation … »": the mark is the content's
                return nxt.i if opener.lower_ in _NP_OPENERS and opener.pos_ == "DET" and nxt.idx < e else None
            if nxt is None or nxt.lower_ not in _NP_OPENERS or nxt.pos_ != "DET" or nxt.idx >= e or self.in_marks(nxt.idx):
                return None
            return nxt.i
        if k >= len(doc) or doc[k].pos_ != "ADP" and doc[k].lower_ not in ("au", "aux"):
            return None
        for tok in doc[k + 1 : k + 8]:
            if tok.idx >= e or tok.text in (",", ";", ":", ".") or tok.pos_ in ("VERB", "AUX") or self.in_marks(tok.idx):
                return None
            prev = doc[tok.i - 1]
            if tok.lower_ in _NP_OPENERS and tok.pos_ == "DET" and prev.pos_ in ("NOUN", "PROPN", "ADV"):
                return tok.i
        return None

    def _court_sentence(self, verb: Token) -> bool:
        """ "Le tribunal a condamné X à deux ans de prison": a sentence, not words;
        a person condemned ("a condamné le prévenu") is no claim either."""
        for child in verb.children:
            if child.i > verb.i and (child.pos_ == "PROPN" or child.pos_ == "PRON" or (
                child.dep_ in ("obj", "xcomp") and self._names_a_source(child) and child.pos_ != "NOUN"
            )):
                return True
        _, e = self.sentence_of(verb.idx)
        return any(t.lower_ in _SENTENCE_WORDS for t in self.doc[verb.i + 1 : verb.i + 12] if t.idx < e)

    def _greets(self, verb: Token) -> bool:
        """ "a salué les habitants / la foule / Paul Verdier": people greeted, no claim;
        "a salué le courage des pompiers" judges something (decision 10)."""
        obj = next((c for c in verb.children if c.dep_ == "obj" and c.i > verb.i), None)
        if obj is None or obj.pos_ != "NOUN" or obj.lower_ in _GREETED or self._names_a_source(obj):
            return True
        # a plural person noun ("les habitants", "les bénévoles"): its singular by ending
        single = obj.lower_[:-1] if obj.lower_.endswith(("s", "x")) else obj.lower_
        return single not in data.NOT_PERSON_NOUNS and not single.endswith(("ment", "tion", "sion")) and (
            single.endswith(data.PERSON_NOUN_SUFFIXES) or single in data.PER_DESCRIPTIONS
        )

    def _subject_with_apposition(self, subject: Token | None, verb: Token, comma: int) -> bool:
        """ "Les journalistes de X, l'émission de Y, ont raconté …": the comma before
        the verb closes the subject's apposition, no incise (no finite verb between
        the subject and the verb, no quote)."""
        if subject is None or subject.i > verb.i or subject.pos_ == "PRON" or self.in_marks(subject.idx):
            return False
        end = self.doc.char_span(comma, comma + 1, alignment_mode="expand")
        return end is not None and not self._has_finite_verb(subject.idx, comma) and not any(
            self.in_marks(t.idx) or t.text in data.QUOTE_CHARS for t in self.doc[subject.i : end.start]
        )

    def _reproach(self, verb: Token) -> Candidate | None:
        """ "Rome reproche à Paris de proposer …": the claim is the addressee with its
        "de" complement (as "accuser X de", decision 10)."""
        doc = self.doc
        k = verb.i + 1
        while k < len(doc) and (doc[k].pos_ == "ADV" or doc[k].is_space):
            k += 1
        if k >= len(doc) or doc[k].lower_ not in ("à", "au", "aux") or self.in_marks(doc[k].idx):
            return None
        _, e = self.sentence_of(verb.idx)
        if not self._has_source(verb):
            return None
        if not any(t.lower_ in ("de", "d'", "d’") for t in doc[k + 1 : k + 8] if t.idx < e):
            # "a reproché à Varsovie ses choix …": the reproach is the object after the addressee
            k = next((t.i for t in doc[k + 2 : k + 7] if t.idx < e and t.pos_ == "DET" and t.lower_ in _NP_OPENERS
                      and doc[t.i - 1].pos_ in ("NOUN", "PROPN")), None)
            if k is None:
                return None
        start, end = self._content(k, self._clause_last(k, verb))
        if len(self.text[start:end].split()) < 4:
            return None
        return Candidate(start, end, "indirect", verb=verb, rule="subject")

    def _clitic_object(self, verb: Token) -> bool:
        """Is the verb's object a clitic before it ("vous ont traité", "l'a qualifié")?"""
        for tok in self.doc[max(0, verb.i - 4) : verb.i]:
            if tok.lower_ in ("me", "m'", "te", "t'", "le", "la", "l'", "l’", "les", "nous", "vous") and tok.pos_ == "PRON":
                return True
        return False

    def _calls_names(self, verb: Token) -> bool:
        """ "traiter X de Y" calls names when X is a person (a name, a clitic) and Y
        a bare noun or adjective ("de fasciste", "de séditieux")."""
        doc = self.doc
        person = self._clitic_object(verb) or any(
            c.dep_ == "obj" and c.pos_ == "PROPN" for c in verb.children
        )
        _, e = self.sentence_of(verb.idx)
        bare = any(
            t.lower_ in ("de", "d'", "d’") and t.i + 1 < len(doc) and doc[t.i + 1].pos_ in ("NOUN", "ADJ")
            and doc[t.i + 1].lower_ not in ("manière", "façon", "sorte", "près", "loin")
            for t in doc[verb.i + 1 : verb.i + 12] if t.idx < e
        )
        return person and bare

    def _nominal_cue(self, noun: Token) -> Candidate | None:
        """ "l'annonce du ministre que <content>", "l'affirmation de la préfète qu'…":
        a statement noun whose "de X" complement names the speaker and whose "que"
        clause is the content (guideline rule 24: nominal cues). Without a named "de X"
        nothing is taken: "l'idée que …" is as often the writer's own."""
        doc = self.doc
        if self.in_marks(noun.idx) or noun.i + 2 >= len(doc) or doc[noun.i + 1].lower_ not in ("de", "d'", "d’", "du", "des"):
            return None
        k = noun.i + 2  # "de la préfète", "du ministre": the speaker's noun phrase starts here
        while k < len(doc) and k - noun.i <= 8 and doc[k].pos_ in ("DET", "NOUN", "PROPN", "ADJ") and doc[k].lower_ not in ("que", "qu'", "qu’"):
            k += 1
        if k >= len(doc) - 1 or k == noun.i + 2 or doc[k].lower_ not in ("que", "qu'", "qu’"):
            return None
        source = doc[noun.i + 2 : k]
        head = doc[k].head
        if not any(c.dep_.startswith(("obj", "ccomp", "xcomp", "obl", "cop", "iobj")) and c.i != k for c in head.children) and (
            any(c.dep_ == "aux:tense" for c in head.children) or doc[k].dep_ == "obj"
        ):
            # "la déclaration de la préfète que les élus avaient demandée": a verb
            # without its object after "que" is a relative with its gap
            return None
        if not any(self._names_a_source(t) for t in source if t.pos_ in ("NOUN", "PROPN")):
            return None  # "l'annonce de la fermeture que …": no speaker in the complement
        first = k + 1
        last = self._clause_last(first, noun)
        s, _ = self.sentence_of(noun.idx)
        if not self._has_finite_verb(s, noun.idx):
            # "L'annonce du ministre que les impôts baisseront a surpris les élus": the
            # noun is the sentence's subject, its main verb group ends the content
            last = min(last, self._main_verb_after(first, last))
        if last < first or not any("Fin" in t.morph.get("VerbForm") for t in doc[first : last + 1]):
            return None  # a clause must follow (the parser often reads it as a relative)
        start, end = self._content(first, last)
        if len(self.text[start:end].split()) < 3:
            return None
        det = doc[noun.i - 1] if noun.i and doc[noun.i - 1].pos_ == "DET" and doc[noun.i - 1].lower_ not in POSSESSIVES else None
        cue_start = det.idx if det is not None else noun.idx
        cue = Cue(cue_start, noun.idx + len(noun.text), self.text[cue_start : noun.idx + len(noun.text)])
        return Candidate(start, end, "indirect", verb=noun, source=source, cue=cue, rule="source", after_que=True)

    def _main_verb_after(self, first: int, last: int) -> int:
        """The token before the second finite verb group after ``first`` that no
        conjunction, relative or comma introduces (the main clause's verb), or ``last``."""
        doc = self.doc
        seen = False
        for k in range(first, last + 1):
            tok = doc[k]
            if tok.pos_ not in ("VERB", "AUX") or "Fin" not in tok.morph.get("VerbForm"):
                continue
            if not seen:
                seen = True
                while k + 1 <= last and (doc[k + 1].pos_ == "ADV" or (
                    doc[k + 1].pos_ in ("AUX", "VERB") and "Fin" not in doc[k + 1].morph.get("VerbForm")
                )):
                    k += 1  # the content's own verb group ("a été fermée", "ne fermera pas")
                first = k
                continue
            if k <= first:
                continue
            j = k - 1
            while j > first and doc[j].lower_ in ("ne", "n'", "n’", "se", "s'", "s’", "y", "en", "l'", "l’", "le", "la", "les"):
                j -= 1
            if doc[j].lower_ in ("qui", "que", "qu'", "qu’", "où", "dont", "et", "ou", "mais", "si", "quand", "lorsque", "comme", ","):
                continue
            return j
        return last
