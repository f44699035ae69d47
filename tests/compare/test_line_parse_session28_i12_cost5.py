"""A line asked about twice within one summary is parsed once (session 28, issue 12),
and the answers are those of a fresh parse."""

from __future__ import annotations

from newsprism.compare.line_parse import parse_line, shared_parses, sharing_parses
from newsprism.compare.readable import unusable_reasons
from newsprism.extract.nlp import load_nlp

LINES = [
    "He said the talks would resume on Monday.",
    "The Senate passed the bill 52-48 after a long night of votes.",
    "“We will not back down,” Miller said.",
    "Many of them left the city before the storm.",
]


def _reading(doc: object) -> list[tuple[str, str, str, int, str]]:
    return [(t.text, t.tag_, t.dep_, t.head.i, t.ent_type_) for t in doc]  # type: ignore[attr-defined]


def test_one_parse_per_text_inside_the_block_the_same_as_a_fresh_one() -> None:
    nlp = load_nlp()
    with shared_parses():
        first = [parse_line(text) for text in LINES]
        again = [parse_line(text) for text in LINES]
    assert all(a is b for a, b in zip(first, again, strict=True))
    assert [_reading(d) for d in first] == [_reading(nlp(text)) for text in LINES]
    assert [[s.text for s in d.sents] for d in first] == [[s.text for s in nlp(t).sents]
                                                          for t in LINES]  # fmt: skip


def test_outside_the_block_every_call_parses_and_nothing_is_kept() -> None:
    with shared_parses():
        kept = parse_line(LINES[0])
    assert parse_line(LINES[0]) is not kept
    assert parse_line(LINES[0]) is not parse_line(LINES[0])


def test_the_readers_answer_the_same_with_shared_parses() -> None:
    earlier = ["The Senate passed the bill on Tuesday."]
    alone = [unusable_reasons(text, earlier, text, "") for text in LINES]

    @sharing_parses
    def twice() -> list[list[str]]:
        return [unusable_reasons(text, earlier, text, "") for text in LINES * 2]

    assert twice() == alone * 2
    assert alone[0] == ["pronoun"]  # the test reads something: "He" points back
