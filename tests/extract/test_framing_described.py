"""What someone calls a thing ("decried as inhumane", "called it a disgraceful
giveaway") is the caller's word, not the outlet's (session 21, second pass); an
attribution verb is never a loaded word. Sentences written for the test, parsed by the
shared pipeline and scored by the static detector, which flags "disgraceful" here (the
owner does not depend on the detector)."""

from __future__ import annotations

import pytest

from newsprism.extract.framing import _attribution_word, _without_attribution
from newsprism.extract.nlp import load_nlp
from tests.extract.owner_helpers import owner_of as _owner
from tests.extract.owner_helpers import static_detector  # noqa: F401 (autouse fixture)


@pytest.mark.parametrize(
    ("text", "owner"),
    [
        ("The rules that Senator John Smith decried as disgraceful stay.", "John Smith"),
        ("Senator John Smith dismissed the report as disgraceful nonsense.", "John Smith"),
        ("Senator John Smith called the plan a disgraceful giveaway.", "John Smith"),
        ("Senator John Smith called the plan disgraceful.", "John Smith"),
        ("The plan was branded as disgraceful by Senator John Smith.", "John Smith"),
        ("Senator John Smith, who described the plan as disgraceful, left.", "John Smith"),
        ("Other Democrats characterized the plan as disgraceful.", "Other Democrats"),
    ],
)
def test_the_name_given_is_the_callers_word(text: str, owner: str) -> None:
    assert _owner(text) == owner


@pytest.mark.parametrize(
    "text",
    [
        "The plan was described as disgraceful.",  # a passive with no one calling it so
        "He described the plan as disgraceful.",  # a bare pronoun: possibly the outlet
        "Senator John Smith called the disgraceful plan a giveaway.",  # the object, not its name
        "Senator John Smith left the disgraceful meeting as the vote began.",  # no naming verb
    ],
)
def test_no_named_caller_leaves_the_word_with_the_outlet(text: str) -> None:
    assert _owner(text) is None


@pytest.mark.parametrize(
    ("text", "word", "is_attribution"),
    [
        ("Another official corroborated the release of the migrants.", "corroborated", True),
        ("Then he cautioned that the plan could fail.", "cautioned", True),
        ("The senator quipped that the plan could fail.", "quipped", False),  # loaded: stays
        ("The agency released the migrants.", "released", False),
        ("It was one of the most ill-advised stunts in history.", "advised", False),
    ],
)
def test_an_attribution_verb_is_cut_from_a_flag(text: str, word: str, is_attribution: bool) -> None:
    doc = load_nlp()(text)
    i = next(t.i for t in doc if t.text == word)
    assert _attribution_word(doc[i], frozenset()) is is_attribution
    kept = _without_attribution(doc, (i, i + 2), frozenset())
    assert kept == ((i + 1, i + 2) if is_attribution else (i, i + 2))
    assert _without_attribution(doc, (i, i + 1), frozenset()) == (None if is_attribution
                                                                  else (i, i + 1))  # fmt: skip
