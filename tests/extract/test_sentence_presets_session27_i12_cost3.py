"""The sentence presets set before the parser (paragraphs, titles, no breaks) are read on
the tokens' strings and written in one array (session 27, i12-cost3): the same tokens as
the per-token rules, on real text, and the same refusal of a parsed Doc."""

from __future__ import annotations

import pytest
from spacy.attrs import SENT_START

from newsprism.extract.nlp import load_nlp, paragraph_starts
from newsprism.extract.sentence_breaks import break_blocked, preset_starts, starts_nothing

# web-shaped text: initials, clock times, state abbreviations, titles, odd spaces and
# paragraph breaks (the shapes each rule reads)
TEXTS = [
    "Fed Chairman Ben S. Bernanke said at 12:43 p.m. ET that rates would hold.\n\n"
    "Ariz. Gov. Jan Brewer signed the bill. Reps. Liz Cheney and George H. W. Bush spoke "
    "in the U.S. Senate on Jan. 6, and then\nleft. It was a Sunday. World War I. Then "
    "came the rest.",
    "He made the comments in Bakersfield, Calif. just as his fellow GOP lawmakers\u00a0"
    "are expected to vote.\n \nNo. 3 on the list: a Plan B. The mayor said so.",
    "“We will win,” Miller said. \n\n  \nThe crowd, about 1.4 million people, fled; "
    "officials (who declined to be named) said the U.K. The agenda is full.",
]


def _before_parser(text: str):
    """The Doc as the parser receives it: tokenizer, tok2vec and tagger only."""
    nlp = load_nlp()
    doc = nlp.make_doc(text)
    for name in ("tok2vec", "tagger"):
        doc = nlp.get_pipe(name)(doc)
    return doc


@pytest.mark.parametrize("text", TEXTS)
def test_break_blocked_is_starts_nothing_token_by_token(text: str) -> None:
    doc = _before_parser(text)
    expected = [t.i for t in doc if t.i and starts_nothing(t)]
    assert expected  # the text has tokens the rules block
    assert break_blocked(doc) == expected


@pytest.mark.parametrize("text", TEXTS)
def test_paragraph_starts_follow_every_line_break(text: str) -> None:
    doc = _before_parser(text)
    expected = [t.i for t in doc[1:] if "\n" in doc[t.i - 1].text
                or "\n" in doc[t.i - 1].whitespace_]  # fmt: skip
    assert expected
    assert paragraph_starts([t.text_with_ws for t in doc]) == expected


def test_preset_starts_writes_what_the_token_setter_writes() -> None:
    doc, other = _before_parser(TEXTS[0]), _before_parser(TEXTS[0])
    picked = [2, 5, 9]
    preset_starts(doc, picked, start=False)
    preset_starts(doc, [4], start=True)
    for i in picked:
        other[i].is_sent_start = False
    other[4].is_sent_start = True
    assert doc.to_array(SENT_START).tolist() == other.to_array(SENT_START).tolist()
    assert [doc[i].is_sent_start for i in (2, 4, 3)] == [False, True, None]


def test_preset_starts_refuses_a_parsed_doc_as_the_setter_does() -> None:
    doc = load_nlp()(TEXTS[1])
    with pytest.raises(ValueError):
        doc[3].is_sent_start = False
    with pytest.raises(ValueError):
        preset_starts(doc, [3], start=False)
    assert preset_starts(doc, [], start=False) is doc  # nothing to set: no error


def test_the_pipeline_still_keeps_a_title_and_an_initial_in_one_sentence() -> None:
    sentences = [s.text.strip() for s in load_nlp()(TEXTS[0]).sents]
    assert any(s.startswith("Ariz. Gov. Jan Brewer signed") for s in sentences)
    assert any("George H. W. Bush spoke" in s for s in sentences)


HEADED = ("Why it matters: The law is one of the most restrictive.\n\nThe big picture: "
          "Officials said the vote would come Friday.\n\nWhat they're saying: “We will "
          "win,” Miller said.\n\nTrump said: the plan fails.\n \nBetween the lines: more.")


def _headings_token_by_token(doc) -> list[tuple[int, int]]:
    """heading_spans as it read before session 27: every token asked."""
    from newsprism.extract.headings import _paragraph_start, heading_end

    spans = []
    for tok in doc:
        end = heading_end(doc, tok.i) if _paragraph_start(doc, tok.i) else None
        if end is not None:
            spans.append((tok.idx, doc[end].idx + 1))
    return spans


def test_heading_spans_found_at_paragraph_starts_once_per_doc() -> None:
    from newsprism.extract.headings import heading_spans

    doc = load_nlp()(HEADED)
    spans = heading_spans(doc)
    assert [HEADED[a:b] for a, b in spans] == [
        "Why it matters:", "The big picture:", "What they're saying:", "Between the lines:"]
    assert spans == _headings_token_by_token(doc)
    spans.append((0, 1))  # a caller's list is its own: the Doc's stays as found
    assert heading_spans(doc) == _headings_token_by_token(doc)
    assert heading_spans(load_nlp()("")) == []
