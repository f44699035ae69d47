"""compare/voices_same_person.py (session 31, i14-read): two written names that may be
one person's ("Theodore R. Banks III" and "Rob Banks": a middle initial and a given
name) are not each "heard only"; two different full given names, or a body's name, are
left alone. The real ``voices_heard``; names written for the test."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from newsprism.compare import labels_voices
from newsprism.compare.labels import voices_heard
from newsprism.compare.voices_same_person import may_be_one_person

ARTICLES = [SimpleNamespace(id="a"), SimpleNamespace(id="b")]


def _q(article: str, speaker: str, entity: str):
    return SimpleNamespace(article_id=article, speaker=speaker, speaker_entity_id=entity,
                           speaker_as_written=speaker, text="…")  # fmt: skip


@pytest.mark.parametrize(("first", "second", "same"), [
    ("Theodore R. Banks III", "Robert Banks", True),
    ("Mary Jo Banks", "Mary Banks", True),
    ("M. Banks", "Mary Banks", True),
    ("Mary Banks", "Helen Banks", False),  # two full given names
    ("Banks", "Mary Banks", False),  # one part: no given name to compare
    ("Mary Banks", "Mary Banks", False),  # the same written name: bare_name's case
    ("Ohio State University", "Kent State University", False),  # no given name first
    ("Mary Banks", "Mary Hill", False),
])
def test_may_be_one_person(first: str, second: str, same: bool) -> None:
    assert may_be_one_person(first, second) is same


def test_two_forms_of_one_name_are_not_each_heard_only() -> None:
    quotes = [_q("a", "Theodore R. Banks III", "E1"), _q("b", "Robert Banks", "E2")]
    only = {r["speaker"]: r["only"] for r in voices_heard(ARTICLES, quotes)}
    assert only == {"Theodore R. Banks III": None, "Robert Banks": None}


def test_without_the_rule_each_was_heard_only(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(labels_voices, "may_be_one_person", lambda a, b: False)
    quotes = [_q("a", "Theodore R. Banks III", "E1"), _q("b", "Robert Banks", "E2")]
    only = {r["speaker"]: r["only"] for r in voices_heard(ARTICLES, quotes)}
    assert only == {"Theodore R. Banks III": "a", "Robert Banks": "b"}


def test_two_people_of_one_family_stay_heard_only() -> None:
    quotes = [_q("a", "Mary Banks", "E1"), _q("b", "Helen Banks", "E2")]
    only = {r["speaker"]: r["only"] for r in voices_heard(ARTICLES, quotes)}
    assert only == {"Mary Banks": "a", "Helen Banks": "b"}
