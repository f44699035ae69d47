"""Compare's quote speakers of many stories, without claims or the embedder, and a diff.

    PYTHONPATH=OLD/src python scripts/story_speakers.py run OUT_OLD STORY_DIR [...]
    PYTHONPATH=src     python scripts/story_speakers.py run OUT_NEW STORY_DIR [...]
    python scripts/story_speakers.py diff OUT_OLD OUT_NEW

``run`` writes, per story, every quote's article, offsets, speaker as compare shows it
(the story entity's name when the speaker is one), as written, and how resolved: the
same parse, entity, quote and epithet steps as ``compare`` (session 29, i12-entities13:
an entity rule changes the speaker shown through ``resolve_quotes``, which
``scripts/quote_speaker_dump.py``, one article at a time, does not read). ``diff`` prints
every quote whose shown speaker changed, with its words, to read against the article.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path


def run(out: str, stories: list[str]) -> None:
    from newsprism.compare.crosslang import is_arabic_article
    from newsprism.compare.epithets import resolve_epithets
    from newsprism.compare.story import (
        _parse_articles,
        _statement_spans,
        _story_entities,
        resolve_quotes,
    )
    from newsprism.pipeline import clean_paths

    Path(out).mkdir(parents=True, exist_ok=True)
    for story in map(Path, stories):
        articles, _failures = clean_paths([str(p) for p in sorted(story.glob("*.json"))])
        seen: set[str] = set()
        articles = [a for a in articles if not (a.id in seen or seen.add(a.id))]
        docs = _parse_articles(articles)
        entities = _story_entities(articles, docs, {a.id for a in articles
                                                    if is_arabic_article(a)})
        quotes = resolve_quotes(spans := _statement_spans(docs), entities)
        resolve_epithets(spans, quotes, docs, entities)
        source = {a.id: Path(a.source_path).stem for a in articles}  # left, center, right
        rows = [{"source": source[q.article_id], "start": q.start, "speaker": q.speaker,
                 "as_written": q.speaker_as_written, "resolved": q.speaker_resolved,
                 "text": q.text[:90]} for q in quotes]  # fmt: skip
        Path(out, f"{story.name}.json").write_text(json.dumps(rows, ensure_ascii=False),
                                                   encoding="utf-8")


def diff(old: str, new: str) -> None:
    changed = 0
    for path in sorted(Path(old).glob("*.json")):
        other = Path(new, path.name)
        if not other.exists():
            continue
        before = {(q["source"], q["start"]): q for q in json.loads(path.read_text("utf-8"))}
        after = {(q["source"], q["start"]): q for q in json.loads(other.read_text("utf-8"))}
        for key in sorted(set(before) | set(after), key=str):
            a, b = before.get(key), after.get(key)
            if (a or {}).get("speaker") != (b or {}).get("speaker"):
                changed += 1
                q = a or b
                print(f"{path.stem}\t{key[0]}\t{(a or {}).get('speaker')!r} -> "
                      f"{(b or {}).get('speaker')!r}\t({q['as_written']!r}) {q['text']!r}")
    print(f"quotes changed: {changed}", file=sys.stderr)


if __name__ == "__main__":
    if len(sys.argv) < 4 or sys.argv[1] not in ("run", "diff"):
        print(__doc__)
        sys.exit(2)
    if sys.argv[1] == "run":
        run(sys.argv[2], sys.argv[3:])
    else:
        diff(sys.argv[2], sys.argv[3])
