"""The missed shared pairs written in the reporter's own words on both sides, by the stage
that loses each and by what differs between the two sentences (issue 12, session 33;
docs/eval-compare.md "Session 33: the reporter's own words, the misses by stage and by
difference").

    python scripts/recall_losses.py ../shared/data --gold GOLD --cache FILE   # first
    python scripts/recall_own_words.py ../shared/data GOLD=FILE [GOLD=FILE …] [--show]

Takes every missed gold pair whose best-scored claim pair is of the kind "reporter's
words" (``recall_kinds.kind_of``: no quotation on either side, no speaker in common,
lengths within a factor of two), names the stage that loses it
(``recall_losses.classify``: under the bar with the model's score, a veto, complete link),
and sorts it by the first difference below that holds, read with the project's spaCy
pipeline (one sentence's content lemmas against the other's):

- ``a number or date written differently``: one number or date in both, written in
  other words ("three" / "3", "$447 billion" / "447 billion", "Sept. 11" / "9/11");
- ``a name on one side, a role or pronoun on the other``: the subject of one is a
  person's name the other does not print, and the other's subject is a pronoun or a
  common noun;
- ``one adds a clause``: at least two thirds of the shorter sentence's content lemmas
  are in the longer, which has five more or over;
- ``word choice for one act``: the two main verbs' lemmas differ and under half of the
  shorter's content lemmas are in the other;
- ``other numbers or dates``: both carry a number or date (a digit, a number word, a
  month or weekday), none the same;
- ``the rest``: same verb or much overlap, other words around it.

``--probe`` also counts, over every claim pair of the kind that no rule vetoes and no
link lifts, the gold and not-gold pairs that four surface keys would add (a number in
common; the main verb in common; the subject's entity in common; each with a score
floor): a key a rule could use must find gold pairs at the precision kept (0.93).

Prints the two tables (stage × difference, score bins) and with ``--show`` every pair.
Writes nothing.
"""

from __future__ import annotations

import argparse
import pickle
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from recall_kinds import kind_of
from recall_losses import classify

from newsprism.compare.same_fact import load_same_fact_model
from newsprism.eval.compare_gold import load_compare_gold
from newsprism.extract.nlp import load_nlp

OWN = "reporter's words"
CONTENT = {"NOUN", "PROPN", "VERB", "ADJ", "NUM", "ADV"}
DATE_WORDS = {"january", "february", "march", "april", "may", "june", "july", "august",
              "september", "october", "november", "december", "monday", "tuesday",
              "wednesday", "thursday", "friday", "saturday", "sunday", "yesterday",
              "today", "tomorrow", "week", "month", "year", "jan.", "feb.", "aug.",
              "sept.", "oct.", "nov.", "dec."}  # fmt: skip


NUMBER_WORDS = {w: str(n) for n, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve".split())}
SCALES = {"hundred": "00", "thousand": "000", "million": "m", "billion": "b"}


def _numbers(doc) -> set[str]:
    """The number and date words of a sentence, as written (lower case)."""
    return {t.lower_ for t in doc if t.like_num or t.lower_ in DATE_WORDS}


def _values(doc) -> dict[str, set[str]]:
    """The same by value, each with its written forms: a word number as digits, "$", ","
    and "%" dropped, a scale word glued to the number before it ("447 billion" → "447b"),
    a month by its first three letters ("Sept." / "September")."""
    out: dict[str, set[str]] = {}
    tokens = list(doc)
    for k, t in enumerate(tokens):
        word = t.lower_.strip("$%").replace(",", "")
        if t.lower_ in DATE_WORDS:
            out.setdefault(t.lower_[:3], set()).add(t.lower_)
        elif t.like_num and t.lower_ not in SCALES:
            after = tokens[k + 1].lower_ if k + 1 < len(tokens) else ""
            value = NUMBER_WORDS.get(word, word) + SCALES.get(after, "")
            out.setdefault(value, set()).add(t.lower_)
    return out


def _subject(doc):
    root = next((t for t in doc if t.dep_ == "ROOT"), None)
    if root is None:
        return None, None
    subj = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return root, subj


def difference(a, b) -> str:
    """The first difference of the module docstring that holds for docs a and b."""
    la = {t.lemma_.lower() for t in a if t.pos_ in CONTENT and not t.is_stop}
    lb = {t.lemma_.lower() for t in b if t.pos_ in CONTENT and not t.is_stop}
    na, nb = _numbers(a), _numbers(b)
    va, vb = _values(a), _values(b)
    if any(va[v] != vb[v] for v in va.keys() & vb.keys()):
        return "a number or date written differently"
    (ra, sa), (rb, sb) = _subject(a), _subject(b)
    for s, t, other in ((sa, sb, b), (sb, sa, a)):
        if s is not None and t is not None and s.ent_type_ == "PERSON" and \
                t.pos_ in ("PRON", "NOUN") and s.text not in other.text:
            return "a name on one side, a role or pronoun on the other"
    short, long_ = sorted((la, lb), key=len)
    share = len(short & long_) / max(1, len(short))
    if share >= 2 / 3 and len(long_) - len(short) >= 5:
        return "one adds a clause"
    if ra is not None and rb is not None and ra.lemma_ != rb.lemma_ and share < 0.5:
        return "word choice for one act"
    if na and nb and not na & nb:
        return "other numbers or dates"
    return "the rest"


SAY = frozenset("say tell report add write".split())


def surface(doc) -> tuple[set[str], str | None, set[str]]:
    """What the probe keys on: the sentence's numbers (years left out), its main verb's
    lemma, the last word of each named entity holding the main verb's subject."""
    nums = {t.text.strip("$,.").lower() for t in doc
            if t.like_num and not re.fullmatch(r"(19|20)\d\d", t.text)}  # fmt: skip
    root, subj = _subject(doc)
    names = {e.text.split()[-1].lower() for e in doc.ents
             if subj is not None and e.start <= subj.i < e.end}  # fmt: skip
    return nums, (root.lemma_ if root is not None else None), names


def probe_keys(a: tuple, b: tuple, raw: float) -> list[str]:
    """The surface keys (module docstring, ``--probe``) that a pair of ``surface`` reads
    holds, with the model's score ``raw``."""
    (na, ra, sa), (nb, rb, sb) = a, b
    verb = ra == rb and ra is not None and ra not in SAY
    keys = {"a number in common": bool(na & nb),
            "a number in common, score >= 0.05": bool(na & nb) and raw >= 0.05,
            "the main verb in common": verb,
            "the main verb in common, score >= 0.10": verb and raw >= 0.10,
            "the subject's name in common, score >= 0.10": bool(sa & sb) and raw >= 0.10,
            "the subject's name in common, score >= 0.15": bool(sa & sb) and raw >= 0.15}
    return [k for k, held in keys.items() if held]


def _probe_story(story, seen, threshold, vetoes, nlp, counts: Counter) -> None:
    """Count the gold / not-gold own-words claim pairs each surface key would add."""
    claims = seen["claims"]
    reads = [surface(nlp(c[4])) for c in claims]
    refs = [story.refs(aid, s, e) for _, aid, s, e, _ in claims]
    gold = story.shared_pairs()
    for i in range(len(claims)):
        for j in range(i + 1, len(claims)):
            if claims[i][1] == claims[j][1] or seen["linked"][i, j] >= threshold \
                    or any(seen["features"][v][i, j] for v in vetoes) \
                    or kind_of(seen, i, j) != OWN:
                continue
            is_gold = bool({frozenset((a, b)) for a in refs[i] for b in refs[j]} & gold)
            for key in probe_keys(reads[i], reads[j], float(seen["raw"][i, j])):
                counts[(key, is_gold)] += 1


def stage_of(kind: str, detail: str) -> str:
    """The stage that loses a pair, with the bin of its score under the bar."""
    if kind.startswith("under the bar"):
        return kind.replace("under the bar: ", "under the bar ")
    return kind


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("data", type=Path)
    parser.add_argument("runs", nargs="+", help="GOLD=CACHE of recall_losses.py")
    parser.add_argument("--show", action="store_true")
    parser.add_argument("--probe", action="store_true")
    args = parser.parse_args(argv)
    basil = args.data / "basil" if (args.data / "basil").is_dir() else args.data
    model, nlp = load_same_fact_model(), load_nlp()
    vetoes = (*model.vetoes, *model.soft_vetoes)
    table, rows, probed = Counter(), [], Counter()
    for run in args.runs:
        gold, cache = run.split("=")
        stored = pickle.loads(Path(cache).read_bytes())
        for story in load_compare_gold(Path(gold), basil):
            seen = stored[story.triplet]
            rows += _story_rows(story, seen, model.threshold, vetoes, nlp)
            if args.probe:
                _probe_story(story, seen, model.threshold, vetoes, nlp, probed)
    for stage, diff, *_ in rows:
        table[(stage, diff)] += 1
    _print(table)
    for key in dict.fromkeys(k for k, _ in probed):
        print(f"probe: {key}: gold {probed[(key, True)]} / not gold {probed[(key, False)]}")
    if args.show:
        for stage, diff, triplet, detail, ta, tb in sorted(rows):
            print(f"\n[{diff} | {stage}] {triplet[:8]} {detail}\n  A: {ta}\n  B: {tb}")


def _story_rows(story, seen, threshold, vetoes, nlp) -> list[tuple]:
    """(stage, difference, triplet, detail, text, text) of each own-words miss."""
    claims = seen["claims"]
    refs = [story.refs(aid, s, e) for _, aid, s, e, _ in claims]
    out = []
    for kind, pair, detail in classify(story, seen, threshold, vetoes):
        if kind == "predicted" or kind.startswith("not a claim"):
            continue
        a, b = sorted(pair)
        cells = [(i, j) for i, r in enumerate(refs) if a in r
                 for j, q in enumerate(refs) if b in q]  # fmt: skip
        i, j = max(cells, key=lambda c: seen["raw"][c])
        if kind_of(seen, i, j) != OWN:
            continue
        ta, tb = claims[i][4], claims[j][4]
        out.append((stage_of(kind, detail), difference(nlp(ta), nlp(tb)), story.triplet,
                    detail, ta, tb))
    return out


def _print(table: Counter) -> None:
    stages = sorted({s for s, _ in table})
    diffs = sorted({d for _, d in table}, key=lambda d: -sum(n for (_, q), n in table.items()
                                                             if q == d))  # fmt: skip
    print("| difference | all | " + " | ".join(stages) + " |")
    print("|---|---|" + "---|" * len(stages))
    for d in diffs:
        cells = " | ".join(str(table[(s, d)]) for s in stages)
        print(f"| {d} | {sum(table[(s, d)] for s in stages)} | {cells} |")
    cells = " | ".join(str(sum(table[(s, d)] for d in diffs)) for s in stages)
    print(f"| all | {sum(table.values())} | {cells} |")


if __name__ == "__main__":
    main()
