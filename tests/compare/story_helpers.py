"""A small story written to JSON files and analysed whole, for tests that read its summary."""

from __future__ import annotations

import json
from pathlib import Path

from newsprism.compare.story import analyze_story
from newsprism.pipeline import clean_paths


def summary_of(tmp_path: Path, items: dict[str, tuple[str, str, str, str]],
               date: str = "2021-05-10") -> list[str]:  # fmt: skip
    """The summary lines of the story ``items`` ({file stem: (title, text, outlet, url)}),
    each written as an article of ``date`` and run through clean and compare."""
    for side, (title, text, outlet, url) in items.items():
        item = {"title": title, "text": text, "source": outlet, "date": date, "url": url}
        (tmp_path / f"{side}.json").write_text(json.dumps(item), encoding="utf-8")
    articles, _ = clean_paths([str(p) for p in sorted(tmp_path.glob("*.json"))])
    return [line["text"] for line in analyze_story(articles).as_dict()["summary"]]
