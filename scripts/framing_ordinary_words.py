"""What tells an ordinary or technical word in the outlet's voice from a loaded one, side by side.

Runs in the project's venv on the file ``framing_changed_flags.py --set basil`` writes
(the training years only; 2013–2014 is never read here), with WordNet 3.0's database
folder (Debian's ``wordnet-base``: /usr/share/wordnet):

    PYTHONPATH=src python scripts/framing_changed_flags.py --set basil --out /tmp/flags.json
    PYTHONPATH=src python scripts/framing_ordinary_words.py /tmp/flags.json \\
        [--wordnet /usr/share/wordnet] [--list RULE]

Session 28 (issue 14): readers' commonest wrong flag is still a plain word in the
outlet's voice ("balconies", "alphabetical", "social distancing", "zoonotic",
"undercutting", "looters", "pandemic"). Session 26 measured frequency, part of speech,
the bias lexicons and "another outlet uses the word" (no separation). This prints, for
every detector flag, the share touching a BASIL ``lex`` or ``inf`` span by each further
signal: MPQA's prior polarity, WordNet's lexicographer file of the first sense (what kind
of thing the word names: an artifact, a body part, a process), WordNet's topic-domain
labels, the number of senses, the share of the event's other outlets using the word,
and whether the flag stands in a quotation; then candidate rules with flags removed,
touching, untouched and ``lex`` spans lost. docs/eval-framing.md "Session 28: ordinary
words" has the figures.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "scripts"))

from framing_plain_terms import STRONG, lost  # noqa: E402

Row = dict
LEX = ROOT.parent / "shared/data/bias-lexicons/mpqa-subjclueslen1-HLTEMNLP05.tff"
WN_POS = {"NOUN": "noun", "VERB": "verb", "ADJ": "adj", "ADV": "adv"}


def mpqa_polarity(path: Path) -> dict[str, str]:
    """Each MPQA clue word's prior polarity (``negative``, ``neutral``, ...)."""
    out = {}
    for line in path.read_text("utf-8").splitlines():
        f = dict(p.split("=", 1) for p in line.split() if "=" in p)
        out.setdefault(f.get("word1", ""), f.get("priorpolarity", ""))
    return out


def _touch(a0: int, a1: int, b0: int, b1: int) -> bool:
    return a0 < b1 and b0 < a1


def rows(articles: list[dict], folder: Path) -> list[Row]:
    """One row per detector flag: whether it touches gold, and each signal."""
    from wordnet_db import WordNetReader

    from newsprism.extract.framing.evidence import evidence_lists
    from newsprism.extract.framing.features import is_candidate
    from newsprism.extract.framing.ordinary import is_field_term
    from newsprism.extract.nlp import load_nlp

    wn, lists, pol = WordNetReader(folder), evidence_lists(), mpqa_polarity(LEX)
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
            head = words[-1]
            lemma, pos = head.lemma_.lower(), WN_POS.get(head.pos_, "")
            forms = {t.lower_ for t in words} | {t.lemma_.lower() for t in words}
            senses = wn.senses(lemma, pos)
            out.append({
                "article": a["name"], "start": f["start"], "end": f["end"], "text": f["text"],
                "own": not f["in_quote"] and not f["speaker"], "quoted": f["in_quote"],
                "pos": head.pos_,
                "lists": sorted(k for k, v in lists.items() if forms & v),
                "polarity": next((pol[w] for w in forms if w in pol), "none"),
                "lexname": senses[0][0] if senses else "none",
                "lexnames": {s[0] for s in senses},
                "domain": bool(senses) and bool(senses[0][1]),
                "nsenses": len(senses), "field": all(is_field_term(t) for t in words),
                "share": sum(lemma in o for o in others) / max(len(others), 1),
                "bias": any(_touch(f["start"], f["end"], g[0], g[1]) for g in a["gold"]),
                "sentence": head.sent.text.strip(),
            })  # fmt: skip
    return out


def _line(name: str, part: list[Row]) -> None:
    hit = sum(r["bias"] for r in part)
    print(f"  {name:44} {len(part):4} flags, {hit:3} touching ({hit / max(len(part), 1):.2f})")


def signals(table: list[Row]) -> None:
    """The touching share of the detector's flags by each signal's value."""
    for voice, part in (("all", table), ("own voice", [r for r in table if r["own"]])):
        print(f"{voice}:")
        _line("all", part)
        _line("in a quotation", [r for r in part if r["quoted"]])
        for value, _n in Counter(r["polarity"] for r in part).most_common():
            _line(f"MPQA polarity {value}", [r for r in part if r["polarity"] == value])
        for value, _n in Counter(r["lexname"] for r in part).most_common(24):
            _line(f"first sense {value}", [r for r in part if r["lexname"] == value])
        _line("first sense has a topic domain", [r for r in part if r["domain"]])
        for lo, hi in ((1, 1), (2, 3), (4, 99)):
            _line(f"senses {lo}-{hi}", [r for r in part if lo <= r["nsenses"] <= hi])
        for lo, hi in ((0, 0), (0.01, 0.99), (1, 1)):
            _line(f"other outlets using it {lo}-{hi}",
                  [r for r in part if lo <= r["share"] <= hi])  # fmt: skip


CONCRETE = frozenset({"noun.artifact", "noun.body", "noun.plant", "noun.animal", "noun.food",
                      "noun.substance", "noun.object", "noun.location", "noun.time",
                      "noun.quantity", "noun.shape"})  # fmt: skip
VERBS = frozenset({"verb.motion", "verb.perception", "verb.emotion"})
PLAIN = CONCRETE | {"adj.pert", "verb.motion", "verb.perception"}
SUBJ = frozenset({*STRONG, "mpqa_weak"})


def _unlisted(r: Row) -> bool:
    return not set(r["lists"]) & SUBJ


RULES: dict[str, Callable[[Row], bool]] = {
    "own, first sense a concrete noun kind": lambda r: r["own"] and r["lexname"] in CONCRETE,
    "own, concrete noun kind, no lexicon": lambda r: r["own"] and r["lexname"] in CONCRETE
    and _unlisted(r),
    "own, every sense concrete, no lexicon": lambda r: r["own"] and bool(r["lexnames"])
    and r["lexnames"] <= CONCRETE and _unlisted(r),
    "own, relational adjective (adj.pert)": lambda r: r["own"] and r["lexname"] == "adj.pert",
    "own, adj.pert, no lexicon": lambda r: r["own"] and r["lexname"] == "adj.pert"
    and _unlisted(r),
    "own, topic domain, no lexicon": lambda r: r["own"] and r["domain"] and _unlisted(r),
    "own, one sense, no lexicon": lambda r: r["own"] and r["nsenses"] == 1 and _unlisted(r),
    "own, not in WordNet, no lexicon": lambda r: r["own"] and r["nsenses"] == 0
    and _unlisted(r),
    "own, every other outlet uses it, no lexicon": lambda r: r["own"] and r["share"] == 1
    and _unlisted(r),
    "own, MPQA neutral polarity": lambda r: r["own"] and r["polarity"] == "neutral",
    "quoted, no lexicon": lambda r: r["quoted"] and _unlisted(r),
    "own, every word a field term, no lexicon (shipped)": lambda r: r["own"] and r["field"],
    "any voice, every word a field term, no lexicon": lambda r: r["field"],
    "own, verb.motion/perception/emotion": lambda r: r["own"] and r["lexname"] in VERBS,
    "own, verb.motion/perception/emotion, no lexicon": lambda r: r["own"]
    and r["lexname"] in VERBS and _unlisted(r),
    "own, plain kind, no lexicon": lambda r: r["own"] and r["lexname"] in PLAIN
    and _unlisted(r),
    "own, plain kind or not in WordNet, no lexicon": lambda r: r["own"] and _unlisted(r)
    and (r["lexname"] in PLAIN or r["nsenses"] == 0),
    "own, every sense a plain kind, no lexicon": lambda r: r["own"] and bool(r["lexnames"])
    and r["lexnames"] <= PLAIN and _unlisted(r),
    "any voice, plain kind, no lexicon": lambda r: r["lexname"] in PLAIN and _unlisted(r),
}  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("flags", type=Path)
    parser.add_argument("--wordnet", type=Path, default=Path("/usr/share/wordnet"))
    parser.add_argument("--list", choices=[*RULES, "all"], help="print each flag a rule removes")
    parser.add_argument("--any-set", action="store_true",
                        help="a set without gold (NeuS, PolNeAR): list what a rule would remove")
    args = parser.parse_args()
    articles = json.loads(args.flags.read_text("utf-8"))
    if not args.any_set and (not articles or not articles[0]["gold"]):
        sys.exit("needs the basil set (gold spans)")
    table = rows(articles, args.wordnet)
    if not args.any_set:
        signals(table)
    print(f"\n{'rule (detector flags, BASIL 2010-12)':52} removed touching untouched lex lost")
    for name, rule in RULES.items():
        gone = [r for r in table if rule(r)]
        hit = sum(r["bias"] for r in gone)
        keys = {(r["article"], r["start"], r["end"]) for r in gone}
        print(f"{name:52} {len(gone):7} {hit:8} {len(gone) - hit:9} {lost(articles, keys):8}")
        if args.list == name or args.list == "all":
            for r in gone:
                print(f"    {'T' if r['bias'] else '-'} {r['text']!r}: {r['sentence'][:160]}")


if __name__ == "__main__":
    main()
