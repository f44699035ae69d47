"""Search by a source that is not an outlet: a web site or a file (issue 12, session 35).

The search page's filter listed outlets only, so a reader whose store holds uploaded files
or reports without an outlet could not narrow a search to one of them, though every page
names them ("448_left.txt", "example.org"). Such a name is not a column: it is read off
the address or the file path (:func:`newsprism.report._shared.source_name`), so the
articles it names are found here and handed to the search as ids.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from typing import Any

from newsprism.report._shared import source_name
from newsprism.store import Store
from newsprism.web.other_sources import other_sources


def source_names(store: Store) -> list[str]:
    """The names of the web sites and files articles with no outlet come from, as the
    outlets page lists them (most articles first)."""
    return [entry["source"] for entry in other_sources(store)]


def source_article_ids(store: Store, name: str) -> list[str]:
    """The ids of the articles with no outlet that ``name`` names (case-insensitive):
    empty when none does, so a search by an unknown source finds nothing."""
    wanted = name.strip().casefold()
    return [str(row["id"]) for row in store.sourceless_articles()
            if (source_name(row) or "").casefold() == wanted]  # fmt: skip


def source_facets(rows: Iterable[Mapping[str, Any]]) -> list[dict[str, Any]]:
    """The search's counts per web site or file (``source``, ``count``; most first, then
    by name) over the matches with no outlet (``SearchResults.sourceless``).

    The "By outlet" line counted outlets only, so a match in an uploaded file was in the
    total but under no name (session 36): each is counted under the name every other page
    gives it, the one ``source=`` filters by. A text with neither address nor file has no
    name to filter by and is left out of the counts (still in the total)."""
    counts = Counter(name for row in rows if (name := source_name(row)))
    return [{"source": name, "count": n}
            for name, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0].casefold()))]
