"""Print every summary line that session 23's pointing-back rules change, story by story.

Each story's pipeline runs once; its summary is then made three times, with the
readability checker as before session 23 (no opening-phrase test), with the opener test
(``readable.opener_points_back``), and with the opener and bare-definite-subject tests
(``readable.DEFINITE_RULE``). Lines that differ are printed with their outlet, for
reading against the articles.

Usage: python scripts/summary_opener_diff.py STORY_DIR [STORY_DIR ...]
(each STORY_DIR holds one story's compare inputs, ``*.json`` or ``*.txt``:
scripts/neus_raw_inputs.py, scripts/wide_conflict_inputs.py, the seeds)
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from newsprism.compare import readable, story
from newsprism.pipeline import clean_paths

VARIANTS = ("before", "opener", "opener+definite")


def _summaries(articles: list[Any]) -> dict[str, list[dict[str, Any]]]:
    """The story's summary under each variant (the pipeline itself runs once)."""
    made: dict[str, list[dict[str, Any]]] = {}
    real_summarize, real_test = story.summarize, readable._points_back_in_opening

    def each(*args: Any, **kwargs: Any) -> list[dict[str, Any]]:
        for name in VARIANTS:
            readable.DEFINITE_RULE = name == "opener+definite"
            readable._points_back_in_opening = (  # type: ignore[assignment]
                real_test if name != "before" else (lambda *args: False))
            made[name] = real_summarize(*args, **kwargs)
        readable._points_back_in_opening = real_test  # type: ignore[assignment]
        readable.DEFINITE_RULE = True
        return made["opener+definite"]

    story.summarize = each  # type: ignore[assignment]
    try:
        story.analyze_story(articles)
    finally:
        story.summarize = real_summarize
    return made


def main(dirs: list[str]) -> None:
    for folder in dirs:
        inputs = [str(p) for p in sorted(Path(folder).iterdir()) if p.suffix in (".json", ".txt")]
        articles, _ = clean_paths(inputs)
        outlet = {a.id: a.outlet for a in articles}
        made = _summaries(articles)
        texts = {name: [line["text"] for line in lines] for name, lines in made.items()}
        if texts["before"] == texts["opener"] == texts["opener+definite"]:
            print(f"== {folder}: unchanged ({len(texts['before'])} lines)", flush=True)
            continue
        print(f"== {folder}", flush=True)
        for name in VARIANTS:
            for n, line in enumerate(made[name]):
                mark = "" if line["text"] in texts["before"] else "  NEW"
                if name == "before":
                    gone = [v for v in VARIANTS[1:] if line["text"] not in texts[v]]
                    mark = f"  OUT in {','.join(gone)}" if gone else ""
                who = ",".join(outlet.get(a, a) or a for a in line["article_ids"])
                print(f"  {name:16} {n + 1} [{who}]{mark}: {line['text'][:220]}", flush=True)


if __name__ == "__main__":
    main(sys.argv[1:])
