"""Quotation marks that pair wrongly read paragraph by paragraph (marks step):

- a passage opened with one mark, run over paragraphs that do not reopen with a mark and
  closed by one mark at the end of a later paragraph (``block_quote.py``);
- two opening marks side by side before a word (``""We …``), read as one.
"""

from __future__ import annotations

import pytest

from newsprism.extract.quotes import find_quotations
from newsprism.extract.quotes.block_quote import MAX_PARAGRAPHS


def contents(text: str) -> list[list[str]]:
    return [[text[a:b] for a, b in q.parts] for q in find_quotations(text)]


@pytest.mark.parametrize("open_, close", [("“", "”"), ('"', '"'), ("“", '"'), ("«", "»")])
def test_a_block_quotation_runs_on_to_its_lone_closing_mark(open_: str, close: str) -> None:
    text = (f"The council posted this notice:\n\n{open_}Pools close at noon on Friday.\n\n"
            f"Lifeguards will be retrained over the weekend.\n\nWe regret the trouble.{close}"
            "\n\nThe notice drew few replies.")
    quotations = find_quotations(text)
    assert [[text[a:b] for a, b in q.parts] for q in quotations] == [[
        "Pools close at noon on Friday.", "Lifeguards will be retrained over the weekend.",
        "We regret the trouble."]]
    assert quotations[0].closed
    assert text[quotations[0].end - 1] == close


def test_a_paragraph_with_marks_of_its_own_stops_the_run() -> None:
    text = ('The mayor wrote: "Parking stays free until May.\n\n'
            'Her aide called it "a small gift" to shops.\n\nThe fee returns in June."')
    assert contents(text)[0] == ["Parking stays free until May."]
    assert ["a small gift"] in contents(text)


def test_a_closing_mark_inside_a_paragraph_does_not_end_a_run() -> None:
    text = ('The union wrote: "Talks stalled at dawn.\n\n'
            'Nobody expected a deal, the chief said." Then the talks resumed.')
    assert contents(text) == [["Talks stalled at dawn."]]


def test_no_run_past_the_paragraph_limit() -> None:
    middle = "\n\n".join(f"Paragraph {n} of the reporter's own words."
                         for n in range(MAX_PARAGRAPHS))
    text = f'A fan wrote: "What a night it was.\n\n{middle}\n\nSee you next year."'
    assert contents(text) == [["What a night it was."]]


def test_no_run_when_an_outer_quotation_was_left_unpaired() -> None:
    # the letter opens, quotes “a nested phrase” and then a third mark opens: the lone
    # closing mark two paragraphs on may close the letter rather than the inner one
    text = ("The senator's letter read: “We never said “rates will fall” and the board "
            "has called the plan “a gamble with savings.\n\nIt is nothing of the kind.”")
    found = contents(text)
    assert ["It is nothing of the kind."] not in found
    assert all(len(parts) == 1 for parts in found)


def test_the_next_paragraph_opening_with_a_mark_still_continues_as_before() -> None:
    text = '"The bridge is safe.\n\n"It will reopen Monday," the engineer said.'
    assert contents(text) == [["The bridge is safe.", "It will reopen Monday"]]


@pytest.mark.parametrize("marks", ['""', "““"])
def test_two_opening_marks_side_by_side_read_as_one(marks: str) -> None:
    text = f'From the court filing:\n\n{marks}Our client paid in full," the lawyer said. "Twice."'
    assert contents(text)[:2] == [["Our client paid in full"], ["Twice."]]


def test_marks_of_two_families_side_by_side_are_a_nested_quotation() -> None:
    # a straight mark then a curly one: a quotation opening with a nested one, not a
    # doubled mark; the outer quotation keeps its words
    text = 'The memo read, "“Done” was all the clerk wrote," and it was filed.'
    assert contents(text) == [["“Done” was all the clerk wrote"]]
