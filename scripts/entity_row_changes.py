"""Entity rows of NeuS raw-crawl stories before and after the session-23 rules, to read.

    python scripts/entity_row_changes.py DATA FIRST LAST > changes.tsv

For each raw-crawl row FIRST..LAST (0-based, inclusive) the reports are cleaned as
``compare`` cleans them (scripts/neus_raw_inputs.py's items) and their entities linked
three ways: the old way (no ``newsprism_no_breaks`` pipe, no acronym rule), the acronym
rule alone (extract/acronym_people.py) and both (the new way). Every row (name, type,
aliases, mentions per outlet) that one of them has and the old way has not, or the
other way round, is printed with the rule that changed it, for reading right/wrong
(docs/eval-compare.md, "Session 23"). Entity ids are left out: they renumber.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path
from typing import Any

from neus_raw_inputs import write_rows

import newsprism.extract.entities as entities
from newsprism.compare.story import _parse_articles, _story_entities
from newsprism.extract.nlp import load_nlp
from newsprism.models import Article
from newsprism.pipeline import clean_paths


def _rows(articles: list[Article], docs: dict[str, Any], acronyms: bool) -> set[str]:
    """The story's entity rows as comparable strings, with or without the acronym rule."""
    keep = entities.surname_written_as
    if not acronyms:
        entities.surname_written_as = lambda text, names: True  # type: ignore[assignment]
    try:
        story = _story_entities(articles, docs, set())
    finally:
        entities.surname_written_as = keep
    outlet = {a.id: a.outlet or a.id[:8] for a in articles}
    return {f"{e.name} | {e.type} | {sorted(e.aliases)} | "
            f"{sorted((outlet[k], n) for k, n in e.mentions.items())}" for e in story.entities}


def story_changes(folder: Path) -> list[tuple[str, str, str]]:
    """(which rule, "lost"/"new", row) for one story's folder of inputs."""
    articles, _ = clean_paths(sorted(str(p) for p in folder.glob("*.json")))
    with load_nlp().select_pipes(disable=["newsprism_no_breaks"]):
        old_docs = _parse_articles(articles)
    new_docs = _parse_articles(articles)
    old = _rows(articles, old_docs, acronyms=False)
    runs = {"acronym rule": _rows(articles, old_docs, acronyms=True),
            "both rules": _rows(articles, new_docs, acronyms=True)}
    return [(rule, sign, row) for rule, rows in runs.items()
            for sign, found in (("lost", old - rows), ("new", rows - old)) for row in sorted(found)]


def main(data: str, first: int, last: int) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        write_rows(data, tmp, range(first, last + 1))
        for row in range(first, last + 1):
            for rule, sign, text in story_changes(Path(tmp, f"neus{row}")):
                print(row, rule, sign, text, sep="\t", flush=True)


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]), int(sys.argv[3]))
