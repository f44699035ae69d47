"""Session 37 (i12-reader37): no sentence starts after a writer's elision inside a
quotation when the words before it are no whole sentence (docs/eval-compare.md,
"Session 37: a reader's pass"). Through the real pipeline's parse."""

from __future__ import annotations

import pytest

from newsprism.extract import quoted_elisions
from newsprism.extract.nlp import load_nlp
from newsprism.extract.sentence_breaks import break_blocked, starts_nothing

CONDITION = ("“Unless the harbour reopens by March ... We will lose the whole season of "
             "fishing,” the mayor told the council on Monday. The council met again.")
LOWER = ("“We were only filming the old bridge... we are just students from the college,” "
         "the driver said. Police let them go.")
WHOLE = ("“I like this harbour town. ... The tourists laugh at us,” the mayor said. "
         "The council met again.")
OUTSIDE = "Unless the harbour reopens by March ... We will see. The council met again."


def _sentences(text: str) -> list[str]:
    return [s.text for s in load_nlp()(text).sents]


def test_condition_before_the_elision_is_not_a_sentence() -> None:
    assert _sentences(CONDITION)[0].endswith("the council on Monday.")


def test_lower_case_after_the_elision_goes_on() -> None:
    assert _sentences(LOWER)[0].endswith("the driver said.")


@pytest.mark.parametrize("text", [WHOLE, OUTSIDE])
def test_a_whole_sentence_or_no_quotation_is_left_to_the_parser(text: str) -> None:
    nlp = load_nlp()
    doc = nlp(text)
    assert not any(t.text in quoted_elisions.ELLIPSES and t.i + 1 < len(doc)
                   and t.i + 1 in break_blocked(doc) for t in doc)


def test_switch_off_gives_the_parser_its_start(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(quoted_elisions, "QUOTED_ELISION_RULE", False)
    doc = load_nlp().make_doc(CONDITION)
    assert not quoted_elisions.elision_blocked(
        CONDITION, [t.text for t in doc], lambda i: doc[i].idx,
        list(range(-1, len(doc) - 1)), [False] * len(doc))


@pytest.mark.parametrize("text", [CONDITION, LOWER, WHOLE, OUTSIDE])
def test_break_blocked_is_starts_nothing(text: str) -> None:
    doc = load_nlp()(text)
    assert break_blocked(doc) == [t.i for t in doc if t.i and starts_nothing(t)]
