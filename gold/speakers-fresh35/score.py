"""Score newsprism's quote speakers against this gold (``gold.json``).

    PYTHONPATH=src python gold/speakers-fresh35/score.py ../shared/data [--show] [--batch 1|2]

gold/speakers-polnear's scorer (itself gold/speakers-neus's, run on single PolNeAR
articles), imported, not copied, and pointed at the train split: each article alone
through ``analyze_story``; a gold item is found by its first words in its paragraph,
newsprism's quote over it is the shortest one covering the words' first character, and
it is right when ``same_speaker`` accepts its speaker. ``speaker_acc`` = right / found;
an item no quote covers is missed, not wrong; an unresolved quote over a named item is
wrong.
"""
import argparse
import importlib.util
import json
import sys
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
_spec = importlib.util.spec_from_file_location("polnear_score",
                                               HERE.parent / "speakers-polnear" / "score.py")
polnear = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(polnear)
TRAIN = "polnear/train/text"


def train_text(data: Path, name: str) -> str:
    """The text of a PolNeAR train article."""
    return (data / TRAIN / f"{name}.txt").read_text("utf-8")


def main(argv: list[str] | None = None, here: Path = HERE,
         text_of: Callable[[Path, str], str] = train_text) -> None:
    """Score the gold.json of ``here`` (this gold, or another gold that imports this
    scorer: gold/speakers-fresh36 on the train split, gold/speakers-fresh37 on FNC-1
    bodies, read by its own ``text_of``)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", type=Path)
    parser.add_argument("--show", action="store_true", help="print every scored item")
    parser.add_argument("--batch", type=int, choices=(1, 2), help="one batch only")
    args = parser.parse_args(argv)
    gold = json.loads((here / "gold.json").read_text("utf-8"))["stories"]
    sums = [0] * 5
    for name, story in gold.items():
        if args.batch and story.get("batch") != args.batch:
            continue
        text = text_of(args.data, name)
        counts = polnear.neus._score_story({"id": name, "text": text}, story, args.show)
        sums = [a + b for a, b in zip(sums, counts, strict=True)]
    right, found, total, _unresolved, _given = sums
    print(f"gold={total} found={found} right={right} "
          f"speaker_acc={right / found if found else 0:.3f} recall={right / total:.3f}")


if __name__ == "__main__":
    sys.exit(main())
