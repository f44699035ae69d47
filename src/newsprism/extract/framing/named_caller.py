""""What he called …" names whose words they are: attribution, not the writer's distance.

The lexicon's hedge "what X call" (MOS:DOUBT's general rule: the writer declines a
name, "what proponents call the religious freedom bill") matches any caller. When the
caller is one named or singular speaker, the phrase does the opposite of declining:
it hands a characterisation to the person the sentence reports ("Ryan also hammered
Obama for what he called his “utter failure when it comes to creating jobs”", "Justice
Anthony Kennedy, who said he was troubled by what he called an inconsistency in the
women's lawsuit"). That is the form the lexicon itself counts as neutral for its terms
("which X calls genocide": the caller's word, session 24); a quotation after it is
flagged on its own as a partial quote with its speaker. On BASIL 2010–2012 the rule
takes out 6 hedges, all read as plain attribution (one touches a bias span, which the
partial quote beside it also touches), and over NeuS raw rows 0–505 3, all right;
docs/eval-framing.md, "Session 29: flags that touch no span".

Only the past tense reports an utterance ("what he called" on a given day); the present
names a standing name the writer declines ("what Israel calls a security barrier"), the
hedge's own case, and stays. An unnamed group keeps the hedge too: "what critics
call", "what some call", "what they called", "what proponents call" (a plural noun or
pronoun with no name in it) is the writer leaving a side's name at arm's length, or
MOS:WEASEL's vague source.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Token

from newsprism.extract.framing.results import HedgeUse

HEDGE = "what X call"
ONE_SPEAKER = frozenset({"he", "she", "it", "i", "we"})


def _one_speaker(caller: Sequence[Token]) -> bool:
    """``caller`` names one speaker: a name, a singular pronoun or a singular noun
    ("he", "Mr. Ryan", "the ministry"), not a group ("critics", "some", "they")."""
    for t in caller:
        if t.pos_ == "PROPN" or t.lower_ in ONE_SPEAKER:
            return True
        if t.pos_ == "NOUN" and t.tag_ == "NN" and t.dep_ in ("nsubj", "nsubjpass"):
            return True
    return False


def drop_named_callers(doc: Doc, hedges: Sequence[HedgeUse]) -> list[HedgeUse]:
    """``hedges`` without a past "what X called" whose caller X is one named speaker."""
    kept = []
    for h in hedges:
        span = doc.char_span(h.span.start, h.span.end, alignment_mode="expand")
        if (h.hedge == HEDGE and span is not None and span[-1].tag_ in ("VBD", "VBN")
                and _one_speaker(span[1:-1])):
            continue  # "what he called an inconsistency": his words, attributed
        kept.append(h)
    return kept
