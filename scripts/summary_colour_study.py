"""Print what session 24's colour test (compare/colour.py) does, story by story.

Each story's pipeline runs once; its summary is then made with the colour test off and
on (``colour.COLOUR_RULE``), and every changed line is printed with its outlet. With
``--all`` it also prints every unique fact's sentence the test reads as colour, picked
for the summary or not (the wider sample of what the rule drops), for reading against
the articles.

Usage: python scripts/summary_colour_study.py [--all] STORY_DIR [STORY_DIR ...]
(each STORY_DIR holds one story's compare inputs: scripts/neus_raw_inputs.py)
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from newsprism.compare import colour, story
from newsprism.pipeline import clean_paths


def _summaries(articles: list[Any], flagged: list[str]) -> dict[bool, list[dict[str, Any]]]:
    """The summary with the colour test off and on (the pipeline runs once); the
    unique facts' sentences the test flags are appended to ``flagged``."""
    made: dict[bool, list[dict[str, Any]]] = {}
    real = story.summarize

    def each(articles: Any, facts: Any, *args: Any, **kwargs: Any) -> list[dict[str, Any]]:
        test = colour.colour_test(kwargs.get("framing") or {})
        frames = kwargs.get("framing") or {}
        flagged.extend(f"{c.article_id}: {c.text} {_marks(frames.get(c.article_id, {}), c)}"
                       for f in facts for c in f.claims[:1]
                       if f.status == "unique" and test(c))
        for on in (False, True):
            colour.COLOUR_RULE = on
            made[on] = real(articles, facts, *args, **kwargs)
        colour.COLOUR_RULE = True
        return made[True]

    story.summarize = each  # type: ignore[assignment]
    try:
        story.analyze_story(articles)
    finally:
        story.summarize = real
    return made


def _marks(frame: dict[str, Any], claim: Any) -> str:
    """The own-voice marks within a claim, by kind, with their words and scores."""
    found = [f"{kind}:{s.get('text', '')}{':' + str(s['score']) if 'score' in s else ''}"
             for kind in ("loaded_words", "hedges", "attribution_spans", "scare_quotes")
             for s in frame.get(kind, []) if not s.get("in_quote")
             and claim.start <= s["start"] and s["end"] <= claim.end]
    found += [f"term:{t.get('term')}" for t in frame.get("terms", [])
              for s in t.get("spans", []) if not s.get("in_quote")
              and claim.start <= s["start"] and s["end"] <= claim.end]
    return "{" + ", ".join(found) + "}"


def main(args: list[str]) -> None:
    wide = "--all" in args
    for folder in [a for a in args if a != "--all"]:
        inputs = [str(p) for p in sorted(Path(folder).iterdir()) if p.suffix == ".json"]
        articles, _ = clean_paths(inputs)
        outlet = {a.id: a.outlet for a in articles}
        flagged: list[str] = []
        made = _summaries(articles, flagged)
        before, after = ([line["text"] for line in made[on]] for on in (False, True))
        print(f"== {folder}: {'unchanged' if before == after else 'CHANGED'}", flush=True)
        if before != after:
            for on in (False, True):
                for n, line in enumerate(made[on]):
                    mark = "" if line["text"] in (after if not on else before) else "  *"
                    who = ",".join(outlet.get(a) or a for a in line["article_ids"])
                    print(f"  {'on ' if on else 'off'} {n + 1} [{who}]{mark}: "
                          f"{line['text'][:240]}", flush=True)
        for text in flagged if wide else ():
            aid, _, sentence = text.partition(": ")
            print(f"  colour [{outlet.get(aid) or aid}]: {sentence[:240]}", flush=True)


if __name__ == "__main__":
    main(sys.argv[1:])
