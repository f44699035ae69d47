"""Write only the `entities` list of `newsprism compare` for many stories, in one process.

Usage: python scripts/entity_rows.py OUT_DIR STORY_DIR [STORY_DIR ...]
Each STORY_DIR holds one story's input files (as the golds' make_inputs.py write them);
OUT_DIR/<story dir name>.json is {"entities": [...]}, the same rows as
`newsprism compare STORY_DIR/*.json --format json` prints (the same cleaning, parse and
entity steps, without quotes, claims and the embedder), for
`scripts/score_entities_fresh.py` and for diffing entity rows over hundreds of stories:
a full compare takes ten seconds a story, this a second.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

from newsprism.compare.crosslang import is_arabic_article
from newsprism.compare.story import _parse_articles, _story_entities
from newsprism.pipeline import clean_paths


def entity_rows(story_dir: Path) -> list[dict]:
    """The story's entity rows, as compare's JSON gives them."""
    articles, _failures = clean_paths([str(p) for p in sorted(story_dir.glob("*.json"))])
    seen: set[str] = set()
    articles = [a for a in articles if not (a.id in seen or seen.add(a.id))]
    docs = _parse_articles(articles)
    arabic = {a.id for a in articles if is_arabic_article(a)}
    return [e.as_dict() for e in _story_entities(articles, docs, arabic).entities]


def main(out: str, stories: list[str]) -> None:
    Path(out).mkdir(parents=True, exist_ok=True)
    for story in map(Path, stories):
        rows = {"entities": entity_rows(story)}
        Path(out, f"{story.name}.json").write_text(
            json.dumps(rows, ensure_ascii=False, indent=1), encoding="utf-8")


if __name__ == "__main__":
    if len(sys.argv) < 3:
        print(__doc__)
        sys.exit(2)
    main(sys.argv[1], sys.argv[2:])
