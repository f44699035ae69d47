"""Session 29 (i12-summary8, compare/checkable.py): a summary repeat that adds a name,
figure, date or event clause is still a line (NeuS raw r95), and an outlet of the fact
whose sentence holds every checkable item of a line is cited under the model's bar
(r277, r459), never on names alone nor across a reversal."""

from __future__ import annotations

import numpy as np

from newsprism.compare import story, summary_repeats
from newsprism.compare.align import AlignedClaim
from newsprism.compare.checkable import adds, holds_all
from newsprism.compare.summary import summarize
from newsprism.compare.summary_repeats import said_before
from newsprism.models import Article, Claim

BBC = ("North Korea has fired two ballistic missiles across its east coast, South Korea's "
       "military says, its first ballistic missile test in six months.")
NBC = ("North Korea fired two ballistic missiles off its east coast Wednesday and South "
       "Korea said hours later that it had carried out a successful test of a "
       "submarine-launched ballistic missile.")
CNN = ("Job openings in the United States soared by nearly a million in April, setting a "
       "record for the most openings added in a month and the highest overall number since "
       "the Bureau of Labor Statistics started tracking the data in December 2000.")
EXAMINER = ("Job openings soared to a record high at the end of April, the Labor Department "
            "said Tuesday, adding to fears about unfulfilled demand for workers.")
WSJ = ("Initial unemployment claims, a proxy for layoffs, rose by 2,000 last week to a "
       "seasonally adjusted 373,000, the Labor Department said Thursday.")
ABC = ("Thursday's report from the Labor Department showed that jobless claims increased "
       "by 2,000 from the previous week to 373,000.")


def test_a_repeat_with_a_clause_of_its_own_adds_something() -> None:
    """r95: NBC's first clause is the BBC's; the South's SLBM test is in no other line."""
    assert adds(NBC, [BBC])
    # what the BBC line says, NBC's says too: no name, figure, date or clause of its own
    assert not adds("North Korea fired two ballistic missiles off its east coast.", [BBC])


def test_the_attribution_is_not_something_new() -> None:
    """r365: the Examiner's "the Labor Department said Tuesday" is its source and day,
    and "adding to fears …" has no subject of its own: a repeat of CNN's record."""
    assert not adds(EXAMINER, [CNN])
    assert adds(EXAMINER.replace("April", "May"), [CNN])  # another month is a new date


def test_a_sentence_that_holds_every_figure_holds_the_line() -> None:
    """r277: ABC holds the WSJ's 2,000 and 373,000 in other words."""
    assert holds_all(WSJ, ABC)
    assert not holds_all(WSJ, ABC.replace("373,000", "375,000"))
    # a line with no figure is held by nothing (names alone prove little)
    assert not holds_all("Democratic lawmakers trashed President Joe Biden's commission.",
                         "The far-left fumed over President Joe Biden's commission.")


def _claims() -> tuple[list[Article], list[Claim]]:
    articles, claims = [], []
    for aid, text in (("wsj", WSJ), ("abc", ABC), ("fox", "Jobless claims fell sharply.")):
        articles.append(Article(id=aid, content_hash=aid, source_path=f"{aid}.txt", text=text,
                                raw="", raw_format="text", outlet=aid.upper()))  # fmt: skip
        claims.append(Claim(f"{aid}:c0", aid, 0, text, start=0, end=len(text)))
    return articles, claims


def test_backing_holds_under_the_bar_only_from_the_sure_probability() -> None:
    _, claims = _claims()
    wsj, abc, _fox = claims
    for score, held in ((0.36, True), (0.1, False)):
        probability = np.full((3, 3), score)
        backs = story._backing(claims, probability, story.SUMMARY_BACKING)
        holds = story._holding(claims, probability)
        assert not backs(wsj, abc)  # under the citation bar
        assert holds(wsj, abc) is held
    reversed_abc = Claim("abc:c0", "abc", 0, ABC.replace("increased", "did not increase"))
    holds = story._holding([wsj, reversed_abc, _fox], np.full((3, 3), 0.36))
    assert not holds(wsj, reversed_abc)


def test_summarize_cites_the_outlet_that_holds_the_line() -> None:
    """Through ``summarize``: WSJ and ABC in one shared fact at 0.36 (r277); the line
    is cited to both, and with the switch off to its own outlet alone."""
    articles, claims = _claims()
    facts = [AlignedClaim("F1", "shared", claims[:2])]
    backs = story._backing(claims, np.full((3, 3), 0.36), story.SUMMARY_BACKING)
    holds = story._holding(claims, np.full((3, 3), 0.36))
    lines = summarize(articles, facts, backs=backs, holds=holds)
    assert lines[0]["article_ids"] == ["abc", "wsj"]
    story.LEXICAL_BACKING = False
    try:
        holds = story._holding(claims, np.full((3, 3), 0.36))
        assert len(summarize(articles, facts, backs=backs, holds=holds)[0]["article_ids"]) == 1
    finally:
        story.LEXICAL_BACKING = True


def test_said_before_keeps_a_repeat_that_adds() -> None:
    """r95 through ``said_before``: NBC's lead backs the BBC's (0.73) but adds a clause."""
    bbc, nbc = Claim("bbc:c0", "bbc", 0, BBC), Claim("nbc:c0", "nbc", 0, NBC)
    facts = [AlignedClaim("F1", "shared", [bbc]), AlignedClaim("F2", "shared", [nbc])]
    picked = [{"text": BBC, "claim_id": "F1", "status": "shared", "article_ids": ["bbc"],
               "claim_ids": ["bbc:c0"]}]  # fmt: skip
    line = {"text": NBC, "claim_id": "F2", "status": "shared", "article_ids": ["nbc"],
            "claim_ids": ["nbc:c0"]}  # fmt: skip
    assert not said_before(line, picked, facts, lambda a, b: True)
    summary_repeats.ADDS = False
    try:
        assert said_before(line, picked, facts, lambda a, b: True)
    finally:
        summary_repeats.ADDS = True
