"""Shared by the tests of whose word a loaded word is (accused.py, described.py): the
static detector, which flags "disgraceful" in the test sentences, and the owner the
framing step gives the first flag holding a word."""

from __future__ import annotations

import pytest

from newsprism.extract.framing import frame_text


@pytest.fixture(autouse=True)
def static_detector(monkeypatch: pytest.MonkeyPatch) -> None:
    """The owner does not depend on the detector; the static one is fast and flags it."""
    monkeypatch.setenv("NEWSPRISM_FRAMING_MODEL", "static")


def owner_of(text: str, word: str = "disgraceful") -> str | None:
    """The speaker of the first loaded-word flag whose text holds ``word``."""
    return next(w.span.speaker for w in frame_text(text).loaded if word in w.span.text)
