"""Headline-only rows the tagger typed with nothing behind the type
(extract/headline_types.py, session 35): the rule on headline mentions, and its hook
in the headline step through a real parse."""

from __future__ import annotations

import pytest

from newsprism.extract import headline_types
from newsprism.extract.headline_names import _known_name
from newsprism.extract.headline_types import untyped_guess
from newsprism.models import Mention


def _guess(title: str, span: str, label: str) -> bool:
    start = title.index(span)
    mention = Mention("a", 0, span, label, start, start + len(span))
    return untyped_guess(mention, title, _known_name(span))


def test_a_lone_organisation_no_data_file_knows_gets_no_row() -> None:
    assert _guess("Novelist unfollowed by Vandermeer after the gala", "Vandermeer", "ORG")
    assert _guess("Ice storm to hit Midwest on Friday", "Midwest", "ORG")


def test_an_acronym_a_known_name_or_an_institution_after_the_stays() -> None:
    assert not _guess("Budget bill heads to FAA review", "FAA", "ORG")
    assert not _guess("Budget bill heads to Senate", "Senate", "ORG")
    assert not _guess("Budget bill sent to the Assembly", "Assembly", "ORG")
    assert not _guess("Novelist unfollowed by Vandermeer", "Vandermeer", "PERSON")
    assert not _guess("Ice storm to hit Winnipeg", "Winnipeg", "GPE")


def test_a_name_glued_to_a_disease_gets_no_row() -> None:
    assert _guess("Regulators clear Acme Ebola shots for adults", "Acme Ebola", "NORP")
    assert _guess("Zika Fund doubles its budget", "Zika Fund", "ORG")
    assert not _guess("Regulators clear Acme Health shots", "Acme Health", "ORG")


def test_rule_off(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(headline_types, "HEADLINE_TYPES_RULE", False)
    assert not _guess("Novelist unfollowed by Vandermeer", "Vandermeer", "ORG")
    assert not _guess("Regulators clear Acme Ebola shots", "Acme Ebola", "NORP")


def test_a_row_is_a_guess_only_when_every_mention_is() -> None:
    from newsprism.extract.headline_types import guessed_rows

    titles = {"a": "Novelist unfollowed by Vandermeer", "b": "Vandermeer joins the Vandermeer"}
    found = [Mention("a", 0, "Vandermeer", "ORG", 23, 33, "E1"),
             Mention("b", 0, "Vandermeer", "ORG", 0, 10, "E2"),
             Mention("b", 0, "Vandermeer", "ORG", 21, 31, "E2")]  # after "the": kept
    assert guessed_rows(found, titles, _known_name) == {"E1"}
