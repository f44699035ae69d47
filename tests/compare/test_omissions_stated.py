"""An article is never said to leave out a fact that one of its own sentences states.

One event told by three outlets may be grouped as two facts (the NeuS payrolls story of
session 18's reading: A's two-fact sentence joined the rate, not the payrolls), so the
third outlet of each group was listed as omitting what its own lead says. The check that
reads the article's sentences (``stating``: the same-fact probability, whole sentence to
whole sentence, since session 22 at :data:`OMISSION_BAR`, below the grouping threshold)
now applies to every fact, not only to partly shared ones."""

from __future__ import annotations

import numpy as np

from newsprism.compare.align import AlignedClaim
from newsprism.compare.same_fact import load_same_fact_model
from newsprism.compare.stated import OMISSION_BAR, stating
from newsprism.compare.story import omissions
from newsprism.models import Claim
from tests.compare.conflict_helpers import text_article

PAYROLLS = "Nonfarm payrolls increased by 194,000 workers in September."
# C's own lead: another sentence, so that only the probability says whether C states F1
# (the same words would state it: compare/held_words.py, session 34)
RATE = "The unemployment rate fell to 4.8% in September."


def _story(probability_c_states: float) -> tuple[list, list[AlignedClaim], np.ndarray]:
    texts = {"a": PAYROLLS, "b": PAYROLLS, "c": RATE}
    articles = [text_article(x, t) for x, t in texts.items()]
    claims = [Claim(id=f"{x}:c0", article_id=x, sentence_index=0, text=t)
              for x, t in texts.items()]  # fmt: skip
    shared = AlignedClaim(id="F1", status="shared", claims=claims[:2])  # A and B
    alone = AlignedClaim(id="F2", status="unique", claims=claims[2:])  # C's own lead
    probability = np.zeros((3, 3))
    probability[0, 2] = probability[2, 0] = probability_c_states
    return articles, [shared, alone], probability


def test_a_shared_fact_is_no_omission_of_an_article_whose_sentence_states_it() -> None:
    threshold = load_same_fact_model().threshold
    articles, facts, probability = _story(threshold + 0.05)
    claims = [c for f in facts for c in f.claims]
    missing = omissions(articles, facts, stating(claims, probability))
    assert missing["c"] == []


def test_a_sentence_below_grouping_but_above_the_omission_bar_withholds_it() -> None:
    threshold = load_same_fact_model().threshold
    assert threshold > OMISSION_BAR
    articles, facts, probability = _story((OMISSION_BAR + threshold) / 2)
    claims = [c for f in facts for c in f.claims]
    assert omissions(articles, facts, stating(claims, probability))["c"] == []


def test_an_article_with_no_such_sentence_still_leaves_it_out() -> None:
    articles, facts, probability = _story(OMISSION_BAR - 0.02)
    claims = [c for f in facts for c in f.claims]
    missing = omissions(articles, facts, stating(claims, probability))
    assert [m["claim_id"] for m in missing["c"]] == ["F1"]
