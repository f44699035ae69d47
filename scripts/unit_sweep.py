"""Sweep the fact units' settings one at a time, read as compare reads them.

    python scripts/unit_sweep.py ../shared/data [--years 2010,2011,2012] [--show NAME]
        [--only NAME] [--wide DIR] [--misses [--misses-at NAME] [--show-misses]] [--minilm]

Like ``unit_link_pairs.py``, but each setting is read through
:class:`newsprism.compare.units.UnitReading` (a part that cannot be shown links
nothing, an unresolved reporter never links to a named one, a unit link enters complete
link at the grouping threshold), so the grouped figures are the ones ``eval compare``
prints for ``shared P / R``. One setting moves at a time from the shipped one: the unit
threshold, the floor (the whole-sentence probability from which a pair's units are
read), the words and content words a unit needs, and which clauses are cut (``CUTS``).
For each: the sentence pairs the units link that the model leaves under its threshold
(gold: in one gold fact group; false: not) and grouped P / R. ``--show NAME`` prints the
pairs that setting adds beyond the shipped one (+) and those it drops (-), with the
units that link them; ``--wide DIR`` reads stories in no gold instead (DIR/*/*: folders
of compare JSON items, as ``wide_conflict_inputs.py`` writes them). ``--misses`` sorts
the gold pairs that one sentence states among more facts (partial overlap) and that a
setting still misses, by why; ``--minilm`` scores the same unit pairs by MiniLM cosine
against gold (scripts/unit_misses.py). Writes nothing.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from dataclasses import dataclass, replace
from pathlib import Path
from types import SimpleNamespace

import numpy as np
from unit_link_pairs import grouped, story_inputs

from newsprism.compare import unit_cuts, units
from newsprism.compare.align import same_fact_scores
from newsprism.compare.same_fact import load_same_fact_model
from newsprism.compare.units import UnitPool, UnitReading, unit_pool
from newsprism.embeddings import get_embedder
from newsprism.eval.compare_gold import load_compare_gold
from newsprism.extract.nlp import load_nlp

ROOT = Path(__file__).resolve().parents[1]
# the loosest setting a pool is built at; each setting masks it down
LOOSE_FLOOR, LOOSE_WORDS, LOOSE_CONTENT = 0.005, 2, 2


class WideStory:
    """A story in no gold (a folder of compare JSON items): no gold pair, so every pair a
    setting adds is printed to be read."""

    def __init__(self, folder: Path) -> None:
        self.name = f"{folder.parent.name}/{folder.name}"
        self.articles = {}
        for path in sorted(folder.glob("*.json")):
            item = json.loads(path.read_text("utf-8"))
            self.articles[path.stem] = SimpleNamespace(id=path.stem, text=item["text"])
        self.facts: list = []

    def refs(self, *_: object) -> list:
        return []

    def shared_pairs(self) -> set:
        return set()


@dataclass(frozen=True)
class Setting:
    """One operating point of the fact units."""

    threshold: float = units.UNIT_THRESHOLD
    floor: float = units.FLOOR
    words: int = units.MIN_UNIT_WORDS
    content: int = units.MIN_CONTENT
    cut: str = "shipped"


SHIPPED = Setting()
SETTINGS = {
    "shipped": SHIPPED,
    **{f"threshold {t}": replace(SHIPPED, threshold=t) for t in (0.35, 0.4, 0.45, 0.55, 0.6)},
    **{f"floor {f}": replace(SHIPPED, floor=f) for f in (0.005, 0.01, 0.02, 0.1)},
    **{f"words {w}": replace(SHIPPED, words=w) for w in (3, 5, 6)},
    **{f"content {c}": replace(SHIPPED, content=c) for c in (3, 5)},
    "words 3, content 3": replace(SHIPPED, words=3, content=3),
    "content 3, threshold 0.45": replace(SHIPPED, content=3, threshold=0.45),
    "adjuncts, content 3": replace(SHIPPED, content=3, cut="time/place adjuncts"),
}


def _content(unit) -> int:
    """The content words of a unit, as fact_units counts them."""
    return len({t.lemma_.lower() for t in unit.tokens if not t.is_punct
                and t.pos_ in units._CONTENT and not t.is_stop
                and not (t.pos_ == "VERB" and t.lemma_.lower() in units.REPORTERS)})


def fits(unit, setting: Setting) -> bool:
    """Whether a unit has the words and content words a setting asks of a unit."""
    words = sum(not t.is_punct for t in unit.tokens)
    return words >= setting.words and _content(unit) >= setting.content


def _masked_pool(pool: UnitPool, raw: np.ndarray, setting: Setting) -> UnitPool:
    """The loose pool cut down to one setting: units too short gone, pairs under the
    floor not read."""
    small = np.array([u is not None and not fits(u, setting) for _, u in pool.owners],
                     dtype=bool)  # fmt: skip
    probability = pool.probability.copy()
    if small.any():
        probability[small, :] = 0.0
        probability[:, small] = 0.0
    return UnitPool(pool.owners, probability, pool.voices,
                    pool.candidate & (raw >= setting.floor))


def _loose_pool(inputs, raw, embedder, model):
    """The pool at the loosest setting, units of 2 words and 2 content words kept."""
    claims, vectors, profiles, tokens, entities = inputs
    words, content = unit_cuts.MIN_UNIT_WORDS, unit_cuts.MIN_CONTENT
    unit_cuts.MIN_UNIT_WORDS, unit_cuts.MIN_CONTENT = LOOSE_WORDS, LOOSE_CONTENT
    try:
        return unit_pool(claims, tokens, profiles, vectors, raw, embedder.encode, model,
                         mentions=entities.mentions, floor=LOOSE_FLOOR)
    finally:
        unit_cuts.MIN_UNIT_WORDS, unit_cuts.MIN_CONTENT = words, content


class StoryReader:
    """One gold story parsed once, its pools built once per cut rule."""

    def __init__(self, nlp, embedder, story) -> None:
        self.story, self.embedder = story, embedder
        self.model = load_same_fact_model()
        self.inputs = story_inputs(nlp, embedder, story)
        claims, vectors, profiles = self.inputs[:3]
        self.base, self.raw = same_fact_scores(claims, vectors, profiles, self.model)
        self.claims = claims
        self.refs = [story.refs(c.article_id, c.start, c.end) for c in claims]
        self.gold = story.shared_pairs()
        self.pools: dict[str, UnitPool] = {}

    def pool(self, cut: str) -> UnitPool:
        if cut not in self.pools:
            shipped = unit_cuts._is_cut
            unit_cuts._is_cut = CUTS[cut]
            try:
                self.pools[cut] = _loose_pool(self.inputs, self.raw, self.embedder, self.model)
            finally:
                unit_cuts._is_cut = shipped
        return self.pools[cut]

    def reading(self, setting: Setting) -> UnitReading:
        pool = _masked_pool(self.pool(setting.cut), self.raw, setting)
        return UnitReading(pool, self.base, self.model.threshold,
                           unit_threshold=setting.threshold)

    def is_gold(self, i: int, j: int) -> bool:
        pairs = {frozenset((x, y)) for x in self.refs[i] for y in self.refs[j] if x[0] != y[0]}
        return bool(pairs & self.gold)

    def read(self, setting: Setting) -> dict:
        """Grouped true / predicted pairs and the pairs the units add."""
        reading = self.reading(setting)
        found = grouped(reading.linked(), self.model.threshold, self.claims, self.refs)
        added = {(int(i), int(j)) for i, j in zip(*np.nonzero(np.triu(
            (reading.best >= setting.threshold) & (self.base < self.model.threshold))),
            strict=True)}  # fmt: skip
        return {"tp": len(found & self.gold), "pred": len(found), "gold": len(self.gold),
                "added": added, "reading": reading}


def _row(name, rows) -> str:
    tp, pred, gold = (sum(r[k] for r in rows) for k in ("tp", "pred", "gold"))
    added = [(r, p) for r in rows for p in r["added"]]
    g = sum(r["story"].is_gold(*p) for r, p in added)
    return (f"{name:28s} added gold {g:3d} false {len(added) - g:3d}   "
            f"grouped P {tp / max(pred, 1):.3f} R {tp / max(gold, 1):.3f} "
            f"({tp}/{pred}, gold {gold})")


def _show(name, rows, shipped_rows) -> None:
    """The pairs a setting links that the shipped one does not (+), and those it drops (-)."""
    for sign, pairs in (("+", zip(rows, shipped_rows, strict=True)),
                        ("-", zip(shipped_rows, rows, strict=True))):
        for r, s in pairs:
            story, reading = r["story"], r["reading"]
            for i, j in sorted(r["added"] - s["added"]):
                a, b = reading.pool.parts(i, j, reading.matrix)
                label = getattr(story.story, "name", None) or \
                    ("gold" if story.is_gold(i, j) else "FALSE")
                print(f"{sign}[{label} {reading.best[i, j]:.3f} base {story.base[i, j]:.3f}] "
                      f"{a.kind if a else 'whole'}/{b.kind if b else 'whole'}\n"
                      f"   A: {story.claims[i].text[:240]}\n   a: {a.text if a else '-'}\n"
                      f"   B: {story.claims[j].text[:240]}\n   b: {b.text if b else '-'}")
    print(f"-- {name}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", type=Path)
    parser.add_argument("--gold", type=Path, default=ROOT / "gold" / "compare-basil")
    parser.add_argument("--years", default="2010,2011,2012")
    parser.add_argument("--show", action="append", default=[], help="a setting's name")
    parser.add_argument("--misses", action="store_true", help="sort the partial misses")
    parser.add_argument("--show-misses", action="store_true", help="print each of them")
    parser.add_argument("--misses-at", default="shipped", help="the setting misses are read at")
    parser.add_argument("--minilm", action="store_true",
                        help="the MiniLM cosine of the unit pairs against gold (--misses-at)")
    parser.add_argument("--only", action="append", default=[], help="only these settings")
    parser.add_argument("--wide", type=Path, help="a folder of stories in no gold (one folder "
                        "of compare JSON items each): the pairs each setting adds, to read")
    args = parser.parse_args()
    years = set(args.years.split(","))
    nlp, embedder = load_nlp(), get_embedder("static")
    if args.wide:
        stories = [WideStory(d) for d in sorted(args.wide.glob("*/*")) if d.is_dir()]
    else:
        stories = [s for s in load_compare_gold(args.gold, args.data / "basil")
                   if next(iter(s.docs.values())).year in years]  # fmt: skip
    readers = [StoryReader(nlp, embedder, s) for s in stories]
    settings = dict(SETTINGS)
    settings.update({f"cut: {c}": replace(SHIPPED, cut=c) for c in CUTS if c != "shipped"})
    if args.only:
        settings = {k: v for k, v in settings.items() if k in args.only or k == "shipped"}
    shipped_rows = [dict(r.read(SHIPPED), story=r) for r in readers]
    for name, setting in settings.items():
        rows = [dict(r.read(setting), story=r) for r in readers]
        print(_row(name, rows), flush=True)
        if name in args.show:
            _show(name, rows, shipped_rows)
    if args.misses:
        from unit_misses import sort_misses  # only with --misses

        counts = Counter()
        for r in readers:
            counts.update(sort_misses(r, settings[args.misses_at], args.show_misses))
        _print_misses(counts)
    if args.minilm:
        from unit_misses import minilm_check  # only with --minilm

        minilm_check(readers, settings[args.misses_at])


def _print_misses(counts: Counter) -> None:
    """The misses by cause, with the kind of gold fact and whether the whole pair was
    vetoed."""
    causes = Counter()
    for (cause, _, _), n in counts.items():
        causes[cause] += n
    print(f"{'cause':78s} all  core label other | whole vetoed")
    for cause, n in causes.most_common():
        kinds = [sum(v for (c, k, _), v in counts.items() if c == cause and k == kind)
                 for kind in ("core", "label", "other")]  # fmt: skip
        vetoed = sum(v for (c, _, w), v in counts.items() if c == cause and w == "whole vetoed")
        print(f"{cause:78s} {n:4d} {kinds[0]:4d} {kinds[1]:5d} {kinds[2]:5d} | {vetoed:4d}")
    print(f"{'total':78s} {sum(causes.values()):4d}")


# ---- which clauses are cut: the shipped rule and the variants measured ----

def _has_object(verb) -> bool:
    return any(c.dep_ in ("dobj", "dative", "attr", "ccomp", "xcomp", "oprd")
               or (c.dep_ == "prep" and any(g.dep_ == "pobj" for g in c.children))
               for c in verb.children)  # fmt: skip


def _participle(token) -> bool:
    """An adverbial participial clause with its own object ("…, calling it a scam")."""
    return (token.dep_ in ("advcl", "acl") and token.tag_ in ("VBG", "VBN")
            and token.head.pos_ in ("VERB", "AUX") and _has_object(token))


def _infinitive(token) -> bool:
    """An adverbial infinitive with its own object ("went to Ohio to promote his plan")."""
    return (token.dep_ == "advcl" and token.tag_ == "VB" and _has_object(token)
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children))


def _any_conj(token) -> bool:
    """A verb phrase conjoined to a verb, with a tense or none."""
    return token.dep_ == "conj" and token.pos_ == "VERB" and token.head.pos_ in ("VERB", "AUX")


def _reduced_relative(token) -> bool:
    """A participle that describes a name ("Arpaio, known for his tough stances")."""
    return (token.dep_ == "acl" and token.tag_ in ("VBN", "VBG") and token.head.pos_ == "PROPN"
            and _has_object(token))


def _under_denial(token) -> bool:
    """A finite complement clause of a denial or a negated verb ("denied they give …")."""
    return (token.dep_ == "ccomp" and token.pos_ in ("VERB", "AUX") and units._finite(token)
            and units._refuting(token.head))


def _noun_clause(token) -> bool:
    """A clause that names a thing ("the right to build the center"), with its object."""
    return token.dep_ == "acl" and token.pos_ == "VERB" and _has_object(token)


_PLACE_TIME = frozenset({"DATE", "TIME", "GPE", "LOC", "FAC"})


def _adjunct(token) -> bool:
    """A prepositional time or place adjunct of a verb ("on Thursday", "in Des Moines")."""
    return (token.dep_ == "prep" and token.head.pos_ in ("VERB", "AUX")
            and any(c.dep_ == "pobj" and c.ent_type_ in _PLACE_TIME for c in token.children))


_SHIPPED_CUT = unit_cuts._is_cut
CUTS = {
    "shipped": _SHIPPED_CUT,
    "participles with an object": lambda t: _SHIPPED_CUT(t) or _participle(t),
    "infinitives with an object": lambda t: _SHIPPED_CUT(t) or _infinitive(t),
    "conjoined verbs, any tense": lambda t: _SHIPPED_CUT(t) or _any_conj(t),
    "time/place adjuncts": lambda t: _SHIPPED_CUT(t) or _adjunct(t),
    "reduced relatives of a name": lambda t: _SHIPPED_CUT(t) or _reduced_relative(t),
    "clauses under a denial": lambda t: _SHIPPED_CUT(t) or _under_denial(t),
    "noun clauses (acl) with an object": lambda t: _SHIPPED_CUT(t) or _noun_clause(t),
    "participles, infinitives, conjoined, reduced": lambda t: (
        _SHIPPED_CUT(t) or _participle(t) or _infinitive(t) or _any_conj(t)
        or _reduced_relative(t)),
}


if __name__ == "__main__":
    main()
