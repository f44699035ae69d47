"""Session 36 speaker rules (docs/eval-quotes.md, "Session 36"), each on a real parse.

- a cue after a quotation whose parse gave it a second subject after the marks: that
  subject speaks, :mod:`subject_after`; reported speech made only of that quotation's
  words goes, :mod:`same_words`;
- a person's name set off by a dash after a description, both parsed as subjects: the
  name speaks (``Subjects._split_apposition``);
- "the New York Times editorial board", whose "the" the parse hangs on "board", is the
  Times's (``org_in``).

Sentences written for the tests, in words unlike the gold's (gold/speakers-fresh36).
"""

from __future__ import annotations

from newsprism.extract.nlp import load_nlp
from newsprism.extract.quotes.org_in import org_in
from tests.extract.quote_helpers import quotes_of


def _over(text: str, words: str) -> list:
    start = text.index(words)
    return [q for q in quotes_of(text) if q.start <= start < q.end]


def test_a_second_subject_after_the_quotation_speaks() -> None:
    # before: unresolved (the subject step took "Nothing", before the quotation)
    text = ('Gov. Mark Dillon, R-Ohio, spoke after the ruling. Nothing the judge wrote '
            '"will stand on appeal," the Ohio governor said.')  # fmt: skip
    found = _over(text, "will stand")
    assert [q.speaker for q in found] == ["Mark Dillon"]


def test_the_relative_clause_keeps_no_second_quote_over_the_words() -> None:
    # before: a second quote over the marked words, read from "the governor said"
    text = ('Sen. Paula Kerr, D-Ore., spoke to reporters after the vote. Nothing the '
            'governor said "will calm the families in Salem," the Oregon senator said.')
    found = _over(text, "will calm")
    assert [q.speaker for q in found] == ["Paula Kerr"]


def test_a_name_set_off_by_dashes_after_a_description_speaks() -> None:
    # before: "a longtime Democratic strategist"
    text = ('A longtime Democratic strategist -- Paul Begala, who advised Bill Clinton -- '
            'said the plan "will not work in the Midwest."')  # fmt: skip
    found = _over(text, "will not work")
    assert [q.speaker for q in found] == ["Paul Begala"]


def test_the_editorial_board_is_the_papers() -> None:
    # before: unresolved, first mention and the later "the editorial board" alike
    text = ('The senator should be replaced, a stern headline from the New York Times '
            'editorial board reads.\n\n"He has lost the trust of the state," the editorial '
            'board writes.')  # fmt: skip
    found = _over(text, "He has lost")
    assert [q.speaker for q in found] == ["New York Times"]


def test_org_in_reads_the_name_past_its_article() -> None:
    doc = load_nlp()("The senator should be replaced, a stern headline from the New York "
                     "Times editorial board reads.")  # fmt: skip
    board = next(t for t in doc if t.text == "board")
    tokens = [t for t in doc[board.left_edge.i : board.i + 1]]
    found = org_in(list(doc.ents), lambda e: (e.start_char, e.end_char, e.text), tokens, board)
    assert found is not None and "New York Times" in found[0]


def test_a_subject_before_the_quotation_alone_still_refuses_the_cue() -> None:
    # "Critics said “…”" style: one subject, before the marks; no later subject to take
    text = 'The mayor said "the budget is balanced" on Tuesday, and the council agreed.'
    found = _over(text, "the budget")
    assert all(q.speaker != "council" for q in found)
