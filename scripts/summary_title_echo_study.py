"""Session 24's study of two summary rules: the title subject ("The president said …"
kept when the story names one president: ``readable.TITLE_SUBJECTS``) and the bar of
the title-echo lead (``lead.MIN_ECHO_SHARE``).

Each story's pipeline runs once; its summary is then made under each variant: ``main``
(no title exception, bar 0.25), ``titles`` (the exception, bar 0.25: this branch),
``echo-off`` (no title-echo lead) and the bars of :data:`BARS`. Every line that differs
from ``main`` is printed with its outlet, for reading against the articles; for each
story where no lead passes the cosine bar, every lead's least share over the other
outlets' titles and openings and whether one of its names is in all of them. The
``main`` and ``titles`` compare JSONs are written to OUT (``OUT/<variant>/r<row>.json``)
for scripts/score_summary_neus.py.

Usage: python scripts/summary_title_echo_study.py OUT STORY_DIR [STORY_DIR ...]
       python scripts/summary_title_echo_study.py OUT --basil ../shared/data/basil 2010 …
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from newsprism.compare import lead, readable, story, summary
from newsprism.models import Article

sys.path.insert(0, str(Path(__file__).resolve().parent))
from lead_title_echo import _basil, _dirs

BARS = (0.15, 0.2, 0.3, 0.35)
VARIANTS = ("main", "titles", "echo-off", *(f"echo-{bar}" for bar in BARS))


def _set(variant: str) -> None:
    readable.TITLE_SUBJECTS = variant != "main"
    lead.TITLE_ECHO = variant != "echo-off"
    lead.MIN_ECHO_SHARE = float(variant[5:]) if variant[5:6].isdigit() else 0.25


def _echo_rows(opening: dict[str, list[Any]], titles: dict[str, str]) -> list[str]:
    """Each lead's least share and name check (what ``title_echoed_leads`` reads)."""
    pools = {aid: lead._stems(" ".join([titles.get(aid, "")] + [c.text for c in found]))
             for aid, found in opening.items()}  # fmt: skip
    rows = []
    for claim in (c for found in lead.lead_claims(opening).values() for c in found):
        mine = lead._stems(claim.text)
        others = [pool for aid, pool in pools.items() if aid != claim.article_id]
        if not mine or not others:
            continue
        shares = [len(mine & pool) / len(mine) for pool in others]
        named = any(all(n in pool for pool in others) for n in lead._names(claim.text))
        rows.append(f"min {min(shares):.2f} sum {sum(shares):.2f} named={named}: "
                    f"{claim.text[:150]}")
    return rows


def _run(articles: list[Article]) -> tuple[dict[str, Any], dict[str, list[dict]], list[str]]:
    made: dict[str, list[dict[str, Any]]] = {}
    echo: list[str] = []
    real_summarize, real_echoed = story.summarize, summary.title_echoed_leads

    def echoed(opening: Any, titles: Any, *args: Any, **kwargs: Any) -> list[Any]:
        if not echo:
            echo.extend(_echo_rows(opening, titles) or ["(no lead)"])
        return real_echoed(opening, titles, *args, **kwargs)

    def each(*args: Any, **kwargs: Any) -> list[dict[str, Any]]:
        for name in VARIANTS:
            _set(name)
            made[name] = real_summarize(*args, **kwargs)
        _set("titles")
        return made["titles"]

    story.summarize, summary.title_echoed_leads = each, echoed  # type: ignore[assignment]
    try:
        output = story.analyze_story(articles).as_dict()
    finally:
        story.summarize, summary.title_echoed_leads = real_summarize, real_echoed
        _set("titles")
    return output, made, echo


def main(out: Path, stories: list[tuple[str, list[Article]]]) -> None:
    for name in ("main", "titles"):
        (out / name).mkdir(parents=True, exist_ok=True)
    for key, articles in stories:
        output, made, echo = _run(articles)
        for name in ("main", "titles"):
            (out / name / f"{key}.json").write_text(
                json.dumps({**output, "summary": made[name]}), "utf-8")
        outlet = {a.id: a.outlet for a in articles}
        base = [line["text"] for line in made["main"]]
        changed = [v for v in VARIANTS[1:] if [x["text"] for x in made[v]] != base]
        print(f"== {key} lines={len(base)} no_cosine_lead={bool(echo)} changed={changed}",
              flush=True)
        for row in echo:
            print(f"   echo {row}", flush=True)
        for name in ["main", *changed]:
            for n, line in enumerate(made[name]):
                mark = "" if name == "main" or line["text"] in base else "  NEW"
                who = ",".join(outlet.get(a) or a for a in line["article_ids"])
                lead_mark = " lead" if line.get("lead") else ""
                print(f"   {name:10} {n + 1} [{who}]{lead_mark}{mark}: {line['text'][:230]}",
                      flush=True)


if __name__ == "__main__":
    target = Path(sys.argv[1])
    if sys.argv[2] == "--basil":
        main(target, _basil(Path(sys.argv[3]), sys.argv[4:]))
    else:
        main(target, _dirs(sys.argv[2:]))
