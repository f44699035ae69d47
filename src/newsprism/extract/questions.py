"""A writer's own question is no claim: "How and why did this happen?"

A claim is a statement an outlet makes and a reader can check against another
outlet's (:mod:`newsprism.extract.claims`). A sentence the writer ends with a question
mark outside quotation marks states nothing: it asks. Shown among the facts it reads
as something one outlet reported ("Unique: How and why did this happen?", the
Washington Post's explainer of NeuS raw row 397; docs/eval-compare.md, session 30,
i12-read38), and compared with the other outlets' sentences it can only be wrongly
matched. The summary already leaves such a line out as the writer's voice
(``compare/readable.addresses_reader``); here it is not made a claim at all.

A question inside quotation marks is somebody's words ("“Why now?” she asked."): the
sentence reports who asked it, and stays a claim, as do a statement that quotes a
question mid-sentence and a title ending in one inside its marks.
"""

from __future__ import annotations

from newsprism.extract.quotes.marks import quoted_spans


def writers_question(text: str) -> bool:
    """Whether ``text`` ends on a question mark the writer wrote outside quotation
    marks; a question mark followed by a closing mark ends a quotation, not the
    sentence, and a mark still open when the text ends quotes the rest of it."""
    body = text.rstrip()
    if not body.endswith("?"):
        return False
    at = len(body) - 1
    return not any(a <= at < b for a, b in quoted_spans(body, continued=False))


__all__ = ["writers_question"]
