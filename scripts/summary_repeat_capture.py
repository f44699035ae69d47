"""Capture what ``summarize`` is given on NeuS raw rows, to study and diff summary steps
without re-running the pipeline (session 28, i12-summary7: a fact said twice).

    PYTHONPATH=src python scripts/summary_repeat_capture.py capture ../shared/data OUT.pkl 0 505
    PYTHONPATH=src python scripts/summary_repeat_capture.py capture ../shared/data OUT.pkl \
        gold gold/compare-basil
    PYTHONPATH=src python scripts/summary_repeat_capture.py diff OUT.pkl

``capture`` runs ``analyze_story`` on each row (rows FIRST..LAST, reports joined as
scripts/story_output_diff.py joins them; or ``gold DIR``, a compare gold's BASIL
triplets) and pickles summarize's inputs: the articles,
facts, quotes, framing, and the claims with their same-fact probabilities (``backs``).
``diff`` makes each summary with the repeat step off and on
(``newsprism.compare.summary_repeats.ENABLED``) and prints every row whose summary
changed, old and new lines with their citations.
"""

from __future__ import annotations

import argparse
import json
import pickle
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))


def capture(data: Path, out: Path, what: list[str], json_dir: Path | None = None) -> None:
    """Run each row (``FIRST LAST`` or ``gold DIR``) once and pickle summarize's inputs;
    with ``json_dir``, also write each row's compare JSON there as
    ``story_output_diff.py run`` does (session 29: the "before" run comes for free)."""
    import story_output_diff

    from newsprism.compare import story

    seen: dict[str, Any] = {}
    backing, summarize = story._backing, story.summarize

    def spy_backing(claims: Any, probability: Any, threshold: float) -> Any:
        if "threshold" not in seen:  # the citation bar; the opening floor is asked second
            seen.update(claims=list(claims), probability=probability, threshold=threshold)
        return backing(claims, probability, threshold)

    def spy_summarize(articles: Any, facts: Any, quotes: Any = (), backs: Any = None,
                      framing: Any = None, holds: Any = None, near: Any = None
                      ) -> Any:  # fmt: skip
        seen.update(articles=list(articles), facts=list(facts), quotes=list(quotes),
                    framing=framing)
        return summarize(articles, facts, quotes, backs=backs, framing=framing, holds=holds,
                         near=near)

    story._backing, story.summarize = spy_backing, spy_summarize
    rows: dict[str, dict[str, Any]] = {}
    if what[0] == "gold":
        stories = story_output_diff._gold(data, what[1])
    else:
        stories = story_output_diff._neus(data, [str(r) for r in range(int(what[0]),
                                                                        int(what[1]) + 1)])
    for name, arts in stories.items():
        seen.clear()
        try:
            result = story.analyze_story(arts)
        except Exception as error:  # one row's failure is reported, not fatal
            print(name, "failed", error, flush=True)
            continue
        rows[name] = dict(seen)
        if json_dir is not None:
            json_dir.mkdir(parents=True, exist_ok=True)
            (json_dir / f"{name}.json").write_text(json.dumps(result.as_dict(), indent=0,
                                                              sort_keys=True))
        print(name, flush=True)
        if len(rows) % 25 == 0:
            out.write_bytes(pickle.dumps(rows))
    out.write_bytes(pickle.dumps(rows))


def make_summary(row: dict[str, Any], enabled: bool) -> list[dict[str, Any]]:
    """The row's summary with the repeat step on or off."""
    from newsprism.compare import story, summary_repeats
    from newsprism.compare.summary import summarize

    summary_repeats.ENABLED = enabled
    try:
        backs = story._backing(row["claims"], row["probability"], row["threshold"])
        return summarize(row["articles"], row["facts"], row["quotes"], backs=backs,
                         framing=row["framing"],
                         holds=story._holding(row["claims"], row["probability"]),
                         near=story._backing(row["claims"], row["probability"],
                                             story.OPENING_FLOOR))
    finally:
        summary_repeats.ENABLED = True


def _show(line: dict[str, Any], outlet: dict[str, str]) -> str:
    cited = ", ".join(outlet.get(a, a) for a in line["article_ids"])
    return f"[{line['claim_id']} {line['status']}] {line['text']} ({cited})"


def print_row_diffs(rows: dict[str, dict[str, Any]], old_of: Callable, new_of: Callable) -> None:
    """Print each row whose summary lines or citations differ between ``old_of(row)`` and
    ``new_of(row)``, old and new lines; the count of changed rows on stderr."""
    changed = 0
    for name, row in sorted(rows.items(), key=lambda kv: (len(kv[0]), kv[0])):
        old, new = old_of(row), new_of(row)
        if [(x["text"], x["article_ids"]) for x in old] == [(x["text"], x["article_ids"])
                                                           for x in new]:  # fmt: skip
            continue
        changed += 1
        outlet = {a.id: a.outlet or a.id for a in row["articles"]}
        print(f"r{name}")
        for tag, lines in (("old", old), ("new", new)):
            for line in lines:
                print(f"  {tag} {_show(line, outlet)}")
    print(f"{changed} of {len(rows)} rows changed", file=sys.stderr)


def diff(path: Path) -> None:
    """Print each row whose summary the step changes."""
    print_row_diffs(pickle.loads(path.read_bytes()), lambda row: make_summary(row, False),
                    lambda row: make_summary(row, True))  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    cap = sub.add_parser("capture")
    cap.add_argument("data", type=Path)
    cap.add_argument("out", type=Path)
    cap.add_argument("what", nargs=2, help="FIRST LAST (NeuS raw rows) or gold DIR")
    cap.add_argument("--json", type=Path, help="also write each row's compare JSON here")
    dif = sub.add_parser("diff")
    dif.add_argument("pickle", type=Path)
    args = parser.parse_args()
    if args.command == "capture":
        capture(args.data, args.out, args.what, args.json)
    else:
        diff(args.pickle)


if __name__ == "__main__":
    main()
