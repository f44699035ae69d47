"""Whose word is a flag in what someone calls a thing: the one who calls it so.

"policies that candidate Biden decried as ineffective or inhumane" (the Christian Science
Monitor): "ineffective" and "inhumane" are Biden's judgement, reported, not the Monitor's
(the session-21 reader, docs/eval-compare.md). A verb that puts a name on its object
("decry X as Y", "call X Y", "describe X as Y", "brand", "label", "denounce", "dismiss",
"characterize X as Y") takes a noun phrase, not a clause, so the quote extractor does
not read it as speech (data/speech_verbs.toml says why), and :mod:`.reported` never sees
it. Here, for one flagged phrase:

- it lies in the verb's object complement: the phrase of an "as" hung on the verb or on
  its object ("dismissed the report as partisan nonsense", where the parse hangs "as"
  on "report"), or the verb's ``oprd`` ("called the plan a reckless giveaway"), with no
  other clause between;
- the one who calls it so is found as :mod:`.accused` finds an accuser (the verb's
  subject, the agent of a passive, the subject of the verb it completes or of the
  clause a subjectless participle hangs on; the reporter first when the naming is
  itself reported speech); a relative "who" is the noun its clause hangs on;
- a passive with no agent ("was described as reckless"), a bare pronoun ("he called
  it reckless", "we call it …": possibly the outlet itself) leave the word with the
  outlet, as in :mod:`.reported`;
- a second object set off from the first by a relative clause ("the former president
  called the audit report, which is slated for release Friday afternoon, a political
  bombshell", the Hill, NeuS raw row 66; session 26), which the parse hangs on the first
  object as an apposition: only for :data:`DOUBLE` verbs with no ``oprd`` of their own;
- an active participle on a noun ("a statement formally describing the 1915 massacre
  … as a genocide", BBC, NeuS raw row 497; session 24) has no subject: the noun is
  the caller, the word is the statement's; when that noun is the object of a verb
  with a named subject ("Biden issued a statement describing …"), that subject, who
  issued it (:func:`caller_mention`).

The verb itself ("decried") stays the outlet's choice of verb.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Token

from newsprism.extract.framing.accused import accuser_mention, as_written

# Verbs that give their object a name or a judgement, with the one who gives it as
# subject: the brief's eight and their close kin (a verb class, not a list of words to
# drop: the flag stays, only its owner moves).
DESCRIBE = frozenset({
    "decry", "call", "describe", "brand", "label", "denounce", "dismiss", "characterize",
    "characterise", "term", "deride", "condemn", "portray", "depict", "paint", "slam",
    "blast", "criticize", "criticise", "hail", "tout", "praise", "mock", "ridicule",
    "dub",
})  # fmt: skip
# Of those, the verbs that take a second object: "called the report, which …, a bombshell"
# (session 26: the parse hangs the second object on the first as an apposition).
DOUBLE = frozenset({"call", "dub", "label", "brand", "term"})
_RELATIVES = frozenset({"which", "who", "that"})
_IN_PHRASE = frozenset({"amod", "compound", "nmod", "det"})
# A clause boundary between the flag and the verb: the flag is in another statement.
_CLAUSES = frozenset({"relcl", "ccomp", "advcl", "acl", "xcomp", "csubj", "parataxis"})


def _naming_verb(token: Token) -> Token | None:
    """The verb of :data:`DESCRIBE` whose object complement ``token`` belongs to."""
    if token.lemma_.lower() in DESCRIBE and token.pos_ == "VERB":
        return None  # the verb itself: the outlet's choice
    node = token
    while node.head.i != node.i:
        head = node.head
        if node.dep_ == "oprd" and _names(head):
            return head
        if node.lower_ == "as" and node.dep_ == "prep":
            if _names(head):
                return head
            if head.dep_ in ("dobj", "nsubjpass") and _names(head.head):
                return head.head  # "dismissed the report as …"
            return None
        if node.dep_ in _CLAUSES:
            return None
        node = head
    return None


def _set_off_object(token: Token) -> Token | None:
    """The :data:`DOUBLE` verb whose second object ``token`` is when a relative clause
    parts it from the first ("called the report, which is due Friday, a bombshell")."""
    noun = token.head if token.dep_ in _IN_PHRASE else token
    if noun.dep_ != "appos":
        return None
    start = noun.left_edge.i
    if start < 1 or noun.doc[start - 1].text != ",":
        return None
    for first in noun.ancestors:
        if first.dep_ != "dobj":
            continue
        verb = first.head
        doc = noun.doc
        if verb.lemma_.lower() not in DOUBLE or verb.pos_ != "VERB" or \
                any(c.dep_ == "oprd" for c in verb.children):  # fmt: skip
            return None
        after = doc[first.i + 1 : first.i + 3]
        if len(after) == 2 and after[0].text == "," and after[1].lower_ in _RELATIVES:
            return verb
        return None
    return None


def _names(verb: Token) -> bool:
    return verb.pos_ == "VERB" and verb.lemma_.lower() in DESCRIBE


def caller_mention(verb: Token) -> Token | None:
    """Who calls the thing so: as :func:`.accused.accuser_mention` finds an accuser, or,
    for an active participle hung on a noun ("a statement … describing X as Y"), the
    noun, or the named subject of the verb that takes that noun as its object
    ("Biden issued a statement describing …"). None: no caller in the text."""
    mention = accuser_mention(verb)
    if mention is not None or verb.dep_ != "acl" or verb.tag_ != "VBG":
        return mention
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    noun = verb.head
    if noun.pos_ not in ("NOUN", "PROPN"):
        return None  # "those describing it as …": a pronoun names no caller
    if noun.dep_ == "dobj":
        issuer = accuser_mention(noun.head)
        if issuer is not None and as_written(issuer) is not None:
            return issuer
    return noun


def in_naming(token: Token) -> bool:
    """``token`` lies in what someone calls a thing ("what they portray as a damaging
    assault"), whoever the caller is, a bare pronoun too: the naming is reported."""
    return _naming_verb(token) is not None or _set_off_object(token) is not None


def describer(doc: Doc, a: int, reported: Callable[[int], str | None]) -> str | None:
    """Whose word the flag starting at token ``a`` is when it is what someone calls a
    thing; ``reported(i)`` is the reported-speech owner of token ``i`` (the naming
    verb), tried first. None: the outlet's word."""
    verb = _naming_verb(doc[a]) or _set_off_object(doc[a])
    if verb is None:
        return None
    mention = caller_mention(verb)
    if mention is None:
        return None
    # a relative "who" is already its noun (.accused.accuser_mention, session 38)
    return reported(verb.i) or as_written(mention)
