"""What tells a field's plain term from a loaded word, on the detector's flags of BASIL 2010–2012.

Runs in the project's venv on the file ``framing_changed_flags.py --set basil`` writes
(the training years only; 2013–2014 is never read here):

    PYTHONPATH=src python scripts/framing_changed_flags.py --set basil --out /tmp/flags.json
    PYTHONPATH=src python scripts/framing_plain_terms.py /tmp/flags.json \\
        [--unigrams /tmp/sym/symspellpy/frequency_dictionary_en_82_765.txt] [--list RULE]

Session 26 (issue 14): readers' commonest wrong flag is a field's plain term in the
outlet's voice ("morbidity", "cyberattacks", "punitive damages", "lame-duck session").
For every detector flag (kind ``loaded``) this prints the share that touches a BASIL
``lex`` or ``inf`` span by each candidate signal (part of speech; the bias and
sentiment lexicons the package ships; general-English frequency from symspellpy's
unigram counts when given; whether the flag is half of a fixed pair of
``data/fixed_pairs.tsv.gz``; whether another outlet of the event uses the word), then a
table of candidate rules: flags removed touching / untouched, and ``lex`` spans lost
(a span no other flag of any kind still touches). docs/eval-framing.md "Session 26:
plain terms" has the figures.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from collections import Counter
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

Row = dict
Rule = Callable[[Row], bool]


def _touch(a0: int, a1: int, b0: int, b1: int) -> bool:
    return a0 < b1 and b0 < a1


def _zipf(path: Path | None) -> Callable[[str], float]:
    """log10 of a word's frequency per billion words (0 when unknown or no table)."""
    if path is None:
        return lambda _w: 0.0
    counts = {w: int(c) for w, c in (line.split() for line in path.read_text("utf-8").splitlines())}
    total = sum(counts.values())
    return lambda w: round(math.log10(counts[w] * 1e9 / total), 2) if w in counts else 0.0


def rows(articles: list[dict], unigrams: Path | None) -> list[Row]:
    """One row per detector flag: whether it touches gold, and each signal."""
    from newsprism.extract.framing.evidence import evidence_lists
    from newsprism.extract.framing.features import is_candidate
    from newsprism.extract.framing.fixed_pairs import in_fixed_pair
    from newsprism.extract.framing.lexicon import load_cues, load_lexicon
    from newsprism.extract.nlp import load_nlp

    lists, vader, zipf = evidence_lists(), load_cues(load_lexicon(), 0.0), _zipf(unigrams)
    docs = list(load_nlp().pipe(a["text"] for a in articles))
    lemmas = [{t.lemma_.lower() for t in d if t.is_alpha} for d in docs]
    event = [a["name"].rsplit("_", 1)[0] for a in articles]
    out = []
    for i, (a, doc) in enumerate(zip(articles, docs, strict=True)):
        others = [lemmas[j] for j in range(len(docs)) if j != i and event[j] == event[i]]
        for f in a["flags"]:
            span = doc.char_span(f["start"], f["end"], alignment_mode="expand")
            words = [t for t in span if is_candidate(t)] if span is not None else []
            if f["kind"] != "loaded" or not words:
                continue
            forms = {t.lower_ for t in words} | {t.lemma_.lower() for t in words}
            out.append({
                "article": a["name"], "start": f["start"], "end": f["end"], "text": f["text"],
                "own": not f["in_quote"] and not f["speaker"], "pos": words[-1].pos_,
                "nv": all(t.pos_ in ("NOUN", "VERB") for t in words),
                "lists": sorted(k for k, v in lists.items() if forms & v),
                "vader": bool(forms & set(vader)), "zipf": min(zipf(t.lower_) for t in words),
                "fixed": all(in_fixed_pair(t) for t in words),
                "shared": any(all(t.lemma_.lower() in o for t in words) for o in others),
                "bias": any(_touch(f["start"], f["end"], g[0], g[1]) for g in a["gold"]),
                "sentence": words[0].sent.text.strip(),
            })  # fmt: skip
    return out


def lost(articles: list[dict], removed: set[tuple[str, int, int]]) -> int:
    """``lex`` spans touched by some flag before and by none once ``removed`` go."""
    n = 0
    for a in articles:
        for g in (g for g in a["gold"] if g[2] == "lex"):
            hit = [f for f in a["flags"] if _touch(f["start"], f["end"], g[0], g[1])]
            n += bool(hit) and all((a["name"], f["start"], f["end"]) in removed for f in hit)
    return n


STRONG = ("mpqa_strong", "recasens", "spinde")
RULES: dict[str, Rule] = {
    "own voice, no lexicon at all (incl. VADER)": lambda r: r["own"] and not r["lists"]
    and not r["vader"],
    "own voice, noun, no lexicon at all": lambda r: r["own"] and r["pos"] == "NOUN"
    and not r["lists"] and not r["vader"],
    "own voice, verb, no lexicon at all": lambda r: r["own"] and r["pos"] == "VERB"
    and not r["lists"] and not r["vader"],
    "own voice, adjective, no lexicon at all": lambda r: r["own"] and r["pos"] == "ADJ"
    and not r["lists"] and not r["vader"],
    "own voice, noun, MPQA weak only or none": lambda r: r["own"] and r["pos"] == "NOUN"
    and not set(r["lists"]) & set(STRONG),
    "own voice, noun, no lexicon, Zipf >= 3.5": lambda r: r["own"] and r["pos"] == "NOUN"
    and not r["lists"] and not r["vader"] and r["zipf"] >= 3.5,
    "own voice, noun, no lexicon, used by another outlet": lambda r: r["own"]
    and r["pos"] == "NOUN" and not r["lists"] and not r["vader"] and r["shared"],
    "any voice, noun, no lexicon, used by another outlet": lambda r: r["pos"] == "NOUN"
    and not r["lists"] and not r["vader"] and r["shared"],
    "fixed pair, any lexicon": lambda r: r["fixed"],
    "fixed pair, no strong lexicon (first version)": lambda r: r["fixed"]
    and not set(r["lists"]) & set(STRONG),
    "fixed pair, no strong lexicon, noun or verb (shipped)": lambda r: r["fixed"]
    and not set(r["lists"]) & set(STRONG) and r["nv"],
    "fixed pair, no lexicon at all": lambda r: r["fixed"] and not r["lists"] and not r["vader"],
}  # fmt: skip


def signals(table: list[Row]) -> None:
    """The touching share of the detector's flags by each signal's value."""
    def line(name: str, part: list[Row]) -> None:
        hit = sum(r["bias"] for r in part)
        print(f"  {name:44} {len(part):4} flags, {hit:3} touching ({hit / max(len(part), 1):.2f})")

    for voice, part in (("all", table), ("own voice", [r for r in table if r["own"]])):
        print(f"{voice}:")
        line("all", part)
        for pos, _n in Counter(r["pos"] for r in part).most_common(4):
            line(f"pos {pos}", [r for r in part if r["pos"] == pos])
        for key in (*STRONG, "mpqa_weak"):
            line(f"listed by {key}", [r for r in part if key in r["lists"]])
        line("VADER negative (affect cues, <= -1.0)", [r for r in part if r["vader"]])
        line("no lexicon at all", [r for r in part if not r["lists"] and not r["vader"]])
        for lo, hi in ((0.01, 3.0), (3.0, 4.0), (4.0, 9.0)):
            line(f"Zipf {lo}-{hi}", [r for r in part if lo <= r["zipf"] < hi])
        line("half of a fixed pair", [r for r in part if r["fixed"]])
        line("used by another outlet of the event", [r for r in part if r["shared"]])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("flags", type=Path)
    parser.add_argument("--unigrams", type=Path, help="symspellpy's unigram dictionary")
    parser.add_argument("--list", choices=list(RULES), help="print each flag a rule removes")
    args = parser.parse_args()
    articles = json.loads(args.flags.read_text("utf-8"))
    if not articles or not articles[0]["gold"]:
        sys.exit("needs the basil set (gold spans)")
    table = rows(articles, args.unigrams)
    signals(table)
    print(f"\n{'rule (detector flags, BASIL 2010-12)':52} removed touching untouched lex lost")
    for name, rule in RULES.items():
        gone = [r for r in table if rule(r)]
        hit = sum(r["bias"] for r in gone)
        keys = {(r["article"], r["start"], r["end"]) for r in gone}
        print(f"{name:52} {len(gone):7} {hit:8} {len(gone) - hit:9} {lost(articles, keys):8}")
        if args.list == name:
            for r in gone:
                print(f"    {'T' if r['bias'] else '-'} {r['text']!r}: {r['sentence'][:160]}")


if __name__ == "__main__":
    main()
