"""Score newsprism's quote speakers against this gold (``gold.json``).

Usage (from the repository root, with ``PYTHONPATH=src``):
  python gold/speakers-neus/score.py ../shared/data [--part dev|held-out|all] [--show]
      [--gold DIR]   (another gold of this format, e.g. gold/speakers-neus2)

Each report is built as an Article straight from the crawl (paragraphs joined by a
blank line, as ``make_inputs.py`` writes them) and the story is run through
``analyze_story``, as ``eval compare`` runs BASIL triplets. A gold item (direct, partial
or reported, resolvable, with a speaker) is found by its first words in its paragraph;
newsprism's quote over it is the shortest one of that report that covers the words'
first character. Right when ``same_speaker`` accepts its speaker, the rule every speaker
gold is scored by. A gold item that no quote covers is counted missed, not wrong.
A gold speaker ``"unresolved"`` (the article does not say who) is counted apart: a
speaker newsprism gives it is a guess (``unresolved_given``).
"""
import argparse
import json
import sys
from pathlib import Path

from newsprism.compare.story import analyze_story
from newsprism.eval import gold_article
from newsprism.eval.speakers import same_speaker

HERE = Path(__file__).parent
FILE = "neus-allsides/raw_crawled/headline_11_2021-10-19_crawled_all.jsonl"
SIDES = {"L": "left", "C": "center", "R": "right"}
SCORED = ("direct", "partial", "reported")
UNRESOLVED = "unresolved"


def _articles(row: dict) -> dict:
    """side -> Article of one crawl row."""
    out = {}
    for side, news in row["news"].items():
        out[side] = gold_article(f"neus-raw:{row['id']}:{side}", "\n\n".join(news["newBody"]),
                                 title=news["newsTitle"], outlet=news["newsSource"],
                                 published_at=row["date"], paragraphs=list(news["newBody"]))
    return out


def _offset(article, paragraph: int, words: str) -> int:
    """Character offset of ``words`` in the article's paragraph (gold.json says which)."""
    start = sum(len(p) + 2 for p in article.paragraphs[:paragraph])
    return start + article.paragraphs[paragraph].index(words)


def _quote_over(output: dict, article, item: dict) -> dict | None:
    """The shortest output quote of the item's report covering its first word."""
    paragraph = int(item["ref"].split(":")[1])
    at = _offset(article, paragraph, item["words"])
    over = [q for q in output["quotes"]
            if q["article_id"] == article.id and q["start"] <= at < q["end"]]
    return min(over, key=lambda q: q["end"] - q["start"], default=None)


def _score_story(row: dict, gold: dict, show: bool) -> tuple[int, int, int, int, int]:
    """(right, found, named items, unresolved items, unresolved given a speaker)."""
    articles = _articles(row)
    output = analyze_story(list(articles.values())).as_dict()
    right = found = total = unresolved = given = 0
    for item in gold["quotes"]:
        if item["kind"] not in SCORED or not item.get("resolvable", True) or not item["speaker"]:
            continue
        best = _quote_over(output, articles[SIDES[item["ref"][0]]], item)
        got = best.get("speaker") if best else None
        if item["speaker"] == UNRESOLVED:
            unresolved += 1
            given += bool(got)
            verdict = "GUESS" if got else ("right" if best else "MISSED")
        else:
            total += 1
            ok = best is not None and same_speaker(got, item["speaker"])
            found += best is not None
            right += ok
            verdict = "MISSED" if best is None else ("right" if ok else "WRONG")
        if show:
            print(f"{row['id']} {item['ref']} {verdict:6} gold={item['speaker']!r} "
                  f"got={got!r} words={item['words']!r}")
    return right, found, total, unresolved, given


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data")
    parser.add_argument("--part", default="dev", choices=("dev", "held-out", "all"))
    parser.add_argument("--show", action="store_true", help="print every scored item")
    parser.add_argument("--gold", type=Path, default=HERE,
                        help="directory of the gold.json to score (default: this one)")
    args = parser.parse_args(argv)
    gold = json.loads((args.gold / "gold.json").read_text("utf-8"))["stories"]
    lines = Path(args.data, FILE).read_text(encoding="utf-8").splitlines()
    sums = [0] * 5
    for story in gold.values():
        if args.part != "all" and story["part"] != args.part:
            continue
        counts = _score_story(json.loads(lines[story["row"]]), story, args.show)
        sums = [a + b for a, b in zip(sums, counts, strict=True)]
    right, found, total, unresolved, given = sums
    tail = f" unresolved={unresolved} unresolved_given={given}" if unresolved else ""
    print(f"part={args.part} gold={total} found={found} right={right} "
          f"speaker_acc={right / found if found else 0:.3f} recall={right / total:.3f}{tail}")


if __name__ == "__main__":
    sys.exit(main())
