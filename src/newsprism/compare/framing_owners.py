"""A loaded word's owner named as the story's entity, as the quote table names the speaker.

Why: the framing pass names the owner of a word in reported speech by the quote
extractor's own reading of the speaker (:func:`newsprism.extract.framing.reported.
reported_speaker`), before the story's entities are linked. Where the tagger splits a
name, that reading is a piece of it: "The U.S. Olympic and Paralympic Committee (USOPC)
said about 100 … remain unvaccinated" gave the loaded-words table "unvaccinated 0.58
(Paralympic Committee's)" while the quote table, over the same quote, names "USOPC"
(NeuS raw row 231, Fox; sessions 36–38). This renames such an owner to the linked
speaker of the article's quotes the extractor gave that name, when they all link to the
one entity; an owner no quote names (an accuser, a caller) or one whose quotes link to
two entities, or to none, is left as the framing pass wrote it. Switch ``LINKED_OWNER_RULE``.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from newsprism.extract.quotes import QuoteSpan
from newsprism.models import Quote

__all__ = ["LINKED_OWNER_RULE", "link_owners"]

LINKED_OWNER_RULE = True  # False: the framing pass's owner names, as before session 38


def _linked_names(article_id: str, spans: Sequence[QuoteSpan],
                  quotes: Sequence[Quote]) -> dict[str, str]:  # fmt: skip
    """The extractor's speaker name → the one linked entity name of its quotes."""
    linked = {(q.start, q.end): q for q in quotes if q.article_id == article_id}
    names: dict[str, set[str | None]] = {}
    for span in spans:
        raw = span.speaker or span.speaker_surface
        quote = linked.get((span.start, span.end))
        if raw and quote is not None:
            names.setdefault(raw, set()).add(quote.speaker if quote.speaker_entity_id else None)
    return {raw: next(iter(got)) for raw, got in names.items()
            if len(got) == 1 and None not in got and next(iter(got)) != raw}  # fmt: skip


def link_owners(frame: dict[str, Any], article_id: str, spans: Sequence[QuoteSpan],
                quotes: Sequence[Quote]) -> None:  # fmt: skip
    """Rename, in place, the owners of ``frame``'s loaded words (its ``as_dict()``) to
    the linked speakers of the article's quotes (the module docstring)."""
    if not LINKED_OWNER_RULE:
        return
    names = _linked_names(article_id, spans, quotes)
    for word in frame.get("loaded_words") or ():
        if word.get("speaker") in names:
            word["speaker"] = names[word["speaker"]]
