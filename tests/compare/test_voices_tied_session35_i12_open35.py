"""One person, one voice: a description an article ties to a name it quotes counts as
that name in ``voices_heard`` (compare/voices_tied.py, session 35)."""

from __future__ import annotations

import pytest

from newsprism.compare import voices_tied
from newsprism.compare.labels import voices_heard
from newsprism.compare.voices_tied import ties
from newsprism.models import Quote
from tests.compare.conflict_helpers import text_article

AFTER = ("The ferry will stop on Sunday, according to the port's safety director, "
         "Dr. Ilse Varga. Some crews will be exempt, Varga said.")
BEFORE = ("The ferry will stop on Sunday, said Ilse Varga, the port's safety director. "
          "Some crews will be exempt, Varga said.")
APART = ("The ferry will stop on Sunday, according to the port's safety director. "
         "Some crews will be exempt, said Ilse Varga, who runs the fishing cooperative.")


def test_an_apposition_ties_either_order() -> None:
    assert ties(AFTER, "the port's safety director", "Ilse Varga")
    assert ties(BEFORE, "the port's safety director", "Ilse Varga")


def test_no_apposition_no_tie() -> None:
    assert not ties(APART, "the port's safety director", "Ilse Varga")
    assert not ties(AFTER, "the port's safety director", "Oskar Lind")


def _quotes(article: str) -> list[Quote]:
    return [Quote("q1", article, "The ferry will stop on Sunday", "reported",
                  "the port's safety director"),
            Quote("q2", article, "Some crews will be exempt", "reported", "Ilse Varga", "E1")]


@pytest.mark.parametrize("text", [AFTER, BEFORE])
def test_one_person_counts_once(text: str) -> None:
    rows = voices_heard([text_article("a", text), text_article("b", "No one spoke.")],
                        _quotes("a"))
    assert [(r["speaker"], r["counts"]) for r in rows] == [("Ilse Varga", {"a": 2})]


def test_two_people_stay_two() -> None:
    rows = voices_heard([text_article("a", APART), text_article("b", "No one spoke.")],
                        _quotes("a"))
    assert sorted(r["speaker"] for r in rows) == ["Ilse Varga", "the port's safety director"]


def test_rule_off(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(voices_tied, "VOICES_TIED_RULE", False)
    rows = voices_heard([text_article("a", AFTER), text_article("b", "No one spoke.")],
                        _quotes("a"))
    assert len(rows) == 2
