"""Run ``compare`` on the compare golds once and keep what the omission checks read.

For each gold story: the public JSON, and the inputs of ``story.omissions`` (articles,
facts) with the claims and whole-sentence same-fact probabilities of ``stating``, so
that candidate omission checks (docs/eval-compare.md, "Session 22: omissions") are
measured without running the pipeline again. Usage:
``python scripts/omission_dump.py DATA OUT [--gold DIR ...]`` (one pickle per story).
"""

from __future__ import annotations

import argparse
import pickle
from pathlib import Path
from typing import Any

from newsprism.compare import story as story_module
from newsprism.eval.compare_gold import load_compare_gold


def _capturing(seen: dict[str, Any]) -> None:
    """Wrap ``stating`` and ``omissions`` so their inputs are kept in ``seen`` (since
    session 23 ``story`` imports ``stated.stating``; patching ``_stating`` kept nothing)."""
    stating, omissions = story_module.stating, story_module.omissions

    def stating_kept(claims: Any, probability: Any, encode: Any = None) -> Any:
        seen["claims"], seen["probability"] = list(claims), probability
        return stating(claims, probability, encode)

    def omissions_kept(articles: Any, facts: Any, states: Any = None) -> Any:
        seen["articles"], seen["facts"] = list(articles), list(facts)
        return omissions(articles, facts, states)

    story_module.stating = stating_kept
    story_module.omissions = omissions_kept


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("data", type=Path)
    parser.add_argument("out", type=Path)
    parser.add_argument("--gold", type=Path, action="append", required=True)
    args = parser.parse_args()
    seen: dict[str, Any] = {}
    _capturing(seen)
    args.out.mkdir(parents=True, exist_ok=True)
    for gold in args.gold:
        for story in load_compare_gold(gold, args.data / "basil"):
            path = args.out / f"{gold.name}-{story.triplet}.pkl"
            if path.exists():
                continue
            seen.clear()
            output = story_module.analyze_story(list(story.articles.values())).as_dict()
            path.write_bytes(pickle.dumps({**seen, "output": output, "gold": str(gold),
                                           "triplet": story.triplet}))
            print(path.name, flush=True)


if __name__ == "__main__":
    main()
