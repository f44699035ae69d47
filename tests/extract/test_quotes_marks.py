"""Step 1 of the quote extractor: quotation marks paired into quotations (marks.py).

:func:`find_quotations` is the project's one quotation finder: the quote extractor and
framing (scare and partial quotes) both read it, so these tests cover what each needs.
"""

from __future__ import annotations

import pytest

from newsprism.extract.quotes import find_quotations
from newsprism.extract.quotes.marks import counted_inside, quoted_spans


def contents(text: str) -> list[list[str]]:
    return [[text[a:b] for a, b in q.parts] for q in find_quotations(text)]


def test_find_quotations_pairs_marks() -> None:
    text = ('He said, "For example, “they haven’t,” he quoted." ‘Israel’ and Israel’s. '
            "‘Two words’ stay.")  # fmt: skip
    assert contents(text) == [
        ["For example, “they haven’t,” he quoted."],  # a quotation of another family inside
        ["Israel"],
        ["Two words"],
    ]


@pytest.mark.parametrize("text", [
    "“We will win the state,” Miller said.",
    '"We will win the state," Miller said.',
    "“We will win the state,\" Miller said.",  # typed and pasted marks mixed
    "''We will win the state,'' Miller said.",  # typewriter marks of some archives
    "«We will win the state», Miller said.",
])  # fmt: skip
def test_every_family_of_double_marks(text: str) -> None:
    [quotation] = find_quotations(text)
    assert [text[a:b] for a, b in quotation.parts] == ["We will win the state"]
    assert quotation.closed and not quotation.single
    assert text[quotation.start] in "“\"'«" and text[quotation.end - 1] in "”\"'»"


def test_apostrophes_are_never_quotation_marks() -> None:
    text = "Israel’s security, the States’ rejection, Israel's allies and the Joneses' car."
    assert find_quotations(text) == []


@pytest.mark.parametrize("text", ["US memo warns ‘Israel’ of damage.",
                                  "US memo warns 'Israel' of damage."])  # fmt: skip
def test_a_single_word_in_single_marks_is_found_for_framing(text: str) -> None:
    [quotation] = find_quotations(text)
    assert quotation.single and quotation.closed
    assert [text[a:b] for a, b in quotation.parts] == ["Israel"]


def test_a_quotation_runs_across_sentences() -> None:
    text = "He said: “We won. The count is over. Go home.” Then he left."
    assert contents(text) == [["We won. The count is over. Go home."]]


def test_an_open_quotation_continues_into_a_paragraph_that_opens_with_a_mark() -> None:
    text = "She said: “The first part goes on.\n\n“The second part ends it.”\n\nAfter."
    [quotation] = find_quotations(text)
    assert [text[a:b] for a, b in quotation.parts] == ["The first part goes on.",
                                                       "The second part ends it."]  # fmt: skip
    assert quotation.closed and len(quotation.regions) == 2


def test_an_open_quotation_ends_with_its_paragraph() -> None:
    text = "He said: “The captives are well.\n\nThe captives were freed."
    [quotation] = find_quotations(text)
    assert [text[a:b] for a, b in quotation.parts] == ["The captives are well."]
    assert not quotation.closed
    assert quotation.end == text.index("\n")


@pytest.mark.parametrize(("text", "regions"), [
    # what framing marks as the speaker's words, whatever the marks
    ('Hamas said "the captives will be freed" on Monday.', ['"the captives will be freed"']),
    ("Hamas said ‘the captives will be freed’ on Monday.", ["‘the captives will be freed’"]),
    ("Hamas said 'the captives will be freed' on Monday.", ["'the captives will be freed'"]),
    # scare quotes: a single word or a short name, in any marks
    ("US memo warns 'Israel' of reputational damage.", ["'Israel'"]),
    ('US memo warns "Israel" of reputational damage.', ['"Israel"']),
    ("US memo warns “Israel” of reputational damage.", ["“Israel”"]),
    ("Dwayne “The Rock” Johnson spoke.", ["“The Rock”"]),
    # partial quotes inside the writer's sentence, and a quoted sentence after them
    ('The plan is "utterly irresponsible," he said. "We will fight it," she said.',
     ['"utterly irresponsible,"', '"We will fight it,"']),
])  # fmt: skip
def test_the_quotations_framing_reads(text: str, regions: list[str]) -> None:
    found = [text[a:b] for q in find_quotations(text) for a, b in q.regions]
    assert found == regions


# --- quoted_spans: the in-sentence reading every compare reader shares (session 19) ---
# compare used to read marks three ways (a count of marks for the same-fact model's
# negated/modal and the conflict rules' doers, a regular expression for the frames, a
# third rule for the quotation veto); these are the shapes they read differently.


def spans(text: str) -> list[str]:
    return [text[a:b] for a, b in quoted_spans(text)]


@pytest.mark.parametrize(("text", "quoted"), [
    # straight marks read by what stands around them, not counted
    ('"We will win," Miller said, and "we will."', ['"We will win,"', '"we will."']),
    # curly marks
    ("“We will win,” Miller said.", ["“We will win,”"]),
    # typed and pasted marks mixed
    ("“We will win,\" Miller said.", ["“We will win,\""]),
])  # fmt: skip
def test_quoted_spans_of_one_sentence(text: str, quoted: list[str]) -> None:
    assert spans(text) == quoted


@pytest.mark.parametrize(("text", "quoted"), [
    # a sentence that opens with a closing mark continues a quotation from its start;
    # the narration after the mark is the writer's, and the marks after it pair anew
    ('They will lose," he said, "and we win."', ['They will lose,"', '"and we win."']),
    ("They will lose,” he said, adding that Obama spent “to get away.”",
     ["They will lose,”", "“to get away.”"]),
    ("I believe marriage is between a man and a woman,'' he told reporters.",
     ["I believe marriage is between a man and a woman,''"]),
])  # fmt: skip
def test_a_sentence_opening_with_a_closing_mark_continues_a_quotation(
        text: str, quoted: list[str]) -> None:  # fmt: skip
    assert spans(text) == quoted
    assert "he " not in "".join(spans(text))
    # read alone (not continued), nothing before the first mark is quoted
    assert all(a > 0 for a, _ in quoted_spans(text, continued=False))


def test_a_closing_mark_typed_for_an_opening_one_does_not_continue() -> None:
    text = "”We will win,” he said."
    assert spans(text) == ["”We will win,”"]


def test_nested_single_marks_stay_inside_their_quotation() -> None:
    text = ("“He told me, ‘You share my values,’ and then he left,” Ryan said. "
            "Ryan’s aide said ‘it was not over’ later.")  # fmt: skip
    assert spans(text) == ["“He told me, ‘You share my values,’ and then he left,”",
                           "‘it was not over’"]  # fmt: skip


@pytest.mark.parametrize("text", [
    "Obama's plan is \"bad,\" he said.",
    "Obama’s plan is “bad,” he said.",
    "The States’ rejection is “bad,” he said.",  # an apostrophe is never a closing mark
])  # fmt: skip
def test_apostrophes_neither_quote_nor_continue(text: str) -> None:
    assert [s.strip("\"“”,") for s in spans(text)] == ["bad"]


def test_a_quotation_left_open_can_be_left_out() -> None:
    # the conflict frames skip only closed quotations: a claim that relays a long quoted
    # report keeps its status words ("has already "been secretly indicted …")
    text = 'The Post reports that Grimm has already "been secretly indicted by a jury.'
    assert spans(text) == ['"been secretly indicted by a jury.']
    assert quoted_spans(text, unclosed=False) == ()
    assert spans('They will lose," he said.') == ['They will lose,"']
    assert quoted_spans('They will lose," he said.', unclosed=False) == ((0, 16),)


@pytest.mark.parametrize(("text", "word", "counted", "paired"), [
    # the same-fact model's fitted reading counts marks; the finder pairs them. They
    # differ on the narration after a straight mark that continues a quotation ...
    ('They will not lose," he said, and he did not.', "did", True, False),
    # ... and agree on curly marks and on a quotation opened in the sentence
    ("They will not lose,” he said, and he did not.", "did", False, False),
    ('Trump said, "I will not stop.', "will", True, True),
])  # fmt: skip
def test_the_fitted_count_beside_the_finder(text: str, word: str, counted: bool,
                                            paired: bool) -> None:  # fmt: skip
    at = text.index(word)
    assert counted_inside(text, at) is counted
    assert any(a <= at < b for a, b in quoted_spans(text)) is paired
