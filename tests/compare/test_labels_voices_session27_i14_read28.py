"""A described voice is not "heard only" in one outlet when another outlet quotes a
described voice of the same head noun (session 27, i14-read28, compare/labels_voices).
NeuS raw row 434: the New York Times' "a group of 18 scientists" and Reuters' "a group
of leading scientists" (the same letter's signatories) were each heard on one side
only."""

from __future__ import annotations

import pytest

from newsprism.compare.labels_voices import description_head, heard_elsewhere
from newsprism.compare.story import analyze_story
from newsprism.eval import gold_article

NYT = ("A group of 18 scientists stated Thursday in a letter published in the journal Science "
       "that there is not enough evidence to decide whether a natural origin or an "
       "accidental laboratory leak caused the Covid-19 pandemic.\n\nThey argued, as the U.S. "
       "government and other countries have, for a new investigation to explore where the "
       "virus came from.")  # fmt: skip
REUTERS = ("The origin of the novel coronavirus is still unclear and the theory that it was "
           "caused by a laboratory leak needs to be taken seriously until there is a rigorous "
           "data-led investigation that proves it wrong, a group of leading scientists said."
           "\n\nCOVID-19, which emerged in China in late 2019, has killed 3.34 million people."
           "\n\n\"We need a proper investigation,\" said Ravindra Gupta, a professor at the "
           "University of Cambridge.")  # fmt: skip


@pytest.mark.parametrize(("speaker", "head"), [
    ("a group of 18 scientists", "scientist"),  # a collective: its members speak
    ("leading scientists", "scientist"),
    ("the organizers of the letter", "organizer"),
    ("one Wall Street analyst", "analyst"),
    ("officials familiar with the matter", "official"),
    ("John Kerry", None),  # a name
    ("the White House", None),  # a name's word
])  # fmt: skip
def test_description_head(speaker: str, head: str | None) -> None:
    assert description_head(speaker) == head


def test_a_named_voice_is_never_heard_elsewhere_by_its_head() -> None:
    voices = [(None, "a reporter", ["a"]), ("E1", "Laura Italiano", ["b"])]
    assert not heard_elsewhere("Laura Italiano", "E1", "b", voices)
    assert not heard_elsewhere("a reporter", None, "a", voices)  # no other reporter
    voices.append((None, "two reporters", ["b"]))
    assert heard_elsewhere("a reporter", None, "a", voices)


def test_row_434_the_scientists_are_heard_on_both_sides() -> None:
    analysis = analyze_story([gold_article("nyt", NYT, outlet="New York Times"),
                              gold_article("reuters", REUTERS, outlet="Reuters")]).as_dict()
    ids = {a["outlet"]: a["id"] for a in analysis["articles"]}
    heard = {v["speaker"]: v for v in analysis["voices_heard"]}
    assert heard["a group of 18 scientists"]["only"] is None, heard
    assert heard["a group of leading scientists"]["only"] is None, heard
    gupta = next(v for s, v in heard.items() if "Gupta" in s)
    assert gupta["only"] == ids["Reuters"]  # a named voice one outlet alone quotes
