"""Party labels in the forms the session-27 reader missed (session 28, i12-labels9):
the Journal's "(D., Hawaii)", "(R, S.C.)" and the Times's ", Democrat of Vermont,", read
by ``party_tag_after`` for both its users, the speaker rules and compare's label check;
a dotted state ("(R.I.)", ", D.C. on Monday,") is never a party.

Sentences are written for these tests in the shapes counted by
scripts/party_label_forms.py, not copied from a gold story; stories go through the
whole ``analyze_story``.
"""

from __future__ import annotations

import pytest

from newsprism.compare.story import analyze_story
from newsprism.eval import gold_article
from newsprism.extract.quotes.party_label import party_tag_after
from tests.compare.conflict_helpers import compare_texts, conflicts_of, values_of


def _after(text: str, name: str):  # type: ignore[no-untyped-def]
    return party_tag_after(text, text.index(name) + len(name))


@pytest.mark.parametrize(("text", "party", "state"), [
    ("Sen. Brian Schatz (D., Hawaii) said Monday.", "D", "Hawaii"),
    ("Senator Mike Rounds (R., S.D.) was absent.", "R", "S.D."),
    ("Rep. Nancy Mace (R, S.C.) voted no.", "R", "S.C."),
    ("Representative Peter Welch, Democrat of Vermont, signed it.", "D", "Vermont"),
    ("Senator Mitch McConnell, Republican of Kentucky and the minority leader, spoke.",
     "R", "Kentucky"),
    ("Sen. Olympia Snowe, a Republican from Maine, said so.", "R", "Maine"),
    ("Sen. John Cornyn (R-Texas) did not.", "R", "Texas"),
    ("Gov. Doug Ducey (R) spoke.", "R", None),
])  # fmt: skip
def test_each_form_gives_party_and_state(text: str, party: str, state: str | None) -> None:
    name = text.split(" (")[0].split(",")[0].split(" ", 1)[1]
    tag = _after(text, name)
    assert tag is not None and (tag.party, tag.state) == (party, state)


@pytest.mark.parametrize(("text", "name"), [
    ("Sens. Sheldon Whitehouse (R.I.) and Chris Coons (Del.) wrote.", "Sheldon Whitehouse"),
    ("He met the mayor of Washington, D.C., on Friday.", "Washington"),
    ("Lawmakers aim to fly to Washington, D.C. on Monday, aides said.", "Washington"),
    ("The panel heard John Smith, R., Jones, and others.", "John Smith"),
    ("Jo Roe, a Democrat from the city, said so.", "Jo Roe"),
    ("Jo Roe, Democrat of the year, said so.", "Jo Roe"),
])  # fmt: skip
def test_no_party_without_a_label(text: str, name: str) -> None:
    assert _after(text, name) is None


def test_the_journals_label_against_another_party_is_a_label_conflict() -> None:
    report = compare_texts(
        "Sen. Rand Paul (R., Ky.) questioned the health official on Tuesday.",
        "Sen. Rand Paul (D-Ky.) questioned the health official on Tuesday.",
    )
    assert [values_of(c) for c in conflicts_of(report) if c["kind"] == "label"] == [
        {"(R., Ky.)", "(D-Ky.)"}]


def test_the_times_label_agreeing_with_a_tag_is_no_conflict() -> None:
    report = compare_texts(
        "Senator Bob Corker, Republican of Tennessee, said on Sunday that he would vote no.",
        "Sen. Bob Corker (R-Tenn.) said on Sunday that he would vote no.",
    )
    assert [c for c in conflicts_of(report) if c["kind"] == "label"] == []


def test_a_dotted_state_against_a_tag_is_no_conflict() -> None:
    report = compare_texts(
        "Sen. Sheldon Whitehouse (R.I.) wrote a letter to the FBI director on Wednesday.",
        "Sen. Sheldon Whitehouse, D-R.I., wrote a letter to the FBI director on Wednesday.",
    )
    assert [c for c in conflicts_of(report) if c["kind"] == "label"] == []


QUOTE = "It is hard to argue that this will last"


@pytest.mark.parametrize(("intro", "speaker"), [
    ("Sen. Brian Schatz (D., Hawaii) said Monday the plan would go ahead.", "Brian Schatz"),
    ("Sen. Rand Paul (R., Ky.) spoke first. Sen. Brian Schatz (D., Hawaii) said Monday the "
     "plan would go ahead.", "Brian Schatz"),
    ("Sen. Brian Schatz (D., Hawaii) spoke first. Sen. Rand Paul (R., Ky.) said Monday the "
     "plan would go ahead.", "Brian Schatz"),
])  # fmt: skip
def test_the_democrat_is_the_one_the_label_names(intro: str, speaker: str) -> None:
    """NeuS raw row 225's shape: "The Democrat argued" after a Journal label. The party
    of a bracketed tag joins the person's title, so the role rule finds the Democrat,
    and never the Republican named last."""
    text = f"{intro} The Democrat argued that voters would wait.\n\n\"{QUOTE},\" he added."
    quotes = analyze_story([gold_article("a", text, outlet="wsj")]).quotes
    said = next(q for q in quotes if "voters would wait" in q.text)
    assert said.speaker == speaker


def test_no_democrat_named_leaves_the_democrat_unresolved() -> None:
    text = ("Sen. Rand Paul (R., Ky.) said Monday the plan would fail. The Democrat argued "
            "that voters would wait.")
    quotes = analyze_story([gold_article("a", text, outlet="wsj")]).quotes
    said = [q for q in quotes if "voters would wait" in q.text]
    assert all(q.speaker != "Rand Paul" for q in said)
