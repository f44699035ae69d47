"""A kind of thing's name (session 38): a flagged adjective that, with the noun right
after it, is a two-word noun WordNet lists only as a concrete kind of thing ("unleaded
gasoline") is no loaded word, in any voice; a figure on a thing's name ("red herring")
and a strongly listed adjective keep their flags. Sentences written for the test,
parsed by the shared pipeline; the framing step runs the default detector."""

from __future__ import annotations

import pytest

import newsprism.extract.framing.thing_names as thing_names
from newsprism.extract.framing import frame_text
from newsprism.extract.framing.fixed_pairs import plain_fixed_term
from newsprism.extract.framing.thing_names import names_a_thing
from newsprism.extract.nlp import load_nlp

GAS = ("A gallon of unleaded gasoline cost $3.04 on Monday, 16 cents more than a month "
       "ago, according to AAA.")  # fmt: skip


def _word(doc, text: str) -> int:
    return next(t.i for t in doc if t.text == text)


def test_the_table_lists_only_names_with_no_other_sense() -> None:
    table = thing_names.thing_names()
    assert ("unleaded", "gasoline") in table and ("crude", "oil") in table
    for figure in (("red", "herring"), ("silver", "bullet"), ("sacred", "cow"),
                   ("ivory", "tower"), ("double", "standard"), ("punitive", "damages")):
        assert figure not in table
    assert not any(a.startswith("#") for a, _ in table)


@pytest.mark.parametrize(
    ("text", "word", "plain"),
    [
        (GAS, "unleaded", True),
        ("Prices of crude oil fell again.", "crude", True),
        ("The claim was a red herring.", "red", False),  # a figure: not in the table
        ("Crude remarks followed the vote.", "Crude", False),  # no thing named
        ("The unleaded price rose.", "unleaded", False),  # its noun is not the name's
    ],
)
def test_an_adjective_naming_a_thing_is_plain(text: str, word: str, plain: bool) -> None:
    doc = load_nlp()(text)
    i = _word(doc, word)
    assert plain_fixed_term(doc, i, i + 1) is plain


def test_a_strongly_listed_adjective_and_the_switch_keep_the_flag(monkeypatch) -> None:
    doc = load_nlp()(GAS)
    token = doc[_word(doc, "unleaded")]
    assert names_a_thing(token, frozenset())
    assert not names_a_thing(token, frozenset({"unleaded"}))
    monkeypatch.setattr(thing_names, "THING_NAMES_RULE", False)
    assert not names_a_thing(token, frozenset())


def test_the_default_detector_does_not_flag_unleaded_gasoline_in_a_sources_words() -> None:
    result = frame_text(GAS)
    assert "unleaded" not in {w.span.text for w in result.loaded}
