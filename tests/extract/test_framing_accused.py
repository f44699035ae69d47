"""What someone is accused of is the accuser's word, not the outlet's (session 21).
Sentences written for the test, parsed by the shared pipeline and scored by the static
detector, which flags "disgraceful" here (the owner does not depend on the detector)."""

from __future__ import annotations

import pytest

from newsprism.extract.framing.accused import accusation_verb
from newsprism.extract.nlp import load_nlp
from tests.extract.owner_helpers import owner_of as _owner
from tests.extract.owner_helpers import static_detector  # noqa: F401 (autouse fixture)

SMEAR = "of running a disgraceful smear campaign"


@pytest.mark.parametrize(
    ("text", "owner"),
    [
        (f"Senator John Smith accused the governor {SMEAR}.", "John Smith"),
        (f"The governor was accused by Senator John Smith {SMEAR}.", "John Smith"),
        (f"Other Democrats accused the governor {SMEAR}.", "Other Democrats"),
        (f"Senator John Smith lashed out, accusing the governor {SMEAR}.", "John Smith"),
        # the accusation is itself reported: its reporter owns it
        (f"Senator John Smith said he meant to accuse the governor {SMEAR}.", "John Smith"),
    ],
)
def test_the_charge_is_the_accusers_word(text: str, owner: str) -> None:
    assert _owner(text) == owner


@pytest.mark.parametrize(
    "text",
    [
        f"The governor was accused {SMEAR}.",  # no accuser named
        f"He accused the governor {SMEAR}.",  # a bare pronoun, nothing resolved
        "The governor, accused in May, is running a disgraceful smear campaign.",
    ],
)
def test_no_named_accuser_leaves_the_word_with_the_outlet(text: str) -> None:
    assert _owner(text) is None


def test_an_of_after_another_verb_is_not_the_accusations() -> None:
    doc = load_nlp()("Smith accused the governor and wrote of a disgraceful campaign.")
    i = next(t.i for t in doc if t.text == "disgraceful")
    assert accusation_verb(doc, i) is None
    doc = load_nlp()("Smith accused the governor, but not his aides, of a disgraceful lie.")
    i = next(t.i for t in doc if t.text == "disgraceful")
    assert accusation_verb(doc, i) is not None and accusation_verb(doc, i).lemma_ == "accuse"
