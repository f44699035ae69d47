"""compare/voices_anonymous.py (session 36, i14-reader36): people written so as not to be
named ("two people familiar with the plan") are an unnamed source, never "heard only";
a described person without such words ("a senior official") is left to the head-noun
rules. Sentences and names written for these tests."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from newsprism.compare import voices_anonymous
from newsprism.compare.labels import voices_heard
from newsprism.compare.voices_anonymous import anonymous_people

ARTICLES = [SimpleNamespace(id="a"), SimpleNamespace(id="b")]


def _q(article: str, speaker: str, entity: str | None = None):
    return SimpleNamespace(article_id=article, speaker=speaker, speaker_entity_id=entity,
                           speaker_as_written=speaker, text="…")  # fmt: skip


def _rows(quotes):
    return {r["speaker"]: (r["only"], r.get("unnamed_source"))
            for r in voices_heard(ARTICLES, quotes)}  # fmt: skip


@pytest.mark.parametrize(("speaker", "anonymous"), [
    ("two people familiar with the plan", True),
    ("a person with knowledge of the talks", True),
    ("officials briefed on the inquiry", True),
    ("three aides close to the governor", True),
    ("a ferry official who spoke on condition of anonymity", True),
    ("an employee who asked not to be named", True),
    ("an anonymous official", True),
    ("unnamed staffers", True),
    ("a senior harbor official", False),  # a kind of person, not a withheld name
    ("officials", False),
    ("leading scientists", False),
    ("the ferry captain", False),
    ("Democrats close to the vote", False),  # no person noun: a party's members
])
def test_anonymous_people(speaker: str, anonymous: bool) -> None:
    assert anonymous_people(speaker) is anonymous


def test_people_not_named_are_an_unnamed_source_never_heard_only() -> None:
    quotes = [_q("a", "two people familiar with the plan"), _q("b", "a ferry captain")]
    assert _rows(quotes) == {"two people familiar with the plan": (None, True),
                             "a ferry captain": ("b", None)}  # fmt: skip


def test_without_the_rule_they_were_heard_only(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(voices_anonymous, "VOICES_ANONYMOUS_RULE", False)
    quotes = [_q("a", "two people familiar with the plan"), _q("b", "a ferry captain")]
    assert _rows(quotes)["two people familiar with the plan"] == ("a", None)


def test_a_linked_entity_is_a_name() -> None:
    quotes = [_q("a", "a person close to the governor", "E1"), _q("b", "a ferry captain")]
    assert _rows(quotes)["a person close to the governor"] == ("a", None)


def test_the_quote_extractor_writes_the_voice_so() -> None:
    """Through the real parse and quote extractor: the speaker as written is the
    described people, which the rule then reads."""
    from newsprism.extract.nlp import load_nlp
    from newsprism.extract.quotes import extract_quotes

    doc = load_nlp()("The harbor board has hired a new ferry operator, according to two "
                     "people familiar with the decision.")
    written = [q.speaker_surface or q.speaker for q in extract_quotes(doc)]
    assert "two people familiar with the decision" in written
    assert anonymous_people("two people familiar with the decision")
