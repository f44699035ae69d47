"""Quote speakers left by session 27 (i12-fixes35, i12-fixes33), session 28 (i12-fixes36):
a role noun roles.toml lacked ("The Manhattan jurist said", NeuS raw row 403, AP) and a
body named by a place modifier ("the U.S. military said", row 141; "The U.S. embassy in
Afghanistan had previously said", row 161), through the real parse; with the guards:
no holder named, a place before a noun that is no body, no epithet of a body."""

from __future__ import annotations

import pytest

AP = ("The dismissal came in a written ruling by U.S. District Judge Analisa Torres, who "
      "called it the “proper course.”\n\n"
      "The Manhattan jurist said it was not the practice of the region’s federal courts to "
      "remove a defendant from a case’s docket without resolving the indictment.")  # fmt: skip
MILITARY = ("Acting swiftly on President Joe Biden's promise to retaliate for the deadly "
            "suicide bombing at Kabul airport, the U.S. military said it used a drone strike "
            "to kill two members of the Islamic State group's Afghanistan affiliate.")  # fmt: skip
EMBASSY = ("“In these unique circumstances, we have no intention of seeking any "
           "reimbursement from those fleeing Afghanistan,” State Department spokesman Ned "
           "Price told several media outlets on Thursday.\n\n"
           "The U.S. embassy in Afghanistan had previously said it would seek reimbursement "
           "for the cost of evacuation flights.")  # fmt: skip


def test_jurist_is_the_judge_named_before(quotes_at) -> None:
    """AP r403: "The Manhattan jurist" is Judge Analisa Torres (a judge-group noun)."""
    quotes = quotes_at(AP, "it was not the practice")
    assert [(q.speaker, q.resolved) for q in quotes] == [("Analisa Torres", "role")]


def test_jurist_with_no_judge_named_is_described(quotes_at) -> None:
    """No judge in the article: the jurist is no one named, so shown as written (a
    place-qualified role, as "the Chicago mayor"), never "Manhattan"."""
    text = ("Prosecutors said the indictment should stand.\n\nThe Manhattan jurist said it "
            "was not the practice of the court to remove a defendant.")
    quotes = quotes_at(text, "it was not the practice")
    assert [(q.speaker, q.resolved) for q in quotes] == [("the Manhattan jurist", "description")]


def test_jurist_is_no_senator(quotes_at) -> None:
    """A jurist stands for a judge only: the senator named before is no jurist."""
    text = ("Sen. John Smith said the ruling was wrong.\n\nThe veteran jurist said the "
            "law was clear.")
    assert [q.speaker for q in quotes_at(text, "the law was clear")] == [None]


def test_body_named_by_a_place_is_described(quotes_at) -> None:
    """r141: "the U.S. military said" was "U.S." (session 27: unresolved)."""
    quotes = quotes_at(MILITARY, "it used a drone strike")
    assert [(q.speaker, q.resolved) for q in quotes] == [("the U.S. military", "description")]


def test_body_named_by_a_place_is_no_epithet_of_the_last_speaker(quotes_at) -> None:
    """r161: the embassy after Ned Price's quotation is the embassy, never Price (a
    description of a body is no epithet of the person quoted before)."""
    quotes = quotes_at(EMBASSY, "it would seek reimbursement")
    assert [q.speaker for q in quotes] == ["the U.S. embassy in Afghanistan"]
    assert [q.speaker for q in quotes_at(EMBASSY, "no intention")] == ["Ned Price"]


def test_place_before_a_noun_that_is_no_body_stays_unresolved(quotes_at) -> None:
    """BASIL 38f7cbb7: "the part of the U.S. code that says" is no body and no person."""
    text = ("He pointed to the U.S. code that says “the president shall faithfully execute "
            "the laws.”")
    quotes = quotes_at(text, "faithfully execute")
    assert quotes and "U.S." not in [q.speaker for q in quotes]
    assert "the U.S. code" not in [q.speaker for q in quotes]


@pytest.mark.parametrize(("text", "speaker"), [
    ("Magistrate Judge Bruce Reinhart unsealed the warrant.\n\nThe magistrate said the "
     "affidavit would stay sealed.", "Bruce Reinhart"),
    ("Imam Ahmed Khalil spoke at the mosque on Friday.\n\nThe cleric said the community "
     "would rebuild.", "Ahmed Khalil"),
])  # fmt: skip
def test_magistrate_and_cleric_are_role_nouns(quotes_at, text, speaker) -> None:
    """"magistrate" (judge group) and "cleric" (clergy group): the last holder named."""
    quotes = quotes_at(text, "would")
    assert [q.speaker for q in quotes] == [speaker]


FAUCI = ("Dr. Anthony Fauci says the U.S. won’t emerge from the COVID pandemic until next "
         "spring at the earliest.\n\nThe world-renowned infectious disease expert predicted "
         "the coming months will remain very difficult.")  # fmt: skip


def test_qualified_role_noun_with_no_holder_is_an_epithet(quotes_at) -> None:
    """r152: "The world-renowned infectious disease expert predicted" after Fauci spoke:
    no one is titled an expert, Fauci holds no role title: the epithet is his."""
    quotes = quotes_at(FAUCI, "the coming months")
    assert [(q.speaker, q.resolved) for q in quotes] == [("Anthony Fauci", "role")]


def test_epithet_of_a_role_noun_never_names_a_titled_person(quotes_at) -> None:
    """r329: "President-elect Ebrahim Raisi … the hardline cleric said": Raisi has an
    office of his own, so the cleric is not surely he: unresolved."""
    text = ("President-elect Ebrahim Raisi on Monday backed talks between Iran and six world "
            "powers.\n\nIn his first news conference, the hardline cleric said his priority "
            "would be improving ties with Iran's neighbours.")
    assert [q.speaker for q in quotes_at(text, "his priority")] == [None]


def test_bare_role_noun_is_no_epithet(quotes_at) -> None:
    """"The expert predicted" with no qualifier says too little: unresolved, as before."""
    text = ("Dr. Anthony Fauci says the pandemic is not over.\n\nThe expert predicted the "
            "coming months will remain very difficult.")
    assert [q.speaker for q in quotes_at(text, "the coming months")] == [None]
