"""A "possibly shared" fact is shown beside a sentence to check only when no veto of the
same-fact model other than the mood one rules that sentence out (issue 12, session 24;
docs/compare.md "Possibly shared partners (session 24)").

NeuS raw row 98 (AllSides 5705, Blinken before the Senate): Fox's "Like he did before
the House committee on Monday, Blinken's prepared opening remarks blamed the failures
… on others" was shown beside AP's "Blinken faced a second day of tough congressional
questions Tuesday …" (two names and four content words in common: the ``names`` test),
which says nothing of the blame; the pair's two days (Monday / Tuesday) veto it, at 0.
A statement beside a prospect of it (the mood veto) is still a sentence to check: row 112
(AllSides 5719), the New York Post's "The flight would mark the first large evacuation
flight …" beside AP's "Some 200 foreigners … left Afghanistan on a commercial flight …,
the first such large-scale departure …", which states it.

The story tests run the whole ``analyze_story`` on the three reports of each row as the
NeuS raw crawl gives them (``scripts/neus_raw_inputs.py``).
"""

from __future__ import annotations

from typing import Any

import pytest

from newsprism.compare.story import analyze_story
from newsprism.compare.unique import CHECK, CHECK_WORDS, TOPIC, worth_checking
from newsprism.eval import gold_article

# fmt: off
R98 = {
    'Axios': (
        'Secretary of State Antony Blinken testified Tuesday before the Senate Foreign '
        'Relations Committee, facing a second day of interrogation from Republican '
        "lawmakers highly critical of the Biden administration's withdrawal from "
        "Afghanistan.\n\nDriving the news:\xa0The committee's chair, the hawkish New Jersey "
        'Democrat Bob Menendez, pulled no punches in his opening statement, '
        'threatening to subpoena Defense Secretary Lloyd Austin and other Biden '
        'officials who decline to voluntarily appear before the committee.\n\n"Mr. '
        'Secretary, the execution of the U.S. withdrawal was clearly and fatally '
        'flawed," Menendez told Blinken.\n\nMenendez promised accountability for the...'),
    'AP Politics & Fact Check': (
        'Secretary of State Antony Blinken faced a second day of tough congressional '
        'questions Tuesday about the Biden administration’s much-criticized withdrawal '
        'from Afghanistan.\n\nTestifying before the Senate Foreign Relations Committee, '
        'Blinken sought to parry a new wave of bipartisan lawmaker anger over the '
        'operation that resulted in the complete takeover by the Taliban, and has left '
        'many American citizens, green card holders and at-risk Afghans stranded in '
        'the country.\n\nThe top two members of the committee, New Jersey Democrat Bob '
        'Menendez and Idaho Republican James Risch, both assailed the withdrawal as...'),
    'Fox News (Online News)': (
        'Secretary of State Antony Blinken is addressing lawmakers Tuesday in a second '
        'day of questioning about the U.S. withdrawal from\xa0Afghanistan, as he faces '
        'the\xa0Senate\xa0Foreign Relations Committee one day after appearing before members '
        "of the House.\n\nLike he did before the House committee on Monday, Blinken's "
        'prepared opening remarks blamed the failures and troubles in Afghanistan on '
        'others, while touting the efforts of the Biden administration to do what it '
        'could.\n\nBlinken blamed the Trump administration for making a deal with the '
        'Taliban that allowed them to gain strength and be...'),
}
R112 = {
    'Associated Press': (
        'Some 200 foreigners, including Americans, left Afghanistan on a commercial '
        'flight out of Kabul on Thursday, the first such large-scale departure since '
        'U.S. and other forces completed their frantic withdrawal over a week '
        'ago.\n\nThe Qatar Airways flight to Doha marked a breakthrough in the bumpy '
        'coordination between the U.S. and Afghanistan’s new Taliban rulers. A '
        'dayslong standoff over charter planes at another airport has left dozens of '
        'passengers stranded.\n\nA senior U.S. official, who spoke on condition of '
        'anonymity because he wasn’t authorized to talk to the media, provided...'),
    'CNN (Online News)': (
        'A commercial flight took off from Kabul airport on Thursday for the first '
        'time since the Taliban seized Afghanistan, hours after the militants cleared '
        'a group of Americans and other foreign nationals to leave the country.\n\nIt is '
        'unclear at this stage whether or how many Americans were on board the Qatar '
        'Airways flight, reported earlier to be bound for Doha, or the nationalities '
        'of the other passengers.\n\nA US official and a source with knowledge of the '
        'matter had earlier said the Taliban had cleared around 200 people, '
        'including...'),
    'New York Post (News)': (
        'About 200 Americans and other western foreigners are expected to be flown out '
        'of Kabul airport later Thursday on a Qatar Airways flight that delivered '
        'humanitarian aid to Afghanistan, US and Qatari officials said.\n\nThe flight '
        'would mark the first large evacuation flight of US citizens from Afghanistan '
        'since the last troops left the Taliban-run country just over a week ago.\n\nThe '
        'group of evacuees includes an undisclosed number of other western foreigners, '
        'two officials told the Associated Press.\n\nThe flight is expected to land in '
        'Doha later in the...'),
}
# fmt: on


def _story(texts: dict[str, str], day: str) -> dict[str, Any]:
    """The compare JSON of one NeuS row's reports, each under its outlet's name."""
    articles = [gold_article(f"neus:{outlet}", text, outlet=outlet, published_at=day)
                for outlet, text in texts.items()]  # fmt: skip
    return analyze_story(articles).as_dict()


def _fact(report: dict[str, Any], opening: str) -> dict[str, Any]:
    """The fact whose sentence opens with ``opening``."""
    [fact] = [f for f in report["claims"]
              if any(e["sentence"].startswith(opening) for e in f["evidence"])]
    return fact


def test_a_partner_two_days_veto_is_not_shown() -> None:
    """Row 98: Fox's Monday remarks are not confirmed as Fox's alone (still hedged), but
    AP's Tuesday lead is no longer shown beside them: a ``topic`` hedge."""
    fact = _fact(_story(R98, "2021-09-14"), "Like he did before the House committee")
    assert fact["status"] == "possibly_shared" and fact["hedge"] == TOPIC
    [ap] = [n for n in fact["near"] if n["sentence"].startswith("Secretary of State Antony "
                                                               "Blinken faced")]
    assert ap["why"] == "names" and ap["probability"] == 0.0 and "prospect" not in ap
    assert ap["shared_words"] >= CHECK_WORDS  # the session-22 rule alone would show it


def test_a_prospect_beside_the_event_is_still_shown() -> None:
    """Row 112: the Post's "would mark the first large evacuation flight" and AP's "left
    Afghanistan …, the first such large-scale departure": the mood veto gives 0, and the
    partner stays a sentence to check, marked ``prospect``."""
    fact = _fact(_story(R112, "2021-09-09"), "The flight would mark the first")
    assert fact["hedge"] == CHECK
    [ap] = [n for n in fact["near"] if n["sentence"].startswith("Some 200 foreigners")]
    assert ap["probability"] == 0.0 and ap["prospect"] is True


@pytest.mark.parametrize("why", ["names", "words"])
def test_a_lexical_hit_a_veto_zeroes_is_not_worth_checking(why: str) -> None:
    row = {"why": why, "probability": 0.0, "shared_words": CHECK_WORDS + 2}
    assert not worth_checking(row)
    assert worth_checking(row | {"probability": 0.0001})
    assert worth_checking(row | {"prospect": True})  # the mood veto alone
    # without the same-fact model every lexical hit is, as before session 22
    assert worth_checking(row, modelled=False)
    # a row without a probability (older JSON) is read as before
    assert worth_checking({k: v for k, v in row.items() if k != "probability"})


def test_a_figure_at_zero_stays_worth_checking() -> None:
    assert worth_checking({"why": "figure", "probability": 0.0, "shared_words": CHECK_WORDS})
