"""More sides of a listed place disagreement (compare/place_sides.py, issue 12, session
33): a sentence of a side's article that places the same person's speech in that town
by its audience, in the same year, joins that side; nothing else does, and a place of
saying never makes a conflict of its own.

Each through the whole ``analyze_story`` on real parses, in words unlike the gold's.
"""

from __future__ import annotations

import pytest

from tests.compare.conflict_helpers import compare_texts, conflicts_of

STAMFORD = "Senator Maria Lopez spoke at a fundraiser in Stamford in 2019."
HARTFORD = "Senator Maria Lopez spoke at a fundraiser in Hartford in 2019."


def _place_conflict(*texts: str) -> dict:
    [conflict] = [c for c in conflicts_of(compare_texts(*texts)) if c["kind"] == "place"]
    return conflict


def _sentences(conflict: dict, value: str) -> list[str]:
    return [s["sentence"] for s in conflict["sides"] if s["value"] == value]


@pytest.mark.parametrize("told", [
    "“Taxes will fall,” Senator Maria Lopez said to the voters gathered in Stamford in May 2019.",
    "Senator Maria Lopez told a crowd in Stamford in May 2019 that taxes would fall.",
])
def test_the_speech_placed_by_its_audience_joins_its_articles_side(told: str) -> None:
    conflict = _place_conflict(f"{STAMFORD} {told}", HARTFORD)
    assert sorted(_sentences(conflict, "Stamford")) == sorted([STAMFORD, told])
    assert _sentences(conflict, "Hartford") == [HARTFORD]


def test_each_article_joins_its_own_side() -> None:
    told = ("Senator Maria Lopez said to the donors assembled in Hartford in 2019 that taxes "
            "would fall.")
    conflict = _place_conflict(STAMFORD, f"{HARTFORD} {told}")
    assert sorted(_sentences(conflict, "Hartford")) == sorted([HARTFORD, told])
    assert _sentences(conflict, "Stamford") == [STAMFORD]


@pytest.mark.parametrize("extra", [
    # the town is in what was said, not where it was said
    "Senator Maria Lopez said in 2019 that she had lived in Stamford for a decade.",
    # another year: another occasion
    "Senator Maria Lopez told the crowd gathered in Stamford in 2015 that taxes would fall.",
    # no year where the sides name one
    "Senator Maria Lopez told the crowd gathered in Stamford that taxes would fall.",
    # another speaker
    "Governor Tom Brady told the crowd gathered in Stamford in 2019 that taxes would fall.",
    # the town inside the quotation: the speaker's words
    "“I came to Stamford in 2019 to talk about taxes,” Senator Maria Lopez said.",
])
def test_other_sentences_stay_out(extra: str) -> None:
    conflict = _place_conflict(f"{STAMFORD} {extra}", HARTFORD)
    assert _sentences(conflict, "Stamford") == [STAMFORD]
    assert len(conflict["sides"]) == 2


@pytest.mark.parametrize(("first", "second"), [
    # a place of saying makes no conflict of its own
    ("Senator Maria Lopez told the crowd gathered in Stamford in 2019 that taxes would fall.",
     "Senator Maria Lopez told the crowd gathered in Hartford in 2019 that taxes would fall."),
    # both at one town: nothing to join
    (f"{STAMFORD} Senator Maria Lopez told the crowd gathered in Stamford in 2019 that "
     "taxes would fall.", STAMFORD),
])
def test_no_conflict_is_made(first: str, second: str) -> None:
    assert [c for c in conflicts_of(compare_texts(first, second)) if c["kind"] == "place"] == []
