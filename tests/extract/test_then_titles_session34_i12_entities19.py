"""A bare title beside a "then-" holder joins no one (session 34, i12-entities19).

Stories written for the tests (not the gold's): the real parse and linker."""

from __future__ import annotations

from newsprism.compare.story import _parse_articles, _story_entities
from newsprism.models import Article


def _roles_of(text: str, name: str) -> list[str]:
    """The role mentions (bare titles) the named person's row took."""
    article = Article(id="a0", content_hash="a0", source_path="a0.json", text=text, raw=text,
                      raw_format="json", title=None, language="en")
    story = _story_entities([article], _parse_articles([article]), set())
    (row,) = [e for e in story.entities if e.name == name]
    return [m.text for m in story.mentions if m.entity_id == row.id and m.label == "ROLE"]


def test_a_bare_title_joins_its_one_holder() -> None:
    assert _roles_of("President Jennifer Walsh signed the water bill on Monday. The bill "
                     "was weakened in committee, but the president said it would still "
                     "help farmers.", "Jennifer Walsh") == ["president"]


def test_a_then_holder_makes_a_bare_title_of_that_office_join_no_one() -> None:
    assert _roles_of("The dam was approved by then-President Jennifer Walsh in 2015. On "
                     "Monday the president said the reservoir would be drained for "
                     "repairs.", "Jennifer Walsh") == []


def test_a_then_holder_of_another_office_leaves_the_title_alone() -> None:
    text = ("The treaty was signed by then-Secretary of State Robert Hayes in 2015. "
            "President Jennifer Walsh flew to Rome on Monday, and the president said "
            "talks would resume.")
    assert _roles_of(text, "Jennifer Walsh") == ["president"]
    assert _roles_of(text, "Robert Hayes") == []
