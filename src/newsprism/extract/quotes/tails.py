"""The outlet's narration hung on the end of a reported clause, cut off (issue 12).

The small parser hangs whatever follows a reported clause in its sentence on that
clause: "said the talks would go on, ramping up the rhetorical brinkmanship" (the
outlet describing the act), "said the plan helped Clinton, who does not need to …" (the
outlet telling the reader who Clinton is). A fact-checker who quotes such a span puts
the outlet's words in the speaker's mouth, so the content of a verb of saying ends
before a tail set off by a comma or a dash when that tail is, by its grammar, the
writer's aside rather than part of the proposition reported:

- an adverbial participle with no subject and no subordinator whose verb says how the
  statement was received or how it stands to other words (", drawing boos", ", echoing
  a memo", ", ramping up the rhetorical brinkmanship"): its subject is the act of
  saying, so the writer is describing the act, not reporting its content;
- a non-restrictive relative clause opened by a wh-word on a name (", who was
  convicted …", ", which votes on March 1"): the writer telling the reader who or what
  the name is.

Other participles and relative clauses are as often the speaker's own ("…, leaving
that choice to the next president"; "…, which would strengthen the dollar"), and
were measured and left in. :func:`tag_ends` cuts what the writer adds after an
"according to X" tag that closes its clause.

Only a tail that runs to the end of the content is cut (an aside in the middle is
rarer and its end is less sure), and never one that stands inside a quotation: words
inside the speaker's quotation marks are the speaker's, whatever their grammar.
Measured on PolNeAR train, read item by item (docs/eval-quotes.md, "Span boundaries,
session 17").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from newsprism.extract.quotes.article import Article

__all__ = ["outlet_tail", "tag_ends"]

_SET_OFF = frozenset({",", "—", "–", "--", "-", ";"})
_WH = frozenset({"who", "which", "where", "whom", "whose"})
# participles whose subject is the statement itself: how it was received, how it
# stands to other words, or what it did to the tone of a dispute ("…, drawing boos",
# "…, echoing a memo", "…, reversing …", "…, ramping up the rhetoric")
_RECEPTION = frozenset({"draw", "echo", "elicit", "prompt", "spark", "provoke", "earn",
                        "mirror", "contrast", "contradict", "reverse", "side", "defy",
                        "signal", "underscore", "break", "repeat", "reprise", "reflect",
                        "parrot", "trigger", "ramp", "escalate", "intensify", "heighten",
                        "sharpen", "soften", "temper", "amplify",
                        # how the statement ends or crowns a run of events ("…, capping a
                        # day of contradictory messages"): session 21
                        "cap", "culminate", "punctuate"})
# what follows a source tag and is the writer's: an adverbial clause ("even as …",
# "although …"), an apposition ("- half a percentage point of …"), a measure phrase
_WRITERS = frozenset({"advcl", "appos", "npadvmod"})
_REASONS = frozenset({"because", "since", "so"})
_TIME_PREPS = frozenset({"after", "before", "since", "following", "during", "amid", "in"})


def outlet_tail(art: Article, verb: Token, tokens: list[Token]) -> set[int]:
    """Token ids of the writer's tail at the end of a clause's tokens (empty: none).

    The tail is the subtree of the first aside (by position) whose subtree reaches the
    clause's last word, with the comma or dash before it. Only after the cue: in
    "X, which …, Doggett said" the writer gives the whole sentence before the cue to
    the speaker, asides and all.
    """
    ids = {t.i for t in tokens}
    words = [t.i for t in tokens if not t.is_punct and not t.is_space]
    if not words:
        return set()
    last = max(words)
    for tok in sorted(tokens, key=lambda t: t.left_edge.i):
        start = tok.left_edge.i
        if start <= verb.i or tok.head.i not in ids or tok.head.i == tok.i:
            continue
        if tok.right_edge.i < last or not _aside(art, tok):
            continue
        if art.doc[start - 1].text not in _SET_OFF:
            continue
        if art.qid[tok.i] != -1 or art.qid[start] != -1:
            continue  # inside the speaker's quotation marks: the speaker's words
        if any(i in ids and art.qid[i] != -1 for i in range(start, last + 1)):
            continue  # the tail holds a quotation: it may be the speaker's words
        return {i for i in ids if i >= start - 1}
    return set()


def _aside(art: Article, tok: Token) -> bool:
    """The token heads a reception participle or a gloss on a name: the writer's aside."""
    if tok.dep_ == "advcl" and tok.tag_ in ("VBG", "VBN"):
        return tok.lemma_.lower() in _RECEPTION and art.speech_base(tok) is None and \
            not any(c.dep_ in ("mark", "nsubj", "nsubjpass", "csubj", "aux", "auxpass")
                    for c in tok.children)  # fmt: skip
    if tok.dep_ == "relcl" and _background(tok):
        return True
    if tok.dep_ != "relcl" or not (tok.head.pos_ == "PROPN" or tok.head.ent_type_):
        return False
    wh = tok.left_edge  # the relative word opens the clause and is its subject or "where"
    if wh.lower_ not in _WH or wh.head.i != tok.i or \
            wh.dep_ not in ("nsubj", "nsubjpass", "advmod", "poss"):  # fmt: skip
        return False
    # "who" for a person, "which"/"where" for anything else: a mismatch is a clause
    # about the whole sentence ("…Telfer, which was a violation of …"), the speaker's
    return (wh.lower_ in ("which", "where")) == (tok.head.ent_type_ != "PERSON")


def _background(tok: Token) -> bool:
    """ "…after the attack, which occurred amid a rising wave of violence": a "which"
    clause in the past tense on an event noun governed by a preposition of time is the
    writer telling the reader when or amid what the event happened (session 21). A
    clause in the present or future, or with a modal ("…, which would strengthen the
    dollar"), is as often the speaker's claim and stays."""
    wh, noun = tok.left_edge, tok.head
    prep = noun.head
    return wh.lower_ == "which" and wh.dep_ == "nsubj" and wh.head.i == tok.i and \
        tok.tag_ == "VBD" and noun.pos_ == "NOUN" and noun.dep_ == "pobj" and \
        prep.lower_ in _TIME_PREPS and \
        not any(c.dep_ == "aux" for c in tok.children)  # fmt: skip


def tag_ends(doc: Doc, according: Token, head: Token, content: list[Token]) -> list[Token]:
    """An "according to X" set off after its clause ends the content it attributes.

    "Trump has won 758 delegates, according to a CNN tally, but his pathway … is
    narrowing": the source tag closes what X reports, and what the writer adds after it
    (a contrast, a comparison, an aside) is the writer's. A tag before its clause or
    inside it without a comma ("according to X, …") leaves the content whole.
    """
    if according.i < head.i or according.i == 0 or \
            doc[according.i - 1].text not in _SET_OFF:  # fmt: skip
        return content
    end = according.right_edge.i
    after = [t for t in content if t.i > end and t.head.i <= end and not t.is_punct]
    for tok in after:
        if tok.dep_ not in _WRITERS or any(
                c.dep_ == "mark" and c.lower_ in _REASONS for c in tok.children):  # fmt: skip
            return content  # an object, a conjoined clause, a reason: still the source's
    return [t for t in content if t.i <= end]
