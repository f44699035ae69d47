"""Quote variants scored against a hand-made gold: are the linked quotes one statement?

A gold file (``gold/quote-variants/<story>.json``; its README says how it was made from
the articles alone) holds groups of quoted spans from different articles that render the
same statement of the same speaker. Every cross-article pair inside a gold group is a
gold pair. On the public JSON of ``compare``:

- a **predicted pair** is any two quotes of one ``quote_variants`` group; it is right
  when the two come from different articles and overlap two quotes of one gold group
  (so two quotes of one article in a group are a wrong pair);
- a **group is right** when every pair in it is right;
- **recall** is the share of gold pairs that some predicted pair covers.

Precision first: a wrong group shows a fact-checker two different statements as one.
"""

from __future__ import annotations

import itertools
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from newsprism.errors import EvalError
from newsprism.eval import gold_article
from newsprism.eval.basil import read_basil
from newsprism.eval.compare_gold import sentence_hash
from newsprism.models import Article

__all__ = ["VariantStory", "VariantTally", "load_variant_gold", "score_variants"]

Span = tuple[str, int, int]  # article id, start, end in the article text


@dataclass
class VariantStory:
    """One story of the gold: its articles and its gold quotes (article spans)."""

    name: str
    articles: list[Article]
    quotes: dict[str, Span]  # gold quote id -> span
    groups: list[list[str]]

    def gold_pairs(self) -> set[frozenset[str]]:
        """Every pair of gold quotes of one group from two articles."""
        return {frozenset((a, b)) for group in self.groups
                for a, b in itertools.combinations(group, 2)
                if self.quotes[a][0] != self.quotes[b][0]}  # fmt: skip


@dataclass
class VariantTally:
    """Counts summed over stories; ratios at the end."""

    stories: int = 0
    pairs: int = 0
    pairs_right: int = 0
    groups: int = 0
    groups_right: int = 0
    gold: int = 0
    found: int = 0
    wrong: list[str] = field(default_factory=list)

    def add(self, other: VariantTally) -> None:
        for name in ("stories", "pairs", "pairs_right", "groups", "groups_right", "gold",
                     "found"):  # fmt: skip
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.wrong.extend(other.wrong)

    def row(self, system: str) -> dict[str, Any]:
        def ratio(a: int, b: int) -> float | None:
            return round(a / b, 3) if b else None

        return {"system": system, "stories": self.stories,
                "pair P": ratio(self.pairs_right, self.pairs),
                "pair R": ratio(self.found, self.gold),
                "pairs": f"{self.pairs_right} of {self.pairs}",
                "groups right": f"{self.groups_right} of {self.groups}",
                "gold pairs found": f"{self.found} of {self.gold}"}  # fmt: skip


def _basil_story(gold: dict[str, Any], basil_dir: Path, path: Path) -> VariantStory:
    docs = {n: read_basil(basil_dir / "articles" / meta["file"])
            for n, meta in gold["articles"].items()}  # fmt: skip
    for ref, expected in gold.get("checks", {}).items():
        n, p, s = ref.split(":")
        if sentence_hash(docs[n].sentence(int(p), int(s))) != expected:
            raise EvalError(f"{path}: sentence {ref} differs from the annotated text",
                            code="E300")  # fmt: skip
    articles = {n: gold_article(f"basil:{d.name}", d.text, title=d.title, outlet=d.outlet,
                                published_at=d.date, source=str(d.path),
                                paragraphs=[" ".join(p) for p in d.paragraphs])
                for n, d in docs.items()}  # fmt: skip
    quotes = {}
    for q in gold["quotes"]:
        n, p, s = q["ref"].split(":")
        offset = docs[n].sentences[(int(p), int(s))][0]
        quotes[q["id"]] = (articles[n].id, offset + int(q["start"]), offset + int(q["end"]))
    return VariantStory(gold["story"], list(articles.values()), quotes, gold["groups"])


def _seed_story(gold: dict[str, Any], seeds_dir: Path, path: Path) -> VariantStory:
    from newsprism.pipeline import clean_paths

    files = [seeds_dir / meta["file"] for meta in gold["articles"].values()]
    cleaned, failures = clean_paths([str(f) for f in files])
    if failures or len(cleaned) != len(files):
        raise EvalError(f"{path}: the seed files did not clean: {failures}", code="E300")
    by_key = dict(zip(gold["articles"], cleaned, strict=True))
    quotes = {}
    for q in gold["quotes"]:
        article = by_key[q["article"]]
        # the quoted occurrence first: the same words may stand unquoted earlier
        found = [(at, len(mark)) for mark in ("“", "\"", "")
                 if (at := article.text.find(mark + q["begins"])) >= 0]
        if not found:
            raise EvalError(f"{path}: {q['begins']!r} is not in {q['article']}", code="E300")
        at, skip = found[0]
        quotes[q["id"]] = (article.id, at + skip, at + skip + len(q["begins"]))
    return VariantStory(gold["story"], cleaned, quotes, gold["groups"])


def load_variant_gold(gold_dir: Path, basil_dir: Path, seeds_dir: Path) -> list[VariantStory]:
    """Every story of ``gold_dir``, checked against the BASIL texts.

    Raises:
        EvalError: E300 when the folder is empty, a file is malformed or a sentence
            differs from the one annotated.
    """
    paths = sorted(Path(gold_dir).glob("*.json"))
    if not paths:
        raise EvalError(f"{gold_dir}: no gold files (<story>.json)", code="E300")
    stories = []
    for path in paths:
        try:
            gold = json.loads(path.read_text("utf-8"))
            if gold["source"] == "seeds":
                stories.append(_seed_story(gold, Path(seeds_dir), path))
            else:
                stories.append(_basil_story(gold, Path(basil_dir), path))
        except (OSError, ValueError, KeyError, TypeError, IndexError) as exc:
            raise EvalError(f"{path} is not a quote-variant gold file: {exc!r}",
                            code="E300") from exc  # fmt: skip
    return stories


def _covers(story: VariantStory, quote: dict[str, Any]) -> set[str]:
    """The gold quotes an output quote overlaps (same article, at least one character)."""
    return {gid for gid, (aid, start, end) in story.quotes.items()
            if aid == quote["article_id"]
            and min(end, quote["end"]) - max(start, quote["start"]) > 0}  # fmt: skip


def score_variants(story: VariantStory, output: dict[str, Any]) -> VariantTally:
    """Pair precision, group precision and pair recall of one story's ``compare`` JSON."""
    tally = VariantTally(stories=1)
    gold = story.gold_pairs()
    tally.gold = len(gold)
    quotes = {q["id"]: q for q in output["quotes"]}
    found: set[frozenset[str]] = set()
    for variant in output["quote_variants"]:
        members = [quotes[i] for i in variant["quote_ids"]]
        right_group = True
        for a, b in itertools.combinations(members, 2):
            hits = {frozenset((x, y)) for x in _covers(story, a) for y in _covers(story, b)
                    if x != y} & gold if a["article_id"] != b["article_id"] else set()  # fmt: skip
            tally.pairs += 1
            tally.pairs_right += bool(hits)
            found |= hits
            if not hits:
                right_group = False
                tally.wrong.append(f"{story.name[:8]} {variant['id']} ({variant.get('speaker')}): "
                                   f"{a['text'][:60]!r} / {b['text'][:60]!r}")  # fmt: skip
        tally.groups += 1
        tally.groups_right += right_group
    tally.found = len(found)
    return tally
