"""A person described by an office of an institution is not the institution's voice
(compare/voices_office.py, session 36, i12-entities20)."""

from __future__ import annotations

import pytest

from newsprism.compare import voices_office
from newsprism.compare.labels import voices_heard
from newsprism.models import Quote
from tests.compare.conflict_helpers import text_article

TEXT = ("The Harbor Authority drug czar told reporters the port would reopen. "
        "A Harbor Authority spokesman said the fees stay.")


def _quotes() -> list[Quote]:
    return [Quote("q1", "a", "the port would reopen", "reported", "Harbor Authority", "E1",
                  speaker_as_written="The Harbor Authority drug czar",
                  speaker_resolved="organisation"),
            Quote("q2", "a", "the fees stay", "reported", "Harbor Authority", "E1",
                  speaker_as_written="A Harbor Authority spokesman",
                  speaker_resolved="organisation")]


def _rows() -> list[tuple[str, str | None, dict[str, int]]]:
    rows = voices_heard([text_article("a", TEXT), text_article("b", "No one spoke.")],
                        _quotes())
    return sorted((r["speaker"], r["entity_id"], r["counts"]) for r in rows)


def test_an_office_holder_is_a_described_voice_and_a_spokesman_the_body() -> None:
    assert _rows() == [("Harbor Authority", "E1", {"a": 1}),
                       ("the Harbor Authority drug czar", None, {"a": 1})]


def test_rule_off(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(voices_office, "VOICES_OFFICE_RULE", False)
    assert _rows() == [("Harbor Authority", "E1", {"a": 2})]


def test_data_or_a_possessive_stays_the_body() -> None:
    for written in ("Harbor Authority data", "the Harbor Authority's director"):
        q = Quote("q", "a", "x", "reported", "Harbor Authority", "E1",
                  speaker_as_written=written, speaker_resolved="organisation")
        assert voices_office.office_voice(q) is None
