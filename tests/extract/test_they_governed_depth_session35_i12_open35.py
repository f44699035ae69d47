"""A "they" under a plural speaker's cue is that speaker as the cue names it, a bare
plural the group test does not know included (extract/quotes/they_governed.governs,
session 35). Real parses, words unlike the gold's."""

from __future__ import annotations

import pytest

from newsprism.extract.quotes import they_governed
from tests.extract.quote_helpers import quotes_of

STORY = ("Skeptics of the tunnel plan say it costs too much. Boosters, including the "
         "regional chamber of commerce, have urged the council to approve the plan, "
         "although they say they dislike the new tolls.")


def _speaker(text: str, words: str) -> str | None:
    return next(q for q in quotes_of(text) if words in q.text).speaker


def test_a_bare_plural_cue_subject_speaks_for_its_they() -> None:
    assert _speaker(STORY, "dislike the new tolls") == _speaker(STORY, "approve the plan")
    assert _speaker(STORY, "dislike the new tolls") == "Boosters"


def test_a_they_with_no_cue_above_it_is_read_as_before() -> None:
    text = ("Boosters of the tunnel plan pressed the council on Monday. The vote was "
            "delayed, although they say nothing changed.")
    # the pronoun hangs on "delayed", no speech cue: the rule does not name it
    from newsprism.extract.nlp import load_nlp
    doc = load_nlp()(text)
    they = next(t for t in doc if t.lower_ == "they")
    boosters = next(t for t in doc if t.lower_ == "boosters")
    assert they_governed.governs(they, boosters, _Reader()) == 0


class _Reader:
    @staticmethod
    def speech_base(token):
        return "say" if token.lemma_ in ("say", "press", "urge") else None


def test_rule_off_leaves_the_bare_plural_unresolved(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(they_governed, "GOVERNED_DEPTH_RULE", False)
    assert _speaker(STORY, "dislike the new tolls") != "Boosters"
