"""Score `newsprism compare` end to end on NTREX stories: an English article against its
own human Arabic translation, a pair whose answer is known.

Every aligned sentence pair (NTREX line i in English and in Arabic) is the same fact, so:
a shared fact pairing English line i with Arabic line j is right when i == j; every
conflict is false (a translation cannot contradict its source); every "unique" claim is
false unless the translator dropped that line's content; a shared fact's summary line
should cite both articles.

Inputs are what a user would hand compare: one JSON item per language with the title
(NTREX line 0), the body lines joined by blank lines, the English outlet as the outlet
(the Arabic one as "<outlet> (Arabic translation)") and the language set ("en" / "ar").

Split (decided before any run, session 32): the stories in the order of
``documents.jsonl``; dev is the first 28 (``index < 57 // 2``), held-out the other 29
(run and report once, never read their items).

Usage: python scripts/ntrex_compare.py ../shared/data OUT_DIR [--part dev|held-out]
       [--items] [--reuse]
``--items`` prints every wrong pair, missing pair, conflict and unique (dev only);
``--reuse`` scores OUT_DIR/<story>/compare.json where it exists instead of rerunning.
``--drop-odd`` leaves the odd body lines (1, 3, 5 ...) out of the Arabic input: their
English lines then have no counterpart, so any pair holding one is a false link. This is
the case the translation pairs cannot show (two outlets that do not state the same
facts), for checking that a looser cross-language bar does not link a sentence to its
nearest wrong neighbour.
"""

from __future__ import annotations

import argparse
import json
from dataclasses import dataclass, field
from pathlib import Path

SET = "ntrex-ar-en"


def stories(data: Path, part: str) -> list[dict]:
    """The part's stories, by the committed rule (file order, first half is dev)."""
    lines = Path(data, SET, "documents.jsonl").read_text(encoding="utf-8").splitlines()
    docs = [json.loads(line) for line in lines if line.strip()]
    half = len(docs) // 2
    return docs[:half] if part == "dev" else docs[half:]


def kept(doc: dict, lang: str, drop_odd: bool) -> list[int]:
    """The NTREX line numbers the input of one language holds (0 is the title)."""
    lines = range(doc["n_sentences"])
    return [i for i in lines if not (drop_odd and lang == "ar" and i % 2)]


def _item(doc: dict, lang: str, drop_odd: bool) -> dict:
    lines = [doc[f"{lang}_sentences"][i].strip() for i in kept(doc, lang, drop_odd)]
    outlet = doc["outlet"] if lang == "en" else f"{doc['outlet']} (Arabic translation)"
    return {"title": lines[0], "text": "\n\n".join(lines[1:]), "outlet": outlet,
            "language": lang, "url": f"https://example.org/{lang}/{doc['doc_id']}"}


def write_inputs(doc: dict, out: Path, drop_odd: bool = False) -> list[Path]:
    """The two compare inputs of one story, as JSON items."""
    where = out / doc["doc_id"]
    where.mkdir(parents=True, exist_ok=True)
    paths = []
    for lang in ("en", "ar"):
        path = where / f"{lang}.json"
        path.write_text(json.dumps(_item(doc, lang, drop_odd), ensure_ascii=False, indent=1),
                        encoding="utf-8")
        paths.append(path)
    return paths


def run_compare(paths: list[Path], target: Path) -> dict:
    """Compare's JSON for the inputs, through the command line as a user runs it
    (in process, so the models load once for all stories)."""
    from click.testing import CliRunner

    from newsprism.cli import cli

    args = ["compare", *map(str, paths), "--format", "json", "-o", str(target)]
    result = CliRunner().invoke(cli, args)
    if result.exit_code != 0:
        raise RuntimeError(f"{target}: {result.output}")
    return json.loads(target.read_text(encoding="utf-8"))


def line_of(article: dict, start: int, lines: list[str], numbers: list[int]) -> int:
    """The NTREX line (1 = first body line) holding a character offset of the article.

    The body is the lines joined by blank lines; if cleaning changed the paragraphs the
    paragraph's text is matched to the closest line instead. ``numbers``: the NTREX
    line numbers the input held, title first."""
    text = article["text"]
    para = text[:start].count("\n\n")
    paragraphs = text.split("\n\n")
    body = [lines[i].strip() for i in numbers[1:]]
    if len(paragraphs) == len(body):
        return numbers[para + 1]
    from rapidfuzz import fuzz, process

    found = process.extractOne(paragraphs[min(para, len(paragraphs) - 1)], body,
                               scorer=fuzz.ratio)
    return numbers[found[2] + 1]


@dataclass
class Score:
    """Counts over stories: pairs predicted/right, lines found, conflicts, uniques."""

    pairs: int = 0
    right: int = 0
    lines: int = 0
    found: int = 0
    conflicts: int = 0
    uniques: dict = field(default_factory=lambda: {"en": 0, "ar": 0})
    summary: int = 0
    summary_both: int = 0
    items: list = field(default_factory=list)

    def line(self) -> str:
        p = self.right / self.pairs if self.pairs else 0.0
        r = self.found / self.lines if self.lines else 0.0
        cited = f"{self.summary_both}/{self.summary}"
        return (f"shared pairs P {p:.3f} ({self.right}/{self.pairs}) R {r:.3f} "
                f"({self.found}/{self.lines}); false conflicts {self.conflicts}; "
                f"false uniques en {self.uniques['en']} ar {self.uniques['ar']}; "
                f"shared summary lines citing both {cited}")


def _evidence_lines(fact: dict, arts: dict, doc: dict, drop_odd: bool) -> dict[str, set[int]]:
    found: dict[str, set[int]] = {"en": set(), "ar": set()}
    for ev in fact["evidence"]:
        art = arts[ev["article_id"]]
        lang = art["language"]
        numbers = kept(doc, lang, drop_odd)
        found[lang].add(line_of(art, ev["start"], doc[f"{lang}_sentences"], numbers))
    return found


def score_story(doc: dict, analysis: dict, score: Score, drop_odd: bool = False) -> None:
    """Add one story's compare output to the counts (and its errors to ``items``)."""
    arts = {a["id"]: a for a in analysis["articles"]}
    sid = doc["doc_id"]
    right_lines: set[int] = set()
    for fact in analysis["claims"]:
        lines = _evidence_lines(fact, arts, doc, drop_odd)
        if fact["status"] == "unique" or not (lines["en"] and lines["ar"]):
            for lang in ("en", "ar"):
                alone = lines[lang] and not lines["en" if lang == "ar" else "ar"]
                dropped = drop_odd and lang == "en" and all(i % 2 for i in lines["en"])
                if alone and not dropped:  # a line whose translation was left out is unique
                    score.uniques[lang] += 1
                    score.items.append((sid, "unique", lang, sorted(lines[lang]), fact["text"]))
        if fact["status"] == "conflict" or fact.get("conflicts"):
            score.conflicts += 1
            score.items.append((sid, "conflict", fact["id"], fact.get("conflicts"), fact["text"]))
        for i in lines["en"]:
            for j in lines["ar"]:
                score.pairs += 1
                score.right += i == j
                if i == j:
                    right_lines.add(i)
                else:
                    score.items.append((sid, "wrong pair", i, j, fact["text"]))
    body = [i for i in kept(doc, "ar", drop_odd) if i]
    score.lines += len(body)
    score.found += len(right_lines)
    for i in body:
        if i not in right_lines:
            score.items.append((sid, "missing pair", i, i, doc["en_sentences"][i].strip()))
    for line in analysis.get("summary", []):
        if line.get("status") == "shared":
            score.summary += 1
            score.summary_both += len({arts[a]["language"] for a in line["article_ids"]}) == 2


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("data", type=Path)
    ap.add_argument("out", type=Path)
    ap.add_argument("--part", choices=("dev", "held-out"), default="dev")
    ap.add_argument("--items", action="store_true")
    ap.add_argument("--reuse", action="store_true")
    ap.add_argument("--drop-odd", action="store_true")
    args = ap.parse_args()
    score = Score()
    for doc in stories(args.data, args.part):
        target = args.out / doc["doc_id"] / "compare.json"
        paths = write_inputs(doc, args.out, args.drop_odd)
        if args.reuse and target.exists():
            analysis = json.loads(target.read_text(encoding="utf-8"))
        else:
            analysis = run_compare(paths, target)
        score_story(doc, analysis, score, args.drop_odd)
    print(f"{args.part}: {score.line()}")
    if args.items and args.part == "dev":
        for item in score.items:
            print(json.dumps(item, ensure_ascii=False))


if __name__ == "__main__":
    main()
