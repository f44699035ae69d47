"""Which "unique" facts are wrong, and would a candidate rule hedge them? (session 23)

A fact shown as one outlet's alone is wrong when the gold puts its sentence in a group
with another outlet's (``eval compare``, "unique right"). This script runs
``analyze_story`` on the gold stories of the tuned years (2010–2012 unless told), keeps
what the unique check and the omission check read (the facts before the check, the
pair scores, the same-fact probability with and without its vetoes, the whole
sentences' probability), and prints:

- each wrong unique with the sentences the gold groups it with, and for every other
  article its likeliest sentence: the whole-sentence probability, the probability before
  the model's vetoes, and whether the omission check (``compare/stated.py``) says the
  article states the fact;
- for each candidate rule, how many wrong uniques it would turn into a hedge (a gain in
  precision) and how many right ones (a loss of recall).

    python scripts/unique_wrong_study.py ../shared/data --gold gold/compare-basil-train
    python scripts/unique_wrong_study.py ../shared/data --gold gold/compare-basil
    python scripts/unique_wrong_study.py ../shared/data --fresh

``--fresh`` runs the BASIL triplets of the tuned years that no compare gold holds and
prints each unique fact a candidate would hedge, to be read against the articles.

Measured and read in docs/eval-compare.md, "Session 23: uniques".
"""

from __future__ import annotations

import copy
import sys
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from newsprism.compare import story as story_module  # noqa: E402
from newsprism.compare import unique  # noqa: E402
from newsprism.compare.stated import OMISSION_BAR, stating  # noqa: E402
from newsprism.eval import gold_article  # noqa: E402
from newsprism.eval.basil import basil_files, read_basil  # noqa: E402
from newsprism.eval.compare_gold import GoldStory, gold_years_cli  # noqa: E402

MINILM = "minilm-onnx"


@dataclass
class Story:
    """One story's run: what the unique and omission checks read (``gold``: None for a
    story in no compare gold, read by hand)."""

    name: str
    articles: list[Any]
    gold: GoldStory | None = None
    seen: dict[str, Any] = field(default_factory=dict)

    @property
    def claims(self) -> list[Any]:
        return self.seen["claims"]


def run(runs: list[Story]) -> list[Story]:
    """``analyze_story`` on each story, its checks' inputs caught by wrapping them."""
    originals = (story_module.recheck_unique, story_module.stating,
                 story_module.same_fact_scores)  # fmt: skip
    current: list[Story] = []

    def recheck(facts, claims, lemmas, scores=None, probability=None, opposite=None,
                prospect=None):  # fmt: skip
        current[-1].seen.update(facts=copy.deepcopy(list(facts)), claims=list(claims),
                             lemmas=list(lemmas), scores=scores, probability=probability,
                             opposite=opposite, prospect=prospect)  # fmt: skip
        return originals[0](facts, claims, lemmas, scores, probability, opposite,
                            prospect=prospect)

    def states(claims, sentences):
        current[-1].seen["sentences"] = sentences
        return originals[1](claims, sentences)

    def scores(*args, **kwargs):
        found = originals[2](*args, **kwargs)
        current[-1].seen["raw"] = found[1]
        return found

    story_module.recheck_unique, story_module.stating = recheck, states
    story_module.same_fact_scores = scores
    try:
        for story in runs:
            current.append(story)
            story_module.analyze_story(story.articles)
    finally:
        (story_module.recheck_unique, story_module.stating,
         story_module.same_fact_scores) = originals  # fmt: skip
    return runs


@dataclass
class Unique:
    """A fact the unique check leaves unique, with what the candidate rules read."""

    story: Story
    fact: Any
    row: int
    right: bool | None  # None: a story in no gold
    others: np.ndarray  # a mask of the claims of the other articles

    def best(self, matrix: np.ndarray, mask: np.ndarray | None = None) -> float:
        """The fact's best value in ``matrix`` over the other articles' claims."""
        keep = self.others if mask is None else self.others & mask
        return float(matrix[self.row][keep].max()) if keep.any() else 0.0


def uniques(story: Story) -> list[Unique]:
    """The facts the unique check leaves unique; in a gold story those the gold
    annotates, each right when the gold groups none of its sentences."""
    seen, gold = story.seen, story.gold
    facts = copy.deepcopy(seen["facts"])
    unique.recheck_unique(facts, seen["claims"], seen["lemmas"], seen["scores"],
                          seen["probability"], seen["opposite"],
                          prospect=seen.get("prospect"))  # fmt: skip
    row = {c.id: i for i, c in enumerate(story.claims)}
    found = []
    for fact in (f for f in facts if f.status == "unique"):
        right = None
        if gold is not None:
            refs = [r for c in fact.claims for r in gold.refs(c.article_id, c.start, c.end)]
            if not refs:
                continue
            right = not set(refs) & gold.grouped()
        mine = fact.claims[0]
        others = np.array([c.article_id != mine.article_id for c in story.claims])
        found.append(Unique(story, fact, row[mine.id], right, others))
    return found


def _stated(u: Unique, bar_only: bool = False) -> bool:
    """The omission check (compare/stated.py): another article states the fact."""
    seen = u.story.seen
    if bar_only:
        return u.best(seen["sentences"]) >= OMISSION_BAR
    states = stating(u.story.claims, seen["sentences"])
    return any(states(a, u.fact) for a in {c.article_id for c in u.story.claims}
               if a not in u.fact.article_ids)  # fmt: skip


def _topical_before_vetoes(u: Unique, bar: float = unique.NEAR_PROBABILITY) -> bool:
    """The unique check's topical test with the model's chance read before its vetoes
    (a polarity or date veto zeroes a paraphrase: "did not respond … which Mr. Steele
    announced in a weekend e-mail" / "Steele sent an e-mail")."""
    seen = u.story.seen
    topical = u.best(seen["scores"]) >= unique.NEAR_SCORE
    return topical and u.best(seen["raw"]) >= bar


def _topical_pair_before_vetoes(u: Unique, bar: float = 0.1) -> bool:
    """A topical sentence whose own chance before the vetoes is ``bar`` or more."""
    seen = u.story.seen
    return u.best(seen["raw"], seen["scores"][u.row] >= unique.NEAR_SCORE) >= bar


def _lower_chance(u: Unique, bar: float = 0.005) -> bool:
    """The unique check's topical test at a lower same-fact chance."""
    seen = u.story.seen
    return u.best(seen["scores"]) >= unique.NEAR_SCORE and u.best(seen["probability"]) >= bar


def _rare_words(u: Unique, rare: int = 3, shared: int = 2) -> bool:
    """``shared`` content words in common with one sentence of another outlet, each
    printed by at most ``rare`` sentences of the story."""
    lemmas = u.story.seen["lemmas"]
    printed = Counter(w for words in lemmas for w in words)
    mine = {w for w in lemmas[u.row] if printed[w] <= rare}
    return any(len(mine & lemmas[j]) >= shared for j in np.flatnonzero(u.others))


def _minilm(u: Unique, bar: float = 0.58) -> bool:
    """MiniLM cosine of ``bar`` or more with one sentence of another outlet."""
    seen = u.story.seen
    if "minilm" not in seen:
        from newsprism.embeddings import get_embedder

        vectors = np.asarray(get_embedder(MINILM).encode([c.text for c in u.story.claims]))
        seen["minilm"] = vectors / np.linalg.norm(vectors, axis=1, keepdims=True)
    vectors = seen["minilm"]
    return u.best(vectors @ vectors.T) >= bar


CANDIDATES: dict[str, Callable[[Unique], bool]] = {
    "another article states it (compare/stated.py, the omission check)": _stated,
    "... its probability bar alone (P >= 0.12)": lambda u: _stated(u, bar_only=True),
    "topical test, chance read before the vetoes (>= 0.01)": _topical_before_vetoes,
    "a topical sentence at 0.1 before the vetoes": _topical_pair_before_vetoes,
    "topical test at a chance of 0.005 (0.01 today)": _lower_chance,
    "2 rare content words (<= 3 sentences) in one sentence": _rare_words,
    "MiniLM cosine >= 0.58 with one sentence": _minilm,
}


def show(u: Unique) -> None:
    """A wrong unique: the gold's partners, and each other article's likeliest sentence."""
    gold, claims, seen = u.story.gold, u.story.claims, u.story.seen
    mine = u.fact.claims[0]
    refs = gold.refs(mine.article_id, mine.start, mine.end)
    print(f"\n{gold.triplet[:8]} {refs} {mine.text}")
    for group in gold.fact_refs():
        for n, p, s in sorted(set(group) - set(refs)) if set(refs) & set(group) else ():
            print(f"    gold partner {n}:{p}:{s} {gold.docs[n].sentence(p, s)[:200]}")
    states = stating(claims, seen["sentences"])
    for article in sorted({c.article_id for c in claims} - {mine.article_id}):
        own = [j for j, c in enumerate(claims) if c.article_id == article]
        j = max(own, key=lambda k: seen["sentences"][u.row, k])
        print(f"    article {gold.number_of[article]}: states {states(article, u.fact)},"
              f" P {seen['sentences'][u.row, j]:.3f}, before vetoes"
              f" {seen['raw'][u.row, j]:.3f}: {claims[j].text[:150]}")


def fresh_stories(data: Path, years: set[str]) -> list[Story]:
    """The BASIL triplets of ``years`` that no compare gold holds (read by hand)."""
    held = {p.stem[:8] for name in ("compare-basil", "compare-basil-train")
            for p in (ROOT / "gold" / name).glob("*.json")}  # fmt: skip
    triplets: dict[str, list[Any]] = {}
    for path in basil_files(data / "basil"):
        doc = read_basil(path)
        if doc.year in years and doc.triplet[:8] not in held:
            triplets.setdefault(doc.triplet, []).append(doc)
    return [Story(triplet[:8], [gold_article(f"basil:{d.name}", d.text, title=d.title,
                                             outlet=d.outlet, published_at=d.date,
                                             source=str(d.path),
                                             paragraphs=[" ".join(p) for p in d.paragraphs])
                                for d in sorted(docs, key=lambda d: d.number)])
            for triplet, docs in sorted(triplets.items())]  # fmt: skip


def fresh(data: Path, years: set[str]) -> None:
    """Each unique fact of the fresh stories that a candidate would hedge, to be read
    against the articles (no gold verdict)."""
    for story in run(fresh_stories(data, years)):
        for u in uniques(story):
            hits = [name for name, rule in CANDIDATES.items() if rule(u)]
            if hits:
                print(f"{story.name}: {u.fact.claims[0].text}\n    {hits}")


def main() -> None:
    argv = sys.argv[1:]
    if "--fresh" in argv:
        argv.remove("--fresh")
        args, _ = gold_years_cli(__doc__.splitlines()[0], ROOT, argv)
        fresh(args.data, set(args.years.split(",")))
        return
    args, stories = gold_years_cli(__doc__.splitlines()[0], ROOT, argv)
    found = [u for story in run([Story(s.triplet[:8], list(s.articles.values()), s)
                                 for s in stories]) for u in uniques(story)]  # fmt: skip
    right = sum(bool(u.right) for u in found)
    print(f"{args.gold.name}, years {args.years}: unique right {right} of {len(found)}")
    for u in found:
        if not u.right:
            show(u)
    print("\n| candidate (hedge a unique when …) | wrong → hedge | right → hedge |"
          " unique right after |")
    print("|---|---|---|---|")
    for name, rule in CANDIDATES.items():
        hit = [u for u in found if rule(u)]
        gained, lost = sum(not u.right for u in hit), sum(bool(u.right) for u in hit)
        print(f"| {name} | {gained} | {lost} | {right - lost} of {len(found) - len(hit)} |")


if __name__ == "__main__":
    main()
