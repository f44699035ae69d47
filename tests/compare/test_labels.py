"""Label choice and voices across outlets, on a two-article story analysed for real."""

from __future__ import annotations

import pytest

from newsprism.compare.labels import mention_phrase
from newsprism.compare.story import analyze_story
from newsprism.eval import gold_article
from newsprism.extract.nlp import load_nlp

FOX = (
    "The group is funded by liberal billionaire George Soros, according to the filing.\n\n"
    "The Republican governor, Asa Hutchinson, signed the bill on Tuesday.\n\n"
    '"This is a good day for Arkansas," Hutchinson said.'
)
NYT = (
    "George Soros has given money to the group, the filing shows.\n\n"
    "Gov. Asa Hutchinson of Arkansas signed what proponents call the religious freedom bill.\n\n"
    '"The law will hurt gay people," said Rita Sklar, a civil rights lawyer.'
)


@pytest.fixture(scope="module")
def analysis() -> dict:
    articles = [gold_article("fox", FOX, outlet="Fox News"), gold_article("nyt", NYT, outlet="NYT")]
    return analyze_story(articles).as_dict()


def _ids(analysis: dict) -> dict[str, str]:
    return {a["outlet"]: a["id"] for a in analysis["articles"]}


def _row(analysis: dict, name: str) -> dict:
    (row,) = [r for r in analysis["label_choice"]["entities"] if r["name"] == name]
    return row


def test_each_outlets_words_for_the_same_person(analysis: dict) -> None:
    ids = _ids(analysis)
    soros = _row(analysis, "George Soros")["outlets"]
    fox = [label["text"] for label in soros[ids["Fox News"]]]
    assert fox == ["liberal billionaire George Soros"]
    assert soros[ids["Fox News"]][0]["descriptors"] == ["liberal", "billionaire"]
    assert [label["text"] for label in soros[ids["NYT"]]] == ["George Soros"]
    assert soros[ids["NYT"]][0]["descriptors"] == []
    fox_label = soros[ids["Fox News"]][0]
    assert fox_label["terms"] and fox_label["terms"][0]["neutral"]
    assert (
        analysis["articles"][0]["text"][
            fox_label["spans"][0]["start"] : fox_label["spans"][0]["end"]
        ]
        == fox_label["text"]
    )


def test_a_title_and_an_apposition_are_the_outlets_label(analysis: dict) -> None:
    ids = _ids(analysis)
    hutchinson = _row(analysis, "Asa Hutchinson")["outlets"]
    fox = [label["text"] for label in hutchinson[ids["Fox News"]]]
    assert any("Republican governor" in text for text in fox), fox
    nyt = [label["text"] for label in hutchinson[ids["NYT"]]]
    assert any(text.startswith("Gov. Asa Hutchinson") for text in nyt), nyt


def test_voices_heard_on_one_side_only(analysis: dict) -> None:
    ids = _ids(analysis)
    heard = {v["speaker"]: v for v in analysis["voices_heard"]}
    assert heard["Rita Sklar"]["only"] == ids["NYT"]
    assert heard["Asa Hutchinson"]["only"] == ids["Fox News"]


def test_the_hedge_is_in_the_framing_of_the_outlet_that_uses_it(analysis: dict) -> None:
    ids = _ids(analysis)
    hedges = [h["text"] for h in analysis["framing"][ids["NYT"]]["hedges"]]
    assert hedges == ["what proponents call"]
    assert analysis["framing"][ids["Fox News"]]["hedges"] == []


@pytest.mark.parametrize(
    ("text", "mention", "phrase"),
    [
        (
            "The talks included Israel's security minister Yoav Gallant on Monday.",
            "Yoav Gallant",
            "Israel's security minister Yoav Gallant",
        ),
        (
            "A ceasefire requires the Palestinian Resistance movement, Hamas, to agree.",
            "Hamas",
            "the Palestinian Resistance movement, Hamas",
        ),
        (
            "Yoav Gallant, Israel's defense minister, arrived in Washington.",
            "Yoav Gallant",
            "Yoav Gallant, Israel's defense minister",
        ),
    ],
)
def test_mention_phrase(text: str, mention: str, phrase: str) -> None:
    doc = load_nlp()(text)
    start = text.index(mention)
    found = mention_phrase(doc, start, start + len(mention))
    assert found is not None and text[found[0] : found[1]] == phrase
