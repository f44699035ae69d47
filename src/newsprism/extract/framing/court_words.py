"""A court word in its legal sense: "indict", "convicted", "guilty" where a court acts.

Issue 14: "Context decides: … neutral uses ('terrorism charges' in a court filing) are
not the outlet's framing." The MiniLM flags words of the court register for their
weight, not for a choice the outlet made: "a grand jury decided whether to **indict**
the officer" (0.53) is how a charge is reported, the only word for it. WordNet gives
"indict" one sense, so no sense table (:mod:`.ordinary`) can tell it from the figure
"the report indicts the policy"; the sentence can. A detector flag is dropped when
every candidate word in it is one of :data:`COURT_WORDS` read in its legal sense:

- the sentence names the law at work with another word (:data:`LEGAL_CONTEXT`: a jury,
  a prosecutor, a court, a judge, an attorney general, a trial, a verdict, a plea,
  charges, counts, a felony, an arrest), the flagged word itself not counting;
- and, for a verb, the use is not the figure: an active verb whose subject is a thing
  that is no legal actor ("the report indicts") and whose object is no person ("… the
  policy") stays flagged, whatever else the sentence holds.

Judged in every voice: "the jury should indict him" is as plain in a source's mouth as
in the outlet's. The words were chosen by reading each flag on NeuS raw rows 0–505 and
BASIL 2010–2012 whose sentence has legal context, word by word, not by the list
(docs/eval-framing.md, "Session 38: court words in their legal sense"). Words that
carry a judgment of their own even in court ("heinous", "brutal", "vicious") and the
crimes' names ("murder", "fraud"), which the detector reads as topic, are not here.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Token

from newsprism.extract.framing.features import is_candidate
from newsprism.extract.framing.results import LoadedWord

COURT_WORDS_RULE = True  # the switch: False restores the flags of main at d88a5b08

# Lemma -> the parts of speech its legal sense takes (lower case; spaCy's lemmas). Read
# on NeuS: indict, defraud, wrongdoing, misdemeanor, unindicted, invalidated, unintentional;
# their own family beside them (indictment, felony, convict, conviction, acquit).
COURT_WORDS: dict[str, frozenset[str]] = {
    "indict": frozenset({"VERB"}),
    "indictment": frozenset({"NOUN"}),
    "unindicted": frozenset({"ADJ", "VERB"}),
    "convict": frozenset({"VERB"}),
    "conviction": frozenset({"NOUN"}),
    "acquit": frozenset({"VERB"}),
    "defraud": frozenset({"VERB"}),
    "wrongdoing": frozenset({"NOUN"}),
    "misdemeanor": frozenset({"NOUN"}),
    "felony": frozenset({"NOUN"}),
    "invalidate": frozenset({"VERB"}),
    "unintentional": frozenset({"ADJ"}),
    "guilty": frozenset({"ADJ"}),  # session 39: only with a plea, a finding, a verdict
}
# Words whose legal sense needs more than the context: "invalidate" only with a court
# for subject ("a federal judge invalidated an initiative"; "invalidated her feelings"
# stays), "unintentional" only naming a charge ("second-degree unintentional murder").
COURT_SUBJECTS = frozenset({"court", "judge", "justice", "jury", "panel", "tribunal"})
CHARGE_NOUNS = frozenset({"murder", "manslaughter", "homicide", "killing"})
# "guilty" is the court's word only where a plea, a finding or a verdict holds it
# ("pleaded guilty", "was found guilty", "a guilty verdict"); "guilty of hypocrisy"
# and "a guilty conscience" stay (session 39).
GUILTY_HEADS = frozenset({"plead", "find", "verdict", "plea", "finding", "judgment"})

# Lemmas that name the law at work (another word than the flagged one).
LEGAL_CONTEXT = frozenset({
    "jury", "juror", "prosecutor", "prosecution", "prosecute", "court", "courtroom",
    "judge", "attorney", "trial", "verdict", "plea", "plead", "charge", "count",
    "indictment", "indict", "felony", "misdemeanor", "defendant", "lawsuit", "convict",
    "conviction", "acquit", "acquittal", "sentencing", "arrest", "prison", "probation",
    "parole", "lawyer", "crime", "criminal",
})
ARTICLE_FRAME = 3  # legal words elsewhere in the article that make it a legal story
# Subjects that act in a case: the figure's test does not apply to them.
LEGAL_ACTORS = COURT_SUBJECTS | frozenset({
    "prosecutor", "prosecution", "attorney", "department", "government", "state",
    "official", "office", "authority", "grand",
})
PERSON_ENTS = frozenset({"PERSON", "ORG", "NORP", "GPE"})
THING_PRONOUNS = frozenset({"it", "this", "that", "which", "what"})
# Objects that are people though no entity marks them ("indict the officer").
PERSON_NOUNS = frozenset({
    "officer", "man", "woman", "suspect", "defendant", "official", "executive", "people",
    "member", "leader", "driver", "agent", "soldier", "teen", "teenager", "student",
    "father", "mother", "son", "daughter", "cop", "employee", "worker", "doctor",
    "president", "governor", "senator", "mayor", "company", "business", "organization",
})


def _legal_word(t: Token) -> bool:
    """``t`` names the law at work: "charge" and "count" only as nouns ("charges",
    "two counts of"), "grand" only in "grand jury" (it then stands for the jury)."""
    lemma = t.lemma_.lower()
    if lemma in ("charge", "count"):
        return t.pos_ == "NOUN"
    return lemma in LEGAL_CONTEXT


def _legal_context(word: Token) -> bool:
    """Another word of ``word``'s sentence names the law at work, or the article is a
    legal story (:data:`ARTICLE_FRAME` such words outside the sentence: "Mr Cuomo
    denies any wrongdoing" in a story of the attorney general's inquiry)."""
    sent = word.sent
    if any(_legal_word(t) for t in sent if t.i != word.i):
        return True
    outside = [t for t in word.doc if not sent.start <= t.i < sent.end and _legal_word(t)]
    return len(outside) >= ARTICLE_FRAME


def names_person(token: Token | None) -> bool:
    """``token`` stands for a person or a body of people: a name, a personal pronoun,
    a noun of :data:`PERSON_NOUNS`."""
    if token is None:
        return False
    if token.pos_ == "PRON":
        return token.lower_ not in THING_PRONOUNS
    return (token.ent_type_ in PERSON_ENTS or token.pos_ == "PROPN"
            or token.lemma_.lower() in PERSON_NOUNS)  # fmt: skip


def _subject(verb: Token) -> Token | None:
    return next((c for c in verb.children if c.dep_ == "nsubj"), None)


def _figure(verb: Token) -> bool:
    """An active verb with a thing for subject that is no legal actor and no person for
    object: "the report indicts the policy"; "the jury indicted him" is no figure."""
    subject = _subject(verb)
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if verb.pos_ != "VERB" or subject is None or obj is None:
        return False
    actor = subject.lemma_.lower() in LEGAL_ACTORS or names_person(subject)
    return not actor and not names_person(obj)


def _own_condition(token: Token) -> bool:
    """The word's own test, if it has one (:data:`COURT_SUBJECTS`, :data:`CHARGE_NOUNS`,
    :data:`GUILTY_HEADS`)."""
    lemma = token.lemma_.lower()
    if lemma == "invalidate":
        subject = _subject(token)
        return subject is not None and subject.lemma_.lower() in COURT_SUBJECTS
    if lemma == "unintentional":
        return token.head.lemma_.lower() in CHARGE_NOUNS
    if lemma == "guilty":
        return token.head.lemma_.lower() in GUILTY_HEADS
    return True


def legal_sense(token: Token) -> bool:
    """``token`` is a court word read in its legal sense (module docstring)."""
    if token.pos_ not in COURT_WORDS.get(token.lemma_.lower(), frozenset()):
        return False
    return _own_condition(token) and _legal_context(token) and not _figure(token)


def drop_court_words(doc: Doc, loaded: Sequence[LoadedWord]) -> list[LoadedWord]:
    """``loaded`` without the flags made only of court words in their legal sense."""
    if not COURT_WORDS_RULE:
        return list(loaded)
    kept = []
    for word in loaded:
        found = doc.char_span(word.span.start, word.span.end, alignment_mode="expand")
        words = [t for t in found if is_candidate(t)] if found is not None else []
        if words and all(legal_sense(t) for t in words):
            continue  # "indict the officer" before a grand jury
        kept.append(word)
    return kept
