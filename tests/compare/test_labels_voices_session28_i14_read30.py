""""Heard only" lines a reader could not defend (session 28, i14-read30,
compare/labels_voices): NeuS raw row 170 (the Taliban's first press conference: Axios's
"a Taliban spokesperson" and "The Taliban", each "heard only" in Axios, while the
National Review quotes "Taliban spokesman Zabihullah Mujahid"), row 183 (the Wall Street
Journal's "U.S. officials" and Fox News' "Pentagon officials", each "heard only") and
row 195 (CNBC's "the department's Bureau of Labor Statistics" and CNN's "the Bureau of
Labor Statistics", two voices, each "heard only")."""

from __future__ import annotations

import pytest

from newsprism.compare.labels_voices import (
    bare_name,
    description_head,
    modified_head,
    named_elsewhere,
    spoken_for,
    title_head,
    titled_elsewhere,
)
from newsprism.compare.story import analyze_story
from newsprism.eval import gold_article

AXIOS = ("In his first press conference from Kabul, a Taliban spokesperson said Tuesday the "
         "group would honor women's rights and an independent media, but within the "
         "\"frameworks\" of Islamic law.\n\nThe Taliban's swift takeover has renewed fears "
         "that the group will return to the brutal grip it ruled with in the 1990s.\n\nThe "
         "Taliban now insist they have changed, but will still rule Afghanistan within the "
         "norms of Islamic law.")  # fmt: skip
NR = ("Addressing the media at a press conference Tuesday in Kabul, Afghanistan’s capital, "
      "Taliban spokesman Zabihullah Mujahid promised that the country’s women would embrace "
      "sharia law.\n\n“Our women are Muslim, they will also be happy to be living within our "
      "framework of Sharia,” he said.")  # fmt: skip
WSJ = ("Before the current Taliban offensive, U.S. officials said they didn’t expect the "
       "takeover of any provincial capital until fall at the earliest.")  # fmt: skip
FOX = ("The Taliban seized three more Afghan provincial capitals on Wednesday.\n\n"
       "Pentagon officials told Fox News that the intelligence community updated its "
       "assessment.")  # fmt: skip


@pytest.mark.parametrize(("speaker", "head"), [
    ("a Taliban spokesperson", "spokesman"),
    ("a spokeswoman for the mayor", "spokesman"),
    ("two congresswomen", "congressman"),
    ("the spokespeople", "spokesman"),
    ("a former staff member", "member"),  # no title's gendered form
])  # fmt: skip
def test_one_head_for_a_titles_forms(speaker: str, head: str) -> None:
    assert description_head(speaker) == head
    assert title_head("Taliban spokesman Zabihullah Mujahid") == "spokesman"


@pytest.mark.parametrize(("written", "head"), [
    ("U.S. officials", "official"),
    ("Pentagon officials", "official"),
    ("Susan A. Magill", None),  # a name
    ("Senate Democrats", None),  # a name's words only
    ("officials", None),  # one word: description_head's
])  # fmt: skip
def test_modified_head(written: str, head: str | None) -> None:
    assert modified_head(written) == head


def test_titled_elsewhere_reads_a_capitalised_modifier() -> None:
    assert titled_elsewhere(None, {"U.S. officials"}, "wsj", [("fox", "Pentagon officials")])
    assert not titled_elsewhere(None, {"U.S. officials"}, "wsj", [("fox", "two sources")])
    assert not titled_elsewhere("E3", {"U.S. officials"}, "wsj", [("fox", "Pentagon officials")])


def test_spoken_for_needs_a_spokesman_of_that_name_in_another_article() -> None:
    written = [("nr", "Taliban spokesman Zabihullah Mujahid"), ("axios", "The Taliban")]
    assert spoken_for("Taliban", "E1", "axios", written)
    assert spoken_for("Taliban", "E1", "npr",
                      [("newsmax", "The spokesman for the Taliban's political office")])
    assert not spoken_for("Taliban", "E1", "nr", written)  # its own article
    assert not spoken_for("Taliban", None, "axios", written)  # no entity: a description
    assert not spoken_for("Taliban", "E1", "axios", [("nr", "a Taliban fighter")])
    assert not spoken_for("Biden", "E2", "wsj", [("fox", "Bidenomics spokesman Joe Smith")])


def test_bare_name_and_named_elsewhere() -> None:
    assert bare_name("department’s Bureau of Labor Statistics") == "Bureau of Labor Statistics"
    assert bare_name("Bureau of Labor Statistics") == "Bureau of Labor Statistics"
    assert bare_name("the Bureau") == "the Bureau"  # a determiner, no possessive
    voices = [("E6", "department’s Bureau of Labor Statistics", ["cnbc"]),
              ("E4", "Bureau of Labor Statistics", ["cnn"])]
    assert named_elsewhere("department’s Bureau of Labor Statistics", "cnbc", voices)
    assert named_elsewhere("Bureau of Labor Statistics", "cnn", voices)
    assert not named_elsewhere("Labor Department", "cnbc", voices)


def test_rows_170_and_183_voices_heard() -> None:
    analysis = analyze_story([gold_article("axios", AXIOS, outlet="Axios"),
                              gold_article("nr", NR, outlet="National Review"),
                              gold_article("wsj", WSJ, outlet="Wall Street Journal"),
                              gold_article("fox", FOX, outlet="Fox News")]).as_dict()
    heard = {v["speaker"]: v["only"] for v in analysis["voices_heard"]}
    assert heard.get("a Taliban spokesperson", "absent") is None, heard
    assert heard.get("Taliban", "absent") is None, heard
    assert heard.get("U.S. officials", "absent") is None, heard
    assert heard.get("Pentagon officials", "absent") is None, heard
    ids = {a["outlet"]: a["id"] for a in analysis["articles"]}
    # a named voice one article alone quotes keeps its line (the rules withhold, never join)
    assert heard.get("Zabihullah Mujahid") == ids["National Review"], heard
