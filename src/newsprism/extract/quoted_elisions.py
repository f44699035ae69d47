"""No sentence starts after a writer's elision inside a quotation (session 37).

A writer who leaves words out of a quotation marks the gap with "..." or "…" and goes
on inside the same quotation marks: the New York Daily News' "“If we can get through
this winter ... I hope we can get some good control in the spring of 2022,” Fauci told
…". The parser read "..." as a stop and started a sentence at "I", so the first half,
a condition with no main clause, became a claim of its own ("not matched elsewhere")
and the second half lost its condition, while the quote extractor read the quotation
whole (docs/eval-compare.md, "Session 36: a reader's pass over fresh stories", item 5).

The rule: after a token that is an ellipsis, no sentence starts when a quotation is
open there (its opening mark is before the ellipsis in the same paragraph and not yet
closed) that closes later in the same paragraph, and the words before the ellipsis
are no whole sentence of their own: either the word after it is lower case (the
speaker's sentence goes on: "a project... we're just students") or the quotation's
words before it, since its opening mark or its last stop, open on a subordinating
word ("if", "when", "because", "unless" …) and hold no comma, a condition with no main
clause. The first version blocked every start after such an ellipsis: over BASIL
2010–14 and the NeuS raw crawl it joined 19 pairs, and 13 of them were two whole
sentences ("… going to hell. ... The world laughs at us.", "I attribute [the win] to
God... God acted through the people"): a writer's elision mostly stands between whole
sentences. An ellipsis after a stop, outside quotation marks, or in a quotation that
does not close in its paragraph (a crawl's cut, a quotation that runs on over
paragraphs), is left to the parser, as is every other stop.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

__all__ = ["ELLIPSES", "QUOTED_ELISION_RULE", "SUBORDINATORS", "after_quoted_elision",
           "elision_blocked", "inside_closing_quotation", "quoted_words_before"]

# Switch (session 37): off gives the parser's sentences of session 36.
QUOTED_ELISION_RULE = True
# The elision marks as the tokenizer keeps them; "...." (a stop and an elision) ends a
# sentence by the writer's own mark and is left to the parser.
ELLIPSES = frozenset({"...", "…"})
# Words that open a clause with no main clause of its own ("If we can get through this
# winter ..."): a closed list of subordinating conjunctions.
SUBORDINATORS = frozenset(
    "if when whenever unless until because although though while once as since before "
    "after whether".split()
)
_STOP = re.compile(r"[.!?][\"”’)]*\s")


def quoted_words_before(text: str, at: int) -> str | None:
    """The words of the quotation open at character ``at`` of ``text``, from its opening
    mark to ``at``, when it opened before ``at`` in the same paragraph
    and closes after it in the same paragraph; None when no such quotation is open.

    Curly marks say which way they face; straight double marks are paired by count
    (an odd number before ``at`` in the paragraph means one is open)."""
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    before, after = text[start:at], text[at : end if end >= 0 else len(text)]
    opened, closed = before.rfind("“"), before.rfind("”")
    if opened > closed:
        shut = after.find("”")
        if shut < 0 or -1 < after.find("“") < shut:
            return None
    elif opened < 0 and closed < 0 and before.count('"') % 2 == 1 and '"' in after:
        opened = before.rfind('"')
    else:
        return None
    return before[opened + 1 :]


def inside_closing_quotation(text: str, at: int) -> bool:
    """Whether character ``at`` of ``text`` is inside a quotation that opened before it
    in the same paragraph and closes after it in the same paragraph."""
    return quoted_words_before(text, at) is not None


def elision_blocked(text: str, texts: Sequence[str], offset_of: Callable[[int], int],
                    before: Sequence[int], newline: Sequence[bool]) -> list[int]:  # fmt: skip
    """The indices of tokens that follow an ellipsis inside a quotation closing later in
    its paragraph (``before``/``newline``: the word before each token and whether a line
    break is between, as ``sentence_breaks._word_before`` gives them; ``offset_of``: a
    token's character offset, asked only after an ellipsis, since making a Token per
    word is what session 27 took out of the parse's cost)."""
    if not QUOTED_ELISION_RULE or not any(t in ELLIPSES for t in texts):
        return []
    return [i for i in range(1, len(texts))
            if before[i] >= 0 and not newline[i]
            and after_quoted_elision(text, texts[before[i]], texts[i], offset_of, i)]


def after_quoted_elision(text: str, word: str, token: str,
                         offset_of: Callable[[int], int], i: int) -> bool:  # fmt: skip
    """Whether ``token`` (token ``i``, at ``offset_of(i)`` of ``text``, on the same line
    as ``word``, the word before it) follows an ellipsis inside a quotation that closes
    later in its paragraph, and the quotation's words before the ellipsis are no whole
    sentence (module docstring). A closing mark right after the ellipsis is the
    writer's end of the quotation and is left to the parser."""
    if not QUOTED_ELISION_RULE or word not in ELLIPSES or not token.strip():
        return False
    if token[:1] in "”\"":
        return False
    quoted = quoted_words_before(text, offset_of(i))
    if quoted is None or word not in quoted:
        return False
    words = quoted[: quoted.rfind(word)].rstrip()
    if not words or words[-1] in ".!?":
        return False  # "… going to hell. ...": the writer's stop ended the sentence
    if token[:1].islower():
        return True
    stops = list(_STOP.finditer(words))
    clause = words[stops[-1].end() :] if stops else words
    first = clause.split()[0].strip("“\"‘'(").lower() if clause.split() else ""
    return first in SUBORDINATORS and "," not in clause
