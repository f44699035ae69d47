"""A writer's own question is no fact: set apart, after every stage has read it.

"How and why did this happen?" (the Washington Post's explainer of NeuS raw row 397) asks;
it states nothing another outlet could confirm or contradict. Listed among the facts it
read "Unique: How and why did this happen?" (docs/eval-compare.md, session 30,
i12-read38). Leaving such a sentence out of the claims (that session's first try) was
reverted: the sentence is still the article's, and stages before the end read it — the
openings a summary's lead is chosen from (``compare/lead.py``: at NeuS row 122 the Wall
Street Journal's opening question was what echoed FactCheck.org's lead, and without it the
summary lost its one good line), the same-fact aligner, the omissions.

So the question stays a claim through every stage, and only at the end, when the output
is put together, a fact that is nothing but writers' questions leaves ``claims`` for a
list of its own, ``writers_questions`` (docs/json-schema.md): each question with its
article, sentence index and offsets, so a reader still finds it in the article. The
other facts keep their ids (the question's id is left as a gap, never reused), so the
summary's and the omissions' references and every id a user has seen stay the same; an
omission that pointed at the question goes with it (a question is nothing to leave out).

Not a writer's question, and so still a claim:

- a question inside quotation marks ("“Why now?” she asked."), also when the quotation
  opened sentences before it, and one whose sentence opens with a quotation ("“Then every
  firm breaks the law” under the act?"): somebody's words;
- a question the sentence reports someone asking ("The senator asked the director: Did
  the bureau …?", "causing experts to wonder: What happens next?"): the asking is the
  fact. It is read as reported when the words before the question's colon or dash carry
  a verb of asking (:data:`ASKING`);
- a fact in which a question shares a group with a statement: the grouping is left as
  it is (the statement is a fact; the pairing is the aligner's to judge).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from newsprism.compare.align import AlignedClaim
from newsprism.extract.quotes.marks import find_quotations, quoted_spans
from newsprism.models import Article, Claim

# verbs of asking, in the forms a frame before a reported question takes ("asked",
# "wonders", "to wonder", "wanted to know"); "question" as a noun ("The question now:
# will …?") is the writer's own framing, so only the verb's inflected forms count
ASKING = re.compile(
    r"\b(?:ask(?:s|ed|ing)?|wonder(?:s|ed|ing)?|(?:in|en)quir(?:e|es|ed|ing)|"
    r"question(?:s|ed|ing)|ponder(?:s|ed|ing)?|demand(?:s|ed|ing)?|"
    r"want(?:s|ed|ing)? to know)\b",
    re.IGNORECASE,
)
# a lead-in before a colon this long states something itself ("The real question now:"
# is 4 words and frames the writer's question; a clause with a subject, a verb and its
# complements is longer): the sentence is a fact, whatever the question after it
STATED_FRAME_WORDS = 7
# where a reported question starts: after a colon or a dash that follows the frame
_FRAME_END = re.compile(r":|\s[—–-]\s|\s?—\s?")


def writers_question(text: str) -> bool:
    """Whether ``text`` is a question the writer asks: it ends on a question mark
    outside quotation marks (a mark followed by a closing quotation mark ends a
    quotation, not the sentence), and no frame before it reports someone asking."""
    body = text.rstrip()
    if not body.endswith("?"):
        return False
    at = len(body) - 1
    spans = quoted_spans(body, continued=False)
    if any(a <= at < b for a, b in spans) or any(a == 0 for a, _ in spans):
        return False  # quoted, or the quoted speaker's words the writer ends ("“…” of X?")
    return not reported_question(body)


def in_quotation(claim: Claim, regions: Sequence[tuple[int, int]]) -> bool:
    """Whether the question mark ending ``claim`` lies inside a quotation of its article
    (``regions``: :func:`find_quotations`'s, over the whole text): a quotation of several
    sentences (“This was their operation. Why else hide the face? …”) opens before the
    sentence, where the sentence alone cannot see it."""
    at = claim.start + len(claim.text.rstrip()) - 1
    return claim.start >= 0 and any(a <= at < b for a, b in regions)


def reported_question(text: str) -> bool:
    """Whether the question of ``text`` is one the sentence reports being asked, or the
    content of a statement it makes: the words before its last colon or dash (the
    frame) carry a verb of asking, or the frame before a colon is a statement of its
    own (:data:`STATED_FRAME_WORDS` words or more: "Democrats … were put on notice by
    their Republican colleagues Wednesday morning: No tax-cut extension?")."""
    ends = list(_FRAME_END.finditer(text))
    if not ends:
        return False
    frame = text[: ends[-1].start()]
    if ASKING.search(frame) is not None:
        return True
    colons = [m.start() for m in ends if m.group() == ":"]
    return bool(colons) and len(text[: colons[-1]].split()) >= STATED_FRAME_WORDS


def question_item(fact_id: str, claim: Claim) -> dict[str, Any]:
    """One writer's question as ``writers_questions`` lists it: where it is in its
    article, and the id it would have had as a fact (a gap in the facts' ids)."""
    return {"fact_id": fact_id, "article_id": claim.article_id, "claim_id": claim.id,
            "sentence": claim.text, "sentence_index": claim.sentence_index,
            "start": claim.start, "end": claim.end}  # fmt: skip


def set_apart_questions(articles: Sequence[Article], facts: Sequence[AlignedClaim],
                        omissions: dict[str, list[dict[str, Any]]],
                        cut: Sequence[dict[str, Any]] = (),
                        ) -> tuple[list[AlignedClaim], list[dict[str, Any]]]:  # fmt: skip
    """The facts without those made only of writers' questions, and those questions.

    ``omissions`` and the cut articles' ``not_seen`` (``compare/truncated.py``) lose
    (in place) every item that points at a fact set apart. Call it last, after the
    summary and the omissions are read: every stage before reads the questions as the
    article's sentences."""
    regions = {a.id: [r for q in find_quotations(a.text) for r in q.regions]
               for a in articles}  # fmt: skip
    kept: list[AlignedClaim] = []
    questions: list[dict[str, Any]] = []
    for fact in facts:
        if fact.claims and all(writers_question(c.text)
                               and not in_quotation(c, regions.get(c.article_id, ()))
                               for c in fact.claims):  # fmt: skip
            questions.extend(question_item(fact.id, c) for c in fact.claims)
        else:
            kept.append(fact)
    gone = {q["fact_id"] for q in questions}
    for article_id, items in omissions.items():
        omissions[article_id] = [o for o in items if o.get("claim_id") not in gone]
    for entry in cut:
        entry["not_seen"] = [o for o in entry.get("not_seen") or []
                             if o.get("claim_id") not in gone]  # fmt: skip
    return kept, questions


__all__ = ["ASKING", "STATED_FRAME_WORDS", "in_quotation", "question_item",
           "reported_question", "set_apart_questions", "writers_question"]
