"""compare lists only quotes that state something (issues 12 and 14, session 14).

"declared a state of emergency" is an act the outlet reports, not words anyone can be
quoted as saying: it stays a sentence of the story, and no quote or voice. Real parse,
real compare.
"""

from __future__ import annotations

from newsprism.compare.story import analyze_story
from newsprism.eval import gold_article


def test_a_cue_with_only_a_noun_phrase_is_no_quote_and_no_voice() -> None:
    first = gold_article("a", "Gov. Ron DeSantis on Thursday declared a state of emergency "
                         "in Miami-Dade County.\n\nMayor Daniella Levine Cava said the search "
                         "would go on through the night.", outlet="one")  # fmt: skip
    second = gold_article("b", "DeSantis announced that the state would pay for the "
                          "search.", outlet="two")  # fmt: skip
    story = analyze_story([first, second])
    texts = {q.text for q in story.quotes}
    assert "the search would go on through the night" in texts
    assert "the state would pay for the search" in texts
    assert not any(t.startswith("a state of emergency") for t in texts), texts
    assert [q.cue for q in story.quotes if q.article_id == first.id] == ["said"]
