"""An article longer than spaCy's limit is analysed up to a cap, not refused."""

from __future__ import annotations

from newsprism.compare.story import ANALYSIS_MAX_CHARS, analyze_story
from newsprism.models import Article


def _article(article_id: str, text: str) -> Article:
    return Article(id=article_id, content_hash=article_id, source_path=f"{article_id}.txt",
                   text=text, raw=text, raw_format="text")  # fmt: skip


def test_text_over_a_million_characters_is_compared() -> None:
    sentence = "The council approved the budget of 40 million dollars on Monday. "
    long_text = sentence * (1_000_001 // len(sentence) + 1)
    assert len(long_text) > 1_000_000 > ANALYSIS_MAX_CHARS
    analysis = analyze_story([_article("a", long_text), _article("b", sentence * 3)])
    claims = [c for f in analysis.facts for c in f.claims]
    assert claims and all(c.end <= ANALYSIS_MAX_CHARS for c in claims if c.article_id == "a")
