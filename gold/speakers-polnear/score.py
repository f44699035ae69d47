"""Score newsprism's quote speakers against this gold (``gold.json``).

    PYTHONPATH=src python gold/speakers-polnear/score.py ../shared/data [--show]

gold/speakers-neus's scorer, run on single PolNeAR articles: each article is built as an
Article from its text (blocks separated by a blank line are its paragraphs, the title
line the first) and run through ``analyze_story`` alone; a gold item is found by its
first words in its paragraph, newsprism's quote over it is the shortest one covering
the words' first character, and it is right when ``same_speaker`` accepts its speaker.
``speaker_acc`` = right / found; a gold item no quote covers is missed, not wrong.
"""
import argparse
import importlib.util
import json
import sys
from pathlib import Path

from newsprism.eval import gold_article

HERE = Path(__file__).resolve().parent
_spec = importlib.util.spec_from_file_location("speakers_neus_score",
                                               HERE.parent / "speakers-neus" / "score.py")
neus = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(neus)
sys.path.insert(0, str(HERE))
from build import paragraphs  # noqa: E402

neus.SIDES = {"A": "A"}


def _articles(row: dict) -> dict:
    """{"A": Article} of one PolNeAR article (``row``: its name and text)."""
    paras = paragraphs(row["text"])
    return {"A": gold_article(f"polnear:{row['id']}", "\n\n".join(paras), title=paras[0],
                              outlet=row["id"].split("_")[0], paragraphs=paras)}


neus._articles = _articles


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", type=Path)
    parser.add_argument("--show", action="store_true", help="print every scored item")
    args = parser.parse_args(argv)
    gold = json.loads((HERE / "gold.json").read_text("utf-8"))["stories"]
    sums = [0] * 5
    for name, story in gold.items():
        text = (args.data / "polnear/dev/text" / f"{name}.txt").read_text("utf-8")
        counts = neus._score_story({"id": name, "text": text}, story, args.show)
        sums = [a + b for a, b in zip(sums, counts, strict=True)]
    right, found, total, _unresolved, _given = sums
    print(f"gold={total} found={found} right={right} "
          f"speaker_acc={right / found if found else 0:.3f} recall={right / total:.3f}")


if __name__ == "__main__":
    sys.exit(main())
