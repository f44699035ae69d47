"""compare/labels_unnamed.py (session 29, i14-read31): a described voice is not "heard
only" when another report quotes, under a speaker the extractor left unresolved, words
written with the same head noun. The real ``voices_heard``; quotes as compare passes
them (NeuS raw row 147's speakers, read in docs/eval-framing.md, "Session 29: read as a
user")."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from newsprism.compare import labels
from newsprism.compare.labels import voices_heard
from newsprism.compare.labels_unnamed import first_source, noun_head, unnamed_elsewhere

ARTICLES = [SimpleNamespace(id="axios"), SimpleNamespace(id="ap"), SimpleNamespace(id="newsmax")]


def _q(article: str, speaker: str | None, written: str, entity: str | None = None):
    return SimpleNamespace(article_id=article, speaker=speaker, speaker_entity_id=entity,
                           speaker_as_written=written, text="…")  # fmt: skip


def _only(quotes: list) -> dict[str, str | None]:
    return {r["speaker"]: r["only"] for r in voices_heard(ARTICLES, quotes)}


@pytest.mark.parametrize(
    ("written", "head"),
    [("the lawsuit", "suit"), ("The suit in federal court in Washington", "suit"),
     ("Seven Capitol Police officers", "officer"), ("a report in The New York Times", None),
     ("data from the Alabama Department of Public Health", None), ("he", None),
     ("they", None), ("President Joe Biden", None)],
)
def test_a_written_voices_head_noun(written: str, head: str | None) -> None:
    assert noun_head(written) == head


def test_only_the_first_preposition_names_a_source() -> None:
    assert not first_source("The suit in federal court in Washington")
    assert first_source("a report in The New York Times")


def test_the_officers_suit_quoted_unresolved_elsewhere_is_not_heard_only() -> None:
    """Axios: the officers, and "the lawsuit alleges" resolved to them; AP: "The suit in
    federal court in Washington alleges", no speaker. With the rule patched out the
    officers are "heard only" in Axios, as on main."""
    quotes = [_q("axios", "Seven Capitol Police officers", "Seven Capitol Police officers"),
              _q("axios", "Seven Capitol Police officers", "the lawsuit"),
              _q("ap", None, "The suit in federal court in Washington"),
              _q("newsmax", "New York Times", "The New York Times", "E6")]
    only = _only(quotes)
    assert only["Seven Capitol Police officers"] is None
    assert only["New York Times"] == "newsmax"  # a named voice: the rule does not apply
    original = labels.unnamed_elsewhere
    try:
        labels.unnamed_elsewhere = lambda *a: False
        assert _only(quotes)["Seven Capitol Police officers"] == "axios"
    finally:
        labels.unnamed_elsewhere = original


@pytest.mark.parametrize("other", ["he", "a report in The New York Times", "The judge"])
def test_a_pronoun_a_source_or_another_head_leaves_the_line(other: str) -> None:
    quotes = [_q("axios", "Seven Capitol Police officers", "the lawsuit"),
              _q("ap", None, other)]
    assert _only(quotes)["Seven Capitol Police officers"] == "axios"


def test_the_same_articles_unresolved_quote_does_not_count() -> None:
    assert not unnamed_elsewhere(None, ["the lawsuit"], "axios", [("axios", "The suit")])
    assert unnamed_elsewhere(None, ["the lawsuit"], "axios", [("ap", "The suit")])
    assert not unnamed_elsewhere("E1", ["the lawsuit"], "axios", [("ap", "The suit")])
