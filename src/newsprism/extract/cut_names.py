"""A name the crawl cut: the last words before a report's closing ellipsis (issue 12,
session 30).

Crawled leads and feed excerpts stop mid-sentence with "..." ("the senators are
referring to the John Lewis..."; "the Club..." for the Club for Growth). A name that runs
straight into that ellipsis may be the first words of a longer one (the John Lewis
Voting Rights Advancement Act, a bill, not the late congressman), and nothing in the
report says which. Precision first: such a mention is dropped unless the story names
the same thing elsewhere, where it is read whole. A name followed by a comma or a full
stop before the ellipsis ("He also put Jeffrey Zients,...") was written whole and is kept.
"""

from __future__ import annotations

import re

from newsprism.extract.titles import fold
from newsprism.models import Mention

_CUT_AFTER = re.compile(r"^(?:\.\.\.|…)\s*$")


def _words(name: str) -> set[str]:
    return {w for w in re.findall(r"[\w’'-]+", fold(name)) if len(w) > 2}


def drop_names_at_cut(mentions_by_article: dict[str, list[Mention]],
                      texts: dict[str, str]) -> None:
    """Drop a mention that ends the report on its ellipsis when no other mention in the
    story shares a word of it (a surname, an organisation's head): the only evidence of
    it is a name the crawl may have cut."""
    for article_id, mentions in mentions_by_article.items():
        text = texts[article_id]
        cut = [m for m in mentions if _CUT_AFTER.match(text[m.end :])]
        for m in cut:
            words = _words(m.text)
            others = (o for ms in mentions_by_article.values() for o in ms if o is not m)
            if not any(words & _words(o.text) for o in others):
                mentions.remove(m)
