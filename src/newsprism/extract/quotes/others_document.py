"""A document someone reacts to is not theirs: "denied a report claiming …".

A participle on a document noun speaks for the document's sender: "the campaign sent out
a press release saying …" is the campaign's, so :meth:`.subjects.Subjects._from_noun`
gives such a participle the subject of the verb the document hangs on. That reading is
wrong when the verb is a reaction to somebody else's document: "The AARP pushed back
Friday on a report claiming the nation's most powerful seniors lobby was dropping its
opposition …" (BASIL 576116e5, gold/speakers-basil4: the Wall Street Journal report's
claim, not the AARP's), "Officials denied a report saying …", "Shares fell after a
report saying …", "He cited a memo warning …". The subject there denies, cites or
follows the document; it never wrote it. For those the document itself is the speaker
(what the article says of it: "a report"), as for "a new report says", never the person
who reacted.

Read from the verb (or the preposition) the document hangs on:

- a verb of reacting to, receiving or passing on a text (:data:`REACT_VERBS`);
- a preposition of time, cause or topic (:data:`REACT_PREPS`: "after", "amid", "over",
  "about"; "on" after "pushed back", "commented"), not one of the medium ("in a letter
  saying": the writer's).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["REACT_PREPS", "REACT_VERBS", "others_document"]

# verbs whose subject answers, doubts, receives or passes on a text someone else wrote
REACT_VERBS = frozenset({
    "deny", "dismiss", "dispute", "reject", "refute", "rebut", "contest", "challenge",
    "question", "doubt", "debunk", "criticize", "criticise", "slam", "blast", "condemn",
    "decry", "counter", "downplay", "respond", "react", "cite", "quote", "reference",
    "mention", "confirm", "receive", "get", "obtain", "see", "review", "investigate",
    "examine", "discuss", "follow", "push", "brush", "shrug", "mock", "correct",
})  # fmt: skip
# prepositions that tie a document to a verb by time, cause or topic, not as its medium
REACT_PREPS = frozenset({"after", "amid", "following", "despite", "over", "about",
                         "against", "on", "to", "regarding", "concerning"})  # fmt: skip
# marks that set a participle off from the noun before it
_SET_OFF = frozenset({",", "—", "–", "-", "--"})


def others_document(noun: Token, participle: Token) -> bool:
    """True when the document ``noun`` (the head of ``participle``: "a report claiming
    …") is the object of a reaction ("denied a report", "pushed back on a report",
    "after a report"): its sender is not the reacting verb's subject. A participle set
    off by a comma or a dash ("denied the report, saying …") continues the subject's act
    and is left to the caller, whatever the parse hung it on."""
    if participle.i > 0 and participle.doc[participle.i - 1].text in _SET_OFF:
        return False
    governor = noun.head
    if noun.dep_ == "dobj" and governor.pos_ in ("VERB", "AUX"):
        return governor.lemma_.lower() in REACT_VERBS
    if noun.dep_ == "pobj" and governor.pos_ == "ADP":
        verb = governor.head
        return governor.lower_ in REACT_PREPS or (
            verb.pos_ in ("VERB", "AUX") and verb.lemma_.lower() in REACT_VERBS)
    return False
