"""An article that prints the same rare quoted words as a fact states it (session 22).

The aligner joins a quotation told inside a longer sentence rarely; the omission check
reads the quoted words both outlets print (compare/stated.py), since an outlet that
quotes "I'll fight against liberal attacks on our religious heritage" inside a longer
quotation does not leave it out."""

from __future__ import annotations

import numpy as np

from newsprism.compare.align import AlignedClaim
from newsprism.compare.stated import RUN_SENTENCES, quoted_runs, stating
from newsprism.compare.story import omissions
from newsprism.models import Claim
from tests.compare.conflict_helpers import text_article

SHORT = "“And I’ll fight against liberal attacks on our religious heritage.”"
LONG = ("\"As president, I'll end Obama's war on religion and I'll fight against liberal "
        "attacks on our religious heritage,\" the Texas governor continues.")
OTHER = "The governor spoke in Iowa on Wednesday about his new advertisement."


def _story(c_text: str, extra: int = 0) -> tuple[list, list[AlignedClaim], list[Claim]]:
    texts = {"a": SHORT, "b": SHORT, "c": c_text}
    articles = [text_article(x, t) for x, t in texts.items()]
    claims = [Claim(id=f"{x}:c0", article_id=x, sentence_index=0, text=t)
              for x, t in texts.items()]  # fmt: skip
    # sentences of the story that print the run too (it is the story's topic then)
    claims += [Claim(id=f"a:c{k}", article_id="a", sentence_index=k,
                     text="He vowed again: and I'll fight against liberal attacks on our "
                          "religious heritage.")
               for k in range(1, extra + 1)]  # fmt: skip
    shared = AlignedClaim(id="F1", status="shared", claims=claims[:2])
    alone = AlignedClaim(id="F2", status="unique", claims=[claims[2]])
    return articles, [shared, alone], claims


def _missing(c_text: str, extra: int = 0) -> list[str]:
    articles, facts, claims = _story(c_text, extra)
    probability = np.zeros((len(claims), len(claims)))  # the model sees nothing alike
    return [m["claim_id"] for m in omissions(articles, facts, stating(claims, probability))["c"]]


def test_quoted_runs_are_inside_the_marks_only() -> None:
    runs = quoted_runs(LONG)
    assert ("against", "liberal", "attacks") in runs
    assert ("the", "texas", "governor") not in runs


def test_an_outlet_quoting_the_same_rare_run_does_not_leave_it_out() -> None:
    assert _missing(LONG) == []


def test_an_outlet_without_the_quotation_still_leaves_it_out() -> None:
    assert _missing(OTHER) == ["F1"]


def test_a_run_the_story_keeps_printing_is_no_evidence() -> None:
    # a, b, c print it, and RUN_SENTENCES - 2 more sentences: one over the bar
    assert _missing(LONG, extra=RUN_SENTENCES - 2) == ["F1"]
    assert _missing(LONG, extra=RUN_SENTENCES - 3) == []
