"""The compare gold: hand-made annotations of BASIL triplets, and how output maps onto it.

A gold file (``gold/compare-basil/<triplet>.json``, made from the articles alone; its
README says how) names BASIL sentences as ``"n:p:s"`` (article 1–3 of the triplet,
paragraph, sentence) and holds no article text: ``checks`` keeps the first 12 hex
characters of each referenced sentence's SHA-1, so a changed data set is an error,
not a silently wrong score. Fields: ``facts`` (groups of same-fact sentences from at
least two articles), ``conflicts`` and ``non_conflicts`` (sentence pairs),
``quotes`` (offsets in a sentence, kind, speaker).

newsprism's output points at character offsets of the article text; BASIL's text is
rebuilt the same way for both (:mod:`newsprism.eval.basil`), so an output span maps to
the gold sentences it covers (:meth:`GoldStory.refs`).
"""

from __future__ import annotations

import argparse
import hashlib
import itertools
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from newsprism.errors import EvalError
from newsprism.eval import gold_article
from newsprism.eval.basil import BasilDoc, read_basil
from newsprism.eval.neus_raw import NEUS_PREFIX, read_neus_report
from newsprism.models import Article

__all__ = ["GoldQuote", "GoldStory", "Ref", "load_compare_gold", "ref_pairs"]

Ref = tuple[str, int, int]  # (article number, paragraph, sentence)
Pair = frozenset[Ref]
SPAN_SHARE = 0.5  # an output span covers a sentence when it holds half of the shorter one


def parse_ref(text: str) -> Ref:
    number, paragraph, sentence = text.split(":")
    return number, int(paragraph), int(sentence)


def sentence_hash(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:12]


def ref_pairs(refs: list[Ref]) -> set[Pair]:
    """Every pair of refs from two different articles."""
    return {frozenset((a, b)) for a, b in itertools.combinations(set(refs), 2) if a[0] != b[0]}


@dataclass(frozen=True)
class GoldQuote:
    """A quoted span: offsets in the article text, its kind and its speaker."""

    number: str
    start: int
    end: int
    kind: str  # direct | partial | scare
    speaker: str | None
    resolvable: bool


@dataclass
class GoldStory:
    """One annotated triplet: its articles (as newsprism sees them) and the gold."""

    triplet: str
    event: str
    docs: dict[str, BasilDoc]
    articles: dict[str, Article]
    facts: list[dict[str, Any]]
    conflicts: list[Pair]
    non_conflicts: list[Pair]
    quotes: list[GoldQuote]
    kinds: dict[Pair, str] = field(default_factory=dict)

    @property
    def number_of(self) -> dict[str, str]:
        """Article id -> article number in the triplet."""
        return {a.id: n for n, a in self.articles.items()}

    def fact_refs(self) -> list[list[Ref]]:
        return [[parse_ref(r) for r in fact["sentences"]] for fact in self.facts]

    def shared_pairs(self) -> set[Pair]:
        return set().union(*(ref_pairs(refs) for refs in self.fact_refs()))

    def grouped(self) -> set[Ref]:
        """Sentences that state a fact another article states too."""
        return {ref for refs in self.fact_refs() for ref in refs}

    def refs(self, article_id: str, start: int, end: int) -> list[Ref]:
        """The gold sentences an output span of one article covers."""
        number = self.number_of.get(article_id)
        if number is None or start < 0:
            return []
        found = []
        for (p, s), (s0, s1) in self.docs[number].sentences.items():
            overlap = min(end, s1) - max(start, s0)
            if overlap > 0 and overlap >= SPAN_SHARE * min(end - start, s1 - s0):
                found.append((number, p, s))
        return found


def _check(doc_by_number: dict[str, BasilDoc], checks: dict[str, str], path: Path) -> None:
    for text, expected in checks.items():
        number, p, s = parse_ref(text)
        try:
            sentence = doc_by_number[number].sentence(p, s)
        except (KeyError, IndexError) as exc:
            raise EvalError(f"{path}: sentence {text} does not exist", code="E300") from exc
        if sentence_hash(sentence) != expected:
            raise EvalError(f"{path}: sentence {text} differs from the annotated text "
                            "(another BASIL version?)", code="E300")  # fmt: skip


def _quote(entry: dict[str, Any], docs: dict[str, BasilDoc]) -> GoldQuote:
    number, p, s = parse_ref(entry["ref"])
    offset = docs[number].sentences[(p, s)][0]
    return GoldQuote(number, offset + int(entry["start"]), offset + int(entry["end"]),
                     entry["kind"], entry.get("speaker"),
                     bool(entry.get("resolvable", True)))  # fmt: skip


def _read_doc(basil_dir: Path, file: str, number: str) -> BasilDoc:
    """A BASIL article (``<year>/<file>.json``), or a NeuS raw-crawl report
    (``neus-raw:<row>:<side>``, session 28) under the data folder that holds basil/."""
    if file.startswith(NEUS_PREFIX):
        return read_neus_report(basil_dir.parent, file, number)
    return read_basil(basil_dir / "articles" / file)


def _key(doc: BasilDoc) -> str:
    """The article id's key: as gold/speakers-neus keys a crawl report, else BASIL's."""
    return doc.name if doc.name.startswith(NEUS_PREFIX) else f"basil:{doc.name}"


def _story(path: Path, basil_dir: Path) -> GoldStory:
    gold = json.loads(path.read_text("utf-8"))
    docs = {n: _read_doc(basil_dir, meta["file"], n) for n, meta in gold["articles"].items()}
    _check(docs, gold.get("checks", {}), path)
    articles = {n: gold_article(_key(d), d.text, title=d.title, outlet=d.outlet,
                                published_at=d.date, source=str(d.path),
                                paragraphs=d.raw.get("body") or [" ".join(p) for p in d.paragraphs])
                for n, d in docs.items()}  # fmt: skip
    conflicts = [frozenset((parse_ref(c["a"]), parse_ref(c["b"]))) for c in gold["conflicts"]]
    kinds = {pair: c.get("kind", "") for pair, c in zip(conflicts, gold["conflicts"], strict=True)}
    return GoldStory(
        triplet=gold["triplet"], event=gold.get("event", ""), docs=docs, articles=articles,
        facts=gold["facts"], conflicts=conflicts,
        non_conflicts=[frozenset((parse_ref(c["a"]), parse_ref(c["b"])))
                       for c in gold.get("non_conflicts", [])],
        quotes=[_quote(q, docs) for q in gold.get("quotes", [])], kinds=kinds,
    )  # fmt: skip


def load_compare_gold(gold_dir: Path, basil_dir: Path) -> list[GoldStory]:
    """Every annotated triplet of ``gold_dir``, checked against the BASIL texts.

    Raises:
        EvalError: E300 when the gold folder is empty, a file is malformed, or a
            referenced sentence is missing or differs from the one annotated.
    """
    paths = sorted(Path(gold_dir).glob("*.json"))
    if not paths:
        raise EvalError(f"{gold_dir}: no gold files (<triplet>.json)", code="E300")
    stories = []
    for path in paths:
        try:
            stories.append(_story(path, basil_dir))
        except (OSError, ValueError, KeyError, TypeError, IndexError) as exc:
            raise EvalError(f"{path} is not a compare gold file: {exc!r}", code="E300") from exc
    return stories


def gold_years_cli(description: str, root: Path, argv: list[str] | None = None
                   ) -> tuple[argparse.Namespace, list[GoldStory]]:  # fmt: skip
    """The command line the gold-reading scripts share (``DATA [--gold DIR] [--years
    Y,Y]``, the tuned years 2010-2012 by default) and the gold stories of those years,
    so that each script measures on the same stories."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("data", type=Path)
    parser.add_argument("--gold", type=Path, default=root / "gold" / "compare-basil")
    parser.add_argument("--years", default="2010,2011,2012")
    args = parser.parse_args(argv)
    years = set(args.years.split(","))
    stories = [s for s in load_compare_gold(args.gold, args.data / "basil")
               if next(iter(s.docs.values())).year in years]  # fmt: skip
    return args, stories
