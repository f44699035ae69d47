"""An accusation said through a relative "who" or a participle the parser hangs on a
copula is still the accuser's charge (session 38, NeuS raw row 37, New York Post:
"That was the urgent plea from whistleblower Frances Haugen, who blasted her
ex-employer …, accusing chief executive Mark Zuckerberg of having unchecked power").
Sentences written for the test, the static detector flagging "disgraceful"."""

from __future__ import annotations

import pytest

from tests.extract.owner_helpers import owner_of as _owner
from tests.extract.owner_helpers import static_detector  # noqa: F401 (autouse fixture)

SMEAR = "of running a disgraceful smear campaign"


@pytest.mark.parametrize(
    ("text", "owner"),
    [
        # the relative "who" is the accuser it hangs on
        (f"The plea came from Senator John Smith, who accused the governor {SMEAR}.",
         "John Smith"),
        # the participle is said of "lashed out", not of the copula "was"
        ("It was a sharp speech from Senator John Smith, who lashed out at the governor, "
         f"accusing him {SMEAR}.", "John Smith"),
    ],
)
def test_the_charge_through_who_is_the_accusers_word(text: str, owner: str) -> None:
    assert _owner(text) == owner


@pytest.mark.parametrize(
    "text",
    [
        # a copula with no action before the comma: no accuser
        f"It was a sharp speech, accusing the governor {SMEAR}.",
        # a bare pronoun reached through the action stays unresolved
        f"It was clear that he lashed out at the governor, accusing him {SMEAR}.",
    ],
)
def test_no_named_accuser_through_a_copula(text: str) -> None:
    assert _owner(text) is None


def test_past_an_and_the_charge_through_who_is_not_trusted() -> None:
    # BASIL 2010 (NYT) parses "… who accused it of trying to bribe a congressman and deep
    # consternation among Democrats" with "consternation" inside the charge
    text = ("The plan drew criticism from Senator John Smith, who accused the governor of "
            "lying to voters and a disgraceful silence from the mayor.")
    assert _owner(text, "lying") == "John Smith"
    assert _owner(text) is None
