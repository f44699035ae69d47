"""Whose word is a flag in what someone is accused of: the accuser's.

"Biden … said he meant to accuse a dozen users … of spreading deadly lies": "spreading
deadly lies" is Biden's charge, reported, not CNBC's description of the users (the
session-20 reader's wrong own-voice flag, docs/eval-compare.md). The quote extractor
does not take "accuse X of Y" as speech (its content is a noun phrase or gerund, not a
clause: data/speech_verbs.toml), and "charge that …" and "allege …" already are speech
cues, handled by :mod:`.reported`. So here, for one flagged phrase:

- it lies in the phrase of an "of" that follows a form of "accuse" in the same sentence
  with no other verb between them (the accused may be long: "accuse a dozen users, but
  not the social media platform itself, of …", where the parser hangs "of" elsewhere);
- the accuser is the verb's subject (or the subject of the verb it completes, "he meant
  to accuse", or of the clause a subjectless participle hangs on, "Romney attacked
  him, accusing the president of …"), or the agent of a passive ("was accused by X
  of"); a passive without an agent ("was accused of fraud") names no accuser, and the
  word stays the outlet's;
- a relative "who" is the noun it hangs on ("Haugen, who accused …": Haugen), and a
  participle the parser hangs on a copula ("That was the plea from Haugen, who blasted
  her ex-employer …, accusing Zuckerberg of having unchecked power", New York Post,
  NeuS raw row 37; session 38) is said of the nearest action before its comma, since
  a copula accuses no one (:func:`_after_copula`); neither reading is trusted for a
  flag past an "and" after the verb, where a misparse can run the charge on into the
  sentence's next phrase;
- when the accusation itself is reported speech, the reporter of it is the owner
  (:func:`.reported.reported_speaker` with its conditions); otherwise a named or
  described accuser as the text words it; a bare pronoun leaves the word with the
  outlet, as in :mod:`.reported`.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Token

from newsprism.extract.framing.reduced_passive import reduced_passive

ACCUSE = frozenset({"accuse"})
NAMES = frozenset({"PERSON", "ORG", "GPE"})  # a name; a group ("Other Democrats") as written
DASHES = frozenset({"—", "–", "--"})  # a dateline's dash
RELATIVES = frozenset({"WP", "WDT"})  # "who", "which", "that" as a relative subject
MAX_OWNER_WORDS = 6  # a described accuser longer than this is a clause, not a name


def accusation_verb(doc: Doc, a: int) -> Token | None:
    """The "accuse" whose "of"-phrase holds token ``a``, if any (module docstring)."""
    token = doc[a]
    sent = token.sent
    for v in reversed(doc[sent.start : a]):
        if v.lemma_.lower() not in ACCUSE or v.pos_ != "VERB":
            continue
        for o in doc[v.i + 1 : a]:
            if o.pos_ in ("VERB", "AUX"):
                return None
            if o.lower_ == "of":
                return v if token in o.subtree else None
        return None
    return None


def accuser_mention(v: Token, reach: bool = True) -> Token | None:
    """The mention of who accuses: subject, agent, or the subject of the verb that
    ``v`` completes ("meant to accuse"); None for a passive with no agent. ``reach``
    (the default) also reads a relative "who" as its noun and a participle hung on a
    copula as said of the action before it (session 38; off in :func:`accuser` for a
    flag past an "and", where the parser may have run the charge into the sentence's
    next phrase)."""
    agent = next((c for c in v.children if c.dep_ == "agent"), None)
    if agent is not None:
        return next((p for p in agent.children if p.dep_ == "pobj"), None)
    if any(c.dep_ == "nsubjpass" for c in v.children) or reduced_passive(v):
        return None  # "once dismissed as …": .reduced_passive
    subject = _past_dateline(_nearest_subject(v))
    subject = _antecedent(subject) if reach else subject
    participle = v.dep_ == "advcl" and v.tag_ == "VBG"  # "…, accusing him of …"
    if reach and subject is None and participle and (action := _after_copula(v)) is not None:
        return accuser_mention(action, reach)
    if subject is None and (v.dep_ in ("xcomp", "conj") or participle):
        return accuser_mention(v.head, reach)
    return subject


def _antecedent(subject: Token | None) -> Token | None:
    """A relative pronoun subject as the noun its clause hangs on ("Haugen, who
    blasted …": "Haugen"); any other subject as it is."""
    if subject is None or subject.tag_ not in RELATIVES or subject.head.dep_ != "relcl":
        return subject
    return subject.head.head


def _after_copula(v: Token) -> Token | None:
    """The verb a participle ``v`` after a comma is said of when the parser hangs it on a
    copula ("That was the plea from Haugen, who blasted …, accusing …"): the nearest
    verb with a subject before that comma, in the same sentence and after the copula;
    None when ``v`` hangs on any other verb or no such verb is found."""
    head, doc = v.head, v.doc
    if head.lemma_ != "be" or head.i > v.i or doc[v.i - 1].text != ",":
        return None
    for t in reversed(doc[head.i + 1 : v.i - 1]):
        if t.pos_ == "VERB" and any(c.dep_ == "nsubj" for c in t.children):
            return t
    return None


def _nearest_subject(v: Token) -> Token | None:
    """The subject of ``v`` nearest to it. The parser can give a verb two subjects when
    a participle clause is fronted ("Painting Biden's calls for unity as "empty
    platitudes," the South Carolina Republican accused Democrats of …", NeuS raw row
    482: "calls" and "Republican"); the one next to the verb is its own, the other the
    fronted clause's object the parser misread (session 25, second pass)."""
    subjects = [c for c in v.children if c.dep_ == "nsubj"]
    return min(subjects, key=lambda c: abs(v.i - c.i), default=None)


def _past_dateline(subject: Token | None) -> Token | None:
    """The subject after a dateline the parser took for it: "KANSAS CITY, Mo. (AP) —
    Leaders of the … organization accused …" has "CITY" as the subject and "Leaders" as
    its apposition after the dash (BASIL 2010, HuffPost; session 25 second pass); the
    place is no accuser."""
    if subject is None:
        return None
    doc = subject.doc
    after_dash = [c for c in subject.children if c.dep_ == "appos" and c.i > subject.i
                  and any(t.text in DASHES for t in doc[subject.i : c.left_edge.i])]  # fmt: skip
    return after_dash[-1] if after_dash else subject


def as_written(mention: Token) -> str | None:
    """The accuser as the text names it: its entity, or its phrase up to its head."""
    if mention.pos_ == "PRON":
        return None
    if mention.ent_type_ in NAMES:
        ent = next((e for e in mention.doc.ents if e.start <= mention.i < e.end), None)
        if ent is not None:
            return ent.text
    words = mention.doc[mention.left_edge.i : mention.i + 1]
    if words and words[0].pos_ == "DET" and words[0].lower_ in ("the", "a", "an"):
        words = words[1:]
    return words.text if 0 < len(words) <= MAX_OWNER_WORDS else None


def accuser(
    doc: Doc, a: int, reported: Callable[[int], str | None], unbroken: bool = False
) -> str | None:
    """Whose word the flag starting at token ``a`` is when it is what someone is
    accused of; ``reported(i)`` is the reported-speech owner of token ``i`` (the
    accusation verb), tried first. ``unbroken`` (for a lexicon term, session 25 second
    pass) asks for no comma between the verb and the flag: an addition set off by one
    ("accused Obama of "projecting weakness" with his foreign policy, particularly in
    his response to the terror attack", Fox, BASIL 2012) is the outlet's elaboration
    and its label the outlet's, where "accused Democrats of dividing Americans in
    pursuit of a far-left agenda" is the charge as made."""
    v = accusation_verb(doc, a)
    if v is None or (unbroken and any(t.text == "," for t in doc[v.i : a])):
        return None
    # past an "and", a charge reached through "who" or a copula may be the parser's run
    # into the next phrase ("… who accused it of trying to bribe a congressman and deep
    # consternation among Democrats", BASIL 2010, NYT): only a subject of its own counts
    mention = accuser_mention(v, reach=not any(t.pos_ == "CCONJ" for t in doc[v.i : a]))
    if mention is None:
        return None
    return reported(v.i) or as_written(mention)
