"""Session 22: a party-state tag after a lawmaker's name is no entity row (issue 12).

Sentences of NeuS raw reports (rows 26, 185, 225, 304 right/center; docs/eval-compare.md,
"Session 22: party-state tags") run through the real spaCy parser and ``find_mentions``.
"""

from __future__ import annotations

import pytest

from newsprism.extract.entities import find_mentions
from newsprism.extract.nlp import load_nlp


def _mentions(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.label) for m in find_mentions(load_nlp()(text), "a")]


@pytest.mark.parametrize(("text", "person"), [
    ("Senate majority leader Chuck Schumer (D., N.Y.) railed against Republicans.",
     "Chuck Schumer"),
    ("The vote split along party lines, with Senator Mike Rounds (R., S.D.) absent.",
     "Mike Rounds"),
    ("Sen. Brian Schatz (D., Hawaii) said Monday a deal was near.", "Brian Schatz"),
    ("Sen. Kyrsten Sinema (D., Ariz.) said the bill would pass.", "Kyrsten Sinema"),
    ("Rep. Nancy Mace (R, S.C.) spoke on the floor.", "Nancy Mace"),
])
def test_a_stop_or_comma_party_tag_gives_no_row(text: str, person: str) -> None:
    found = _mentions(text)
    assert (person, "PERSON") in found
    inside = text[text.index("(") + 1 : text.index(")")]
    assert not [n for n, _ in found if n.rstrip(".") in inside]  # no "D", no "N.Y."


def test_a_dash_tag_still_gives_no_row() -> None:
    assert [n for n, _ in _mentions("Rep. Chip Roy (R-Texas) voted against it.")] == ["Chip Roy"]


def test_a_bracketed_state_alone_stays_a_place() -> None:
    # "(R.I.)" is a state, not a party letter and a state: the rule leaves it.
    names = [n for n, _ in _mentions("He flew from Providence (R.I.) to Hartford (Conn.) today.")]
    assert "Providence" in names


def test_a_state_outside_a_tag_stays_a_place() -> None:
    found = _mentions("Sen. Brian Schatz (D., Hawaii) flew home to Hawaii on Monday.")
    assert ("Hawaii", "GPE") in found
    assert ("D", "NORP") not in found


@pytest.mark.parametrize("text", [
    "The Texas law, also known as Senate Bill 8, bans abortions after six weeks.",
    "From the moment S.B. 8 went into effect, women have fled the state.",
    "The Super Bowl Host Committee came out against SB 1062, stating its concern.",
])
def test_a_numbered_bill_gives_no_row(text: str) -> None:
    names = [n for n, _ in _mentions(text)]
    assert not [n for n in names if n in ("Senate", "Bill 8", "S.B. 8", "SB 1062")]


def test_a_person_named_bill_and_the_senate_stay() -> None:
    found = _mentions("Bill Clinton told the Senate that 8 senators agreed.")
    assert ("Bill Clinton", "PERSON") in found
    assert any(n == "Senate" for n, _ in found)
