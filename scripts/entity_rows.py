"""Write only the `entities` list of `newsprism compare` for many stories, in one process.

Usage: python scripts/entity_rows.py OUT_DIR STORY_DIR [STORY_DIR ...]
       python scripts/entity_rows.py OUT_DIR --gold DATA GOLD_DIR  (a gold's BASIL stories)
       python scripts/entity_rows.py OUT_DIR --neus DATA ROW [ROW ...]  (NeuS raw rows, joined as
       scripts/story_output_diff.py joins them)
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
    return article_rows(articles)


def article_rows(articles: list) -> list[dict]:
    """The entity rows of a story's cleaned articles (first of each id kept)."""
    seen: set[str] = set()
    articles = [a for a in articles if not (a.id in seen or seen.add(a.id))]
    docs = _parse_articles(articles)
    arabic = {a.id for a in articles if is_arabic_article(a)}
    return [e.as_dict() for e in _story_entities(articles, docs, arabic).entities]


def main_loaded(out: str, kind: str, data: str, what: list[str]) -> None:
    """Entity rows of a gold's BASIL stories (``--gold``) or of NeuS raw rows (``--neus``):
    whether an entity change can move a speaker or compare gold is read from these
    (identical rows, identical input to every later step)."""
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from story_output_diff import _gold, _neus

    stories = _gold(Path(data), what[0]) if kind == "--gold" else _neus(Path(data), what)
    Path(out).mkdir(parents=True, exist_ok=True)
    for name, arts in stories.items():
        Path(out, f"{name}.json").write_text(json.dumps(
            {"entities": article_rows(arts)}, ensure_ascii=False, indent=1), encoding="utf-8")


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
    if sys.argv[2] in ("--gold", "--neus"):
        main_loaded(sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4:])
    else:
        main(sys.argv[1], sys.argv[2:])
