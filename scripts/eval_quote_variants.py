"""Score ``compare``'s quote variants against gold/quote-variants (pair P / R, groups right).

Runs ``compare`` on every story of the gold (BASIL triplets and the seed pair) and prints
pair precision, the groups whose every pair is right, and pair recall, for all stories
and for the tuning / held-out parts (docs/eval-compare.md, "Quote variants")::

    PYTHONPATH=src python scripts/eval_quote_variants.py ../shared/data/basil
    PYTHONPATH=src python scripts/eval_quote_variants.py ../shared/data/basil --wrong

``--wrong`` lists every wrong pair (story, group, both quotes) for reading.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from newsprism.compare.story import analyze_story
from newsprism.eval.quote_variants import VariantTally, load_variant_gold, score_variants

ROOT = Path(__file__).resolve().parent.parent
# The tuning part: the 8 triplets of gold/compare-basil whose uuid starts with an even
# hex digit; the other 4, the three triplets new to this gold and the seeds are held out.
TUNING = ("005a2961", "08bb9bee", "0ffb34cd", "22b6e900", "29ffd053", "2b95d2cf",
          "2ec04201", "45bd61bc")


def part(name: str) -> str:
    """``tuning`` or ``held out`` for a story name (a BASIL uuid or ``seeds-…``)."""
    return "tuning" if name[:8] in TUNING else "held out"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("basil", type=Path, help="the BASIL folder (articles/)")
    parser.add_argument("--gold", type=Path, default=ROOT / "gold" / "quote-variants")
    parser.add_argument("--seeds", type=Path, default=ROOT / "examples")
    parser.add_argument("--wrong", action="store_true", help="list every wrong pair")
    args = parser.parse_args()
    stories = load_variant_gold(args.gold, args.basil, args.seeds)
    parts = {"all": VariantTally(), "tuning": VariantTally(), "held out": VariantTally()}
    for story in stories:
        tally = score_variants(story, analyze_story(story.articles).as_dict())
        parts["all"].add(tally)
        parts[part(story.name)].add(tally)
    rows = [tally.row(name) for name, tally in parts.items()]
    columns = list(rows[0])
    print(" | ".join(columns))
    for row in rows:
        print(" | ".join(str(row[c]) for c in columns))
    if args.wrong:
        print("\nwrong pairs:")
        for line in parts["all"].wrong:
            print("  " + line)


if __name__ == "__main__":
    main()
