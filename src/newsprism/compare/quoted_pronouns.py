"""A quotation whose "he" or "she" stands for a person the line never names.

The readability tests (:mod:`newsprism.compare.readable`) read a line's own subject
and its speaker: "He added …" and "…,” she said." are left out. The words inside a
quotation were not read: a speaker's "he" points to someone the speaker had just
named, in a sentence the summary does not show. Session 31 (issue 12, branch
i12-summary10) read NeuS raw row 308's third summary line, a column's ""The first time
he used military force was about a month after he was inaugurated," Korb told Al
Jazeera.": the reader cannot tell who "he" is (the president, two sentences earlier in
the report), and the line names one person only, the speaker.

The rule: a person pronoun (he, him, his, she, her, himself, herself) inside the
quoted words, with no noun or name before it inside the quotation that it may stand
for (the quoted "I love my sister, but she is dead wrong" of BASIL's Mary Cheney
reads), and outside it no name the words are said of ("…," Pelosi said of Trump;
"referring to …"). The speaker outside the quotation does not resolve it: his own
words do not call him "he". A second name outside it that the words are not said of
is not read as resolving it either: the small tagger calls outlets persons ("… told
the Herald"), and a line lost costs less than a quotation given a "he" the reader
cannot place. "They" and "it" are left alone: a group's or a thing's pronoun inside a
quotation is too often its own clause's (an expletive "it", "they" for people in
general).
"""

from __future__ import annotations

from typing import Any

from newsprism.compare.line_parse import parse_line
from newsprism.extract.quotes.marks import quoted_spans

# False: the rule is off (every line reads as before session 31)
QUOTED_PRONOUN_RULE = True
_PERSON_PRONOUNS = frozenset({"he", "him", "his", "she", "her", "himself", "herself"})
_ABOUT = frozenset({"of", "about", "regarding"})


def _inside(at: int, spans: tuple[tuple[int, int], ...]) -> tuple[int, int] | None:
    """The quotation span holding character ``at``, if any."""
    return next(((s, e) for s, e in spans if s <= at < e), None)


def _said_of(doc: Any, spans: tuple[tuple[int, int], ...]) -> bool:
    """Whether, outside the quotation, the line says whom the words are about: a name
    after "of", "about", "regarding" or "referring to" ("…," Pelosi said of Trump). The
    small tagger often misses such a name as a PERSON; its part of speech is kept."""
    return any(t.pos_ == "PROPN" and _inside(t.idx, spans) is None
               and any(_about(a) for a in t.ancestors) for t in doc)


def _about(token: Any) -> bool:
    """A preposition that says whom words are about: "of", "about", "regarding", or the
    "to" of "referring to" (not "according to", which names the speaker)."""
    if token.dep_ != "prep":
        return False
    return token.lower_ in _ABOUT or (token.lower_ == "to" and token.head.lower_ == "referring")


def _antecedent(noun: Any, pronoun: Any, span: tuple[int, int]) -> bool:
    """Whether ``noun`` may be what the pronoun stands for: a noun or name before it in
    the same quotation ("Varga knows he …"; "I love my sister, but she is …"), not one
    the pronoun's own clause modifies ("The first time he used …": "time" is no person).
    Names are read by part of speech: the small tagger's PERSON misses many."""
    return (noun.pos_ in ("PROPN", "NOUN") and span[0] <= noun.idx < pronoun.idx
            and pronoun not in noun.subtree)


def quoted_pronoun_unnamed(text: str) -> bool:
    """Whether a quotation in ``text`` holds a person pronoun that nothing in the line
    resolves (see the module docstring): no name before it in its quotation, and at most
    one person, the speaker, named outside quotation marks."""
    if not QUOTED_PRONOUN_RULE or not any(m in text for m in '"“”'):
        return False
    spans = quoted_spans(text, continued=False)
    if not spans:
        return False
    lowered = text.lower()
    if not any(word in lowered for word in _PERSON_PRONOUNS):
        return False  # no parse for a line without the words
    doc = parse_line(text)
    if _said_of(doc, spans):
        return False
    for token in doc:
        if token.lower_ not in _PERSON_PRONOUNS or token.pos_ != "PRON":
            continue
        span = _inside(token.idx, spans)
        if span is None:
            continue
        if not any(_antecedent(t, token, span) for t in doc):
            return True
    return False
