"""Session 31 (issue 14): a flag inside what a ruling or a document holds ("a judge's
ruling that the council had disgracefully ignored the tenants") is the ruling's word,
not the outlet's; a relative clause, a belief and the outlet's own clause stay the
outlet's. Sentences written for the test, through the real parse and the default
detector."""

from __future__ import annotations

import pytest

from newsprism.extract.framing import frame_text, rulings
from newsprism.extract.nlp import load_nlp

HELD = [
    ("The board appealed a state judge’s ruling that the council had disgracefully "
     "ignored the tenants.", "disgracefully", "state judge’s ruling"),
    ("The inspector’s report that the mayor recklessly squandered the fund was published "
     "on Friday.", "recklessly squandered", "inspector’s report"),
]


def _owners(text: str) -> dict[str, str | None]:
    return {w.span.text: w.span.speaker for w in frame_text(text).loaded}


@pytest.mark.parametrize(("text", "word", "owner"), HELD)
def test_a_rulings_content_clause_is_the_rulings_word(text: str, word: str, owner: str) -> None:
    assert _owners(text)[word] == owner


@pytest.mark.parametrize(("text", "word", "owner"), HELD)
def test_without_the_rule_the_outlet_owns_it(monkeypatch: pytest.MonkeyPatch, text: str,
                                            word: str, owner: str) -> None:
    import newsprism.extract.framing as framing

    monkeypatch.setattr(framing, "ruling_owner", lambda doc, a: None)
    assert _owners(text)[word] is None


def test_the_outlets_own_clause_stays_the_outlets() -> None:
    text = "The council disgracefully ignored the tenants, and the ruling that followed was brief."
    assert _owners(text)["disgracefully"] is None


@pytest.mark.parametrize(("text", "word"), [
    ("Voters rejected the ruling that upheld the outrageous ban.", "outrageous"),  # relative
    ("The fear that the mayor was corrupt spread across the town.", "corrupt"),  # a belief
    ("The news that the mayor was corrupt spread across the town.", "corrupt"),  # a fact
])
def test_no_ruling_no_owner(text: str, word: str) -> None:
    doc = load_nlp()(text)
    i = next(t.i for t in doc if t.text == word)
    assert rulings.ruling_owner(doc, i) is None


@pytest.mark.parametrize("text", [
    "Residents say the council ignored a report that the mayor recklessly squandered the fund.",
    "The council, which they say ignored an audit that the mayor recklessly squandered "
    "the fund, met on Monday.",
])
def test_a_ruling_inside_someones_statement_is_not_the_owner(text: str) -> None:
    doc = load_nlp()(text)
    i = next(t.i for t in doc if t.text == "recklessly")
    assert rulings.ruling_owner(doc, i) is None


@pytest.mark.parametrize("text", [
    "There were also reports that the council was recklessly squandering the fund.",
    "A report that the council was recklessly squandering the fund circulated on Monday.",
])
def test_a_document_nobody_owns_is_no_owner(text: str) -> None:
    doc = load_nlp()(text)
    i = next(t.i for t in doc if t.text == "recklessly")
    assert rulings.ruling_owner(doc, i) is None
