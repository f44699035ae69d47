"""Session 23's study of the stories where no lead is echoed at the cosine bar: how
often, what the summary opens on, and what the title-echo rule (``lead.TITLE_ECHO``,
:func:`newsprism.compare.lead.title_echoed_leads`) changes.

Each story's pipeline runs once; its summary is made twice, without and with the rule.
Both compare JSONs are written (``OUT/before/r<name>.json``, ``OUT/after/…``) for
scripts/score_summary_neus.py; every story's echo state and first line is printed, and
every changed line.

Usage: python scripts/lead_title_echo.py OUT STORY_DIR [STORY_DIR ...]
       python scripts/lead_title_echo.py OUT --basil ../shared/data/basil 2010 2011 …
(a STORY_DIR named ``neus<row>`` writes ``r<row>.json``; inputs ``*.json`` or ``*.txt``)
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from newsprism.compare import lead, story, summary
from newsprism.eval.basil import read_basil
from newsprism.eval.compare_gold import gold_article
from newsprism.models import Article
from newsprism.pipeline import clean_paths


def _run(articles: list[Article]) -> tuple[dict[str, Any], list[dict], list[dict], bool]:
    """The story's compare JSON, its summary before and after, and whether a lead
    passes the cosine bar."""
    made: dict[str, list[dict[str, Any]]] = {}
    echoed: list[bool] = []
    real_summarize, real_ranked = story.summarize, summary.ranked_leads

    def ranked(*args: Any, **kwargs: Any) -> list[Any]:
        found = real_ranked(*args, **kwargs)
        echoed.append(bool(found))
        return found

    def each(*args: Any, **kwargs: Any) -> list[dict[str, Any]]:
        for name in ("before", "after"):
            lead.TITLE_ECHO = name == "after"
            made[name] = real_summarize(*args, **kwargs)
        lead.TITLE_ECHO = True
        return made["after"]

    story.summarize, summary.ranked_leads = each, ranked  # type: ignore[assignment]
    try:
        output = story.analyze_story(articles).as_dict()
    finally:
        story.summarize, summary.ranked_leads = real_summarize, real_ranked
    return output, made["before"], made["after"], bool(echoed and echoed[-1])


def _basil(data: Path, years: list[str]) -> list[tuple[str, list[Article]]]:
    stories: dict[str, list[Article]] = {}
    for year in years:
        for path in sorted(Path(data, "articles", year).glob("*.json")):
            d = read_basil(path)
            stories.setdefault(path.stem.rsplit("_", 1)[0], []).append(gold_article(
                f"basil:{d.name}", d.text, title=d.title, outlet=d.outlet,
                published_at=d.date, source=str(d.path),
                paragraphs=[" ".join(p) for p in d.paragraphs]))
    return list(stories.items())


def _dirs(folders: list[str]) -> list[tuple[str, list[Article]]]:
    out = []
    for folder in folders:
        inputs = [str(p) for p in sorted(Path(folder).iterdir()) if p.suffix in (".json", ".txt")]
        out.append((Path(folder).name.replace("neus", "r"), clean_paths(inputs)[0]))
    return out


def main(out: Path, stories: list[tuple[str, list[Article]]]) -> None:
    for name in ("before", "after"):
        (out / name).mkdir(parents=True, exist_ok=True)
    for key, articles in stories:
        output, before, after, echoed = _run(articles)
        outlet = {a.id: a.outlet for a in articles}
        (out / "after" / f"{key}.json").write_text(json.dumps(output), "utf-8")
        (out / "before" / f"{key}.json").write_text(json.dumps({**output, "summary": before}),
                                                    "utf-8")
        first = before[0]["text"][:120] if before else "(no line)"
        lead_first = bool(before and before[0].get("lead"))
        print(f"== {key} echoed={echoed} lines={len(before)} lead_first={lead_first} "
              f"changed={before != after}: {first}", flush=True)
        if before != after:
            for n, line in enumerate(after):
                who = ",".join(outlet.get(a) or a for a in line["article_ids"])
                mark = "" if line in before else "  NEW"
                print(f"   after {n + 1} [{who}]{mark}: {line['text'][:240]}", flush=True)


if __name__ == "__main__":
    target = Path(sys.argv[1])
    if sys.argv[2] == "--basil":
        main(target, _basil(Path(sys.argv[3]), sys.argv[4:]))
    else:
        main(target, _dirs(sys.argv[2:]))
