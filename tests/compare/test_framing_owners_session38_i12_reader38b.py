"""Session 38 (i12-reader38b): a loaded word's owner in reported speech is named as the
quote table names the speaker, the story's entity, not the tagger's piece of a name
("unvaccinated (Paralympic Committee's)" beside the quote's "USOPC", NeuS raw row 231)."""

from __future__ import annotations

import pytest

from newsprism.compare import framing_owners
from newsprism.compare.story import (
    _frame_articles,
    _parse_articles,
    _story_entities,
    _story_quotes,
)
from newsprism.eval import gold_article

FOX = ("The U.S. Olympic and Paralympic Committee (USOPC) said about 100 of the 613 U.S. "
       "athletes in Tokyo for the Olympics remain unvaccinated. USOPC medical director Dr. "
       "Jonathan Finnoff said 567 athletes have filled out their health histories.")


def _owners(text: str) -> list[tuple[str, str | None]]:
    arts = [gold_article("fox", text, outlet="Fox News")]
    docs = _parse_articles(arts)
    spans, quotes = _story_quotes(docs, _story_entities(arts, docs, set()), lambda _s: None)
    frame = _frame_articles(arts, docs, spans, quotes)[arts[0].id]
    return [(w["text"], w.get("speaker")) for w in frame["loaded_words"]]


def test_the_owner_is_the_linked_speaker() -> None:
    assert ("unvaccinated", "USOPC") in _owners(FOX)


def test_switched_off_the_framing_pass_name_stays(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(framing_owners, "LINKED_OWNER_RULE", False)
    assert ("unvaccinated", "Paralympic Committee") in _owners(FOX)
