"""Two "heard only" lines a reader could not defend (session 27 second pass, i14-read29,
compare/labels_voices), NeuS raw row 402 (John Warner's death): Fox News' "his longtime
chief of staff" was "heard only" in Fox though The Hill quotes "longtime chief of staff
Susan A. Magill"; CNN's "a former staff member" and "the former staff member" (one
source) were two voices, each "heard only"."""

from __future__ import annotations

import pytest

from newsprism.compare.labels_voices import first_mentions, title_head, titled_elsewhere
from newsprism.compare.story import analyze_story
from newsprism.eval import gold_article

CNN = ("Former Senator John Warner, who represented Virginia in the US Senate for three "
       "decades, has died, a former staff member told CNN. He was 94.\n\nWarner died "
       "peacefully on Tuesday evening of heart failure, surrounded by his wife Jeanne Warner "
       "and other family members, the former staff member said.")  # fmt: skip
HILL = ("Former GOP Sen. John Warner from Virginia has died. He was 94.\n\nThe Washington "
        "Post reported Wednesday that Warner’s Chief of Staff Carter Cornick announced the "
        "former senator’s death, and longtime chief of staff Susan A. Magill told The "
        "Associated Press that the former Navy secretary’s cause of death was heart failure."
        "\n\n“He was frail but had a lot of spirit until his last days,” Magill told the news "
        "agency.")  # fmt: skip
FOX = ("Former Sen. John W. Warner of Virginia, a former Navy secretary who was once married "
       "to Elizabeth Taylor, has died at 94, his longtime chief of staff said Wednesday.\n\n"
       "Warner died Tuesday of heart failure at home in Alexandria, Virginia, with his wife "
       "and daughter at his side, Susan A. Magill said.")  # fmt: skip


@pytest.mark.parametrize(("written", "head"), [
    ("longtime chief of staff Susan A. Magill", "chief"),
    ("Pentagon spokesman John Kirby", "spokesman"),
    ("Susan A. Magill", None),  # a bare name
    ("Warner’s Chief of Staff Carter Cornick", None),  # a capitalised title: the name's
])  # fmt: skip
def test_title_head(written: str, head: str | None) -> None:
    assert title_head(written) == head


def test_titled_elsewhere_needs_another_article_and_no_entity() -> None:
    written = [("hill", "longtime chief of staff Susan A. Magill"), ("fox", "Susan A. Magill")]
    assert titled_elsewhere(None, {"his longtime chief of staff"}, "fox", written)
    assert not titled_elsewhere(None, {"his longtime chief of staff"}, "hill", written)
    assert not titled_elsewhere("E4", {"his longtime chief of staff"}, "fox", written)
    assert not titled_elsewhere(None, {"a former staff member"}, "fox", written)  # "member"


def test_first_mentions_joins_the_to_a_in_one_article_only() -> None:
    voices = [("cnn", None, "a former staff member"), ("cnn", None, "the former staff member"),
              ("fox", None, "the former staff member"), ("cnn", None, "another official"),
              ("cnn", None, "the official")]  # fmt: skip
    assert first_mentions(voices) == {("cnn", "the former staff member"): "a former staff member"}


def test_row_402_voices_heard() -> None:
    analysis = analyze_story([gold_article("cnn", CNN, outlet="CNN"),
                              gold_article("hill", HILL, outlet="The Hill"),
                              gold_article("fox", FOX, outlet="Fox News")]).as_dict()
    ids = {a["outlet"]: a["id"] for a in analysis["articles"]}
    heard = {v["speaker"]: v for v in analysis["voices_heard"]}
    assert "the former staff member" not in heard, heard
    assert heard["a former staff member"]["counts"] == {ids["CNN"]: 2}
    assert heard["a former staff member"]["only"] == ids["CNN"]  # no one else's staff member
    chief = next(v for s, v in heard.items() if "chief of staff" in s)
    assert chief["only"] is None, heard


def test_a_description_that_names_its_source_is_not_matched_by_head() -> None:
    # r121: The Hill's Alabama figures and Fox's American Academy of Pediatrics figures
    written = [("fox", "the latest data from the American Academy of Pediatrics")]
    own = {"data from the Alabama Department of Public Health"}
    assert not titled_elsewhere(None, own, "hill", written)
    assert titled_elsewhere(None, {"the data"}, "hill", [("fox", "the latest data")])
