"""Session 37 (i12-entities37): "Facebook and Instagram" is two organisations, not one."""

from __future__ import annotations

import pytest

from newsprism.extract.and_pairs import split_and_pairs
from tests.extract.test_place_heads import _m, _rows


def _split(text: str, name: str, others: tuple[tuple[str, str], ...],
           label: str = "ORG") -> list[tuple[str, str, int, int]]:
    mentions = {"a": [_m(name, text, label), *(_m(o, text, lab) for o, lab in others)]}
    split_and_pairs(mentions)
    return [(m.text, m.label, m.start, m.end) for m in mentions["a"]][:2]


def test_a_join_of_two_bodies_each_named_alone_is_split() -> None:
    text = "The ban from Facebook and Instagram was upheld, Facebook said of Instagram."
    got = _split(text, "Facebook and Instagram", (("Facebook said", "ORG"),
                                                   ("Instagram.", "ORG")))
    assert got[0][0] == "Facebook and Instagram"  # neither part alone: "Facebook said"
    got = _split(text, "Facebook and Instagram", (("Facebook", "ORG"), ("Instagram", "ORG")))
    at = text.index("Facebook and")
    assert got == [("Facebook", "ORG", at, at + 8),
                   ("Instagram", "ORG", text.index("Instagram"), text.index("Instagram") + 9)]


@pytest.mark.parametrize(("text", "name", "others"), [
    ("Merck & Co. and Merck said", "Merck & Co.", (("Merck", "ORG"),)),
    ("Fox & Friends aired it; Fox said", "Fox & Friends", (("Fox", "ORG"),)),
    ("Johnson & Johnson COVID-19 shot; Johnson said", "Johnson & Johnson COVID-19",
     (("Johnson", "ORG"),)),
    ("the House Oversight and Reform Committee; House Oversight; Reform Committee",
     "House Oversight and Reform Committee", (("House Oversight", "ORG"),
                                              ("Reform Committee", "ORG"))),
    ("Procter & Gamble said; Gamble Inc. did not.", "Procter & Gamble", ()),
    ("Johnson & Johnson and Johnson said", "Johnson & Johnson", (("Johnson", "ORG"),)),
    ("Ernst & Young hired Young.", "Ernst & Young", (("Young.", "PERSON"),)),
    ("the House Oversight and Reform Committee; House Oversight", "House Oversight and Reform "
     "Committee", (("House Oversight", "ORG"),)),
    ("the Department of Health and Human Services; Department of Health",
     "Department of Health and Human Services", (("Department of Health", "ORG"),)),
])
def test_one_body_named_with_and_stays_whole(text: str, name: str,
                                              others: tuple[tuple[str, str], ...]) -> None:
    assert _split(text, name, others)[0][0] == name


def test_a_person_pair_is_left_to_the_name_rules() -> None:
    text = "Bill and Melinda met Bill."
    assert _split(text, "Bill and Melinda", (("Bill.", "PERSON"),), "PERSON")[0][0] == (
        "Bill and Melinda")


def test_the_story_rows_hold_each_body_once() -> None:
    # NeuS raw row 465 (BBC, Newsmax), as the tagger reads it: the joined span in one
    # sentence, each body alone in another.
    rows = _rows({"a": "Donald Trump's ban from Facebook and Instagram has been upheld by "
                       "Facebook's Oversight Board. But it criticised the permanent nature "
                       "of the ban as beyond the scope of Facebook's normal penalties.",
                  "b": "The determination by the Board also applies to social app "
                       "Instagram, which is owned by Facebook."})
    assert "Facebook and Instagram" not in rows
    assert "Facebook" in rows
