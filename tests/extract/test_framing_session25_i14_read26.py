"""Flags read as a user in session 25 (i14-read26), each kind with its own rule.
Real sentences, parsed by the shared pipeline with the real quote extractor.

- "claim" in its sense of claiming a right ("if they claimed a religious exemption",
  LGBTQ Nation, NeuS raw row 451) is no attribution verb; "claimed that …" still is;
- a public body's report ("…, short of lofty expectations, the Labor Department
  reported Friday", CNBC, NeuS raw row 376) leaves the sentence's judging words with
  the outlet; a newspaper's report keeps its own words (BASIL 2011, HuffPost on the WSJ);
- a group's name before "member" ("The "squad" member", Fox, NeuS raw row 450) is
  neither a scare quote nor a partial quote; "a "radical" member" still is quoted."""

from __future__ import annotations

from itertools import pairwise

import pytest

from newsprism.extract.framing import frame_text
from newsprism.extract.framing.quoting import Sources
from newsprism.extract.framing.reported import reported_speaker
from newsprism.extract.nlp import load_nlp
from newsprism.extract.quotes import extract_quotes

LGBTQ_NATION = ("The Biden administration has reversed a Trump-era policy that allowed "
                "healthcare providers to discriminate against LGBTQ people if they claimed "
                "a religious exemption.")  # fmt: skip
CNBC = ("Job creation disappointed again in May, with nonfarm payrolls up what normally "
        "would be considered a solid 559,000 but still short of lofty expectations, the "
        "Labor Department reported Friday.")  # fmt: skip
HUFFPOST = ("The Wall Street Journal reported Friday morning that AARP, one of the most "
            "influential lobbying groups in Washington, was softening its opposition to "
            "cutting retirement benefits.")  # fmt: skip
FOX = ("Democratic Missouri Rep. Cori Bush riled up her online critics on Thursday when she "
       "referred to women as \"birthing people\" during a congressional hearing.\n\n"
       "The \"squad\" member was heavily ridiculed after she spoke.")  # fmt: skip


@pytest.mark.parametrize(
    ("text", "verbs"),
    [
        (LGBTQ_NATION, {}),
        ("Trump has claimed executive privilege in seeking to evade the committee.", {}),
        ("The Times wrote that Trump had claimed a loss of $916 million in 1995.", {}),
        # a statement about an exemption: the clause opener ends the object's words
        ("The pastor claimed that the exemption was his by right.", {"claim": 1}),
        ("Belarus forced the plane to land, claiming a bomb threat.", {"claim": 1}),
    ],
)
def test_claiming_a_right_is_no_attribution(text: str, verbs: dict) -> None:
    assert frame_text(text, detector=False).as_dict()["attribution_verbs"] == verbs


def _owner(text: str, word: str) -> str | None:
    doc = load_nlp()(text)
    i = next(t.i for t in doc if t.lower_ == word)
    return reported_speaker(doc, i, i + 1, Sources(extract_quotes(doc)))


def test_a_public_bodys_report_leaves_the_judging_word_with_the_outlet() -> None:
    assert _owner(CNBC, "lofty") is None


def test_a_newspapers_report_keeps_its_words() -> None:
    assert _owner(HUFFPOST, "softening") == "Wall Street Journal"


def test_a_groups_name_before_member_is_not_quoted_words() -> None:
    frame = frame_text(FOX, detector=False).as_dict()
    assert frame["scare_quotes"] == []
    assert [s["text"] for s in frame["partial_quotes"]] == ['"birthing people"']
    other = frame_text("She is a \"radical\" member of the party.", detector=False).as_dict()
    quoted = [s["text"] for s in other["scare_quotes"] + other["partial_quotes"]]
    assert quoted == ['"radical"']


def test_a_compounds_pieces_make_one_flag() -> None:
    """An opinion column (NeuS raw row 467): "desperate" and "clicks" of
    "desperate-for-clicks" both widened to the compound and gave it twice, and
    "holier-than-thou" came again inside "holier-than-thou pundits pile". The shipped
    detector on the real sentence: no two flags overlap, each compound is flagged once."""
    text = ("In the current media environment where bitter social media mobs, "
            "desperate-for-clicks news outlets and holier-than-thou pundits pile on to "
            "criticize and make fun of the Gates, let me take a different stance.")  # fmt: skip
    words = sorted(frame_text(text).loaded, key=lambda w: w.span.start)
    assert all(a.span.end <= b.span.start for a, b in pairwise(words))
    flagged = [w.span.text for w in words]
    assert sum("desperate-for-clicks" in t for t in flagged) == 1
    assert sum("holier-than-thou" in t for t in flagged) == 1
