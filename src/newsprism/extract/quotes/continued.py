"""A cue-less quotation right after an attributed quote: the same speaker goes on.

Split from the extractor (session 27, module size): one question, asked of the quote
before it, by the direct-quote step and by the orphan join.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from newsprism.extract.quotes.article import Article
    from newsprism.extract.quotes.marks import Quotation

__all__ = ["continues"]

# A paragraph that is only a quotation, right after an attributed quote, continues it
# (PolNeAR's annotators join such runs; on train this scores a little better than not).
CONTINUE_ACROSS_PARAGRAPHS = True
# "“…,” Johnson told Fox News -- referring to the president's past opposition – “And he
# …”" (Fox, BASIL 450755dd, gold/speakers-basil12): a dash closing the cue's own aside
# hands back to the speaker as a stop does (session 33); every word between is still
# the cue's, and the quote before is a quotation in marks (after reported speech, "A
# chorus … has said the same thing, including Mitt Romney -- ''…''" is Romney's, PolNeAR
# dev)
_DASHES = ("–", "—", "--")


def continues(art: Article, q: Quotation, last: Any) -> bool:
    """A cue-less quotation right after an attributed quote continues it.

    Between the two there may be only the cue's own words ("…,” he said. “…”),
    and the quotation must open its sentence or paragraph, or follow a dash
    ("…,” he said -- of the plan – “…”). A paragraph that is
    only a quotation, right after the paragraph of an attributed one, continues it
    too (PolNeAR annotates such runs as one content in parts).
    """
    if last is None or last.verb is None or not (last.regions or last.kind == "reported"):
        return False
    gap_start = last.last
    if gap_start > q.start:
        return False
    gap = art.text[gap_start : q.start]
    if gap.count("\n") and not CONTINUE_ACROSS_PARAGRAPHS:
        return False
    subtree = {t.i for t in last.verb.subtree}
    for tok in art.tokens_between(gap_start, q.start):
        if not (tok.is_space or tok.is_punct or tok.i in subtree):
            return False
    line_start = art.text.rfind("\n", 0, q.start) + 1
    if gap.count("\n"):
        # the quotation must be the whole paragraph
        line_end = art.text.find("\n", q.end)
        rest = art.text[q.end : line_end if line_end != -1 else len(art.text)]
        return art.text[line_start : q.start].strip() == "" and rest.strip() == ""
    before = art.text[max(gap_start, line_start) : q.start].rstrip()
    if before.endswith(_DASHES):
        return last.kind == "direct"  # not "X has said …, including Y -- “…”": Y's words
    return before == "" or before[-1] in ".!?;:" or before.endswith(("”", '"', "''"))
