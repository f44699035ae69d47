"""The own-voice band (0.35–0.50): which rule keeps its judging words, chosen out of sample.

Issue 14 (session 34, docs/eval-framing.md "Session 34: the own-voice band, kept where it
judges"): lowering the detector's own-voice threshold from 0.50 to 0.35 carried across
BASIL years, but the words it adds read mostly plain. This script measures rules that keep
a band word only where it judges (``extract/framing/voice_band.py``), side by side, each
chosen **leave one year out** on BASIL 2010–2012 and scored on the left-out year, BABE's
report part and MBIC's sentences the MiniLM never trained on:

    PYTHONPATH=src python scripts/framing_voice_sweep.py dump --data ../shared/data \\
        --out /tmp/voice.json
    PYTHONPATH=src python scripts/framing_band_sweep.py /tmp/voice.json [--counted]

Each family's parameters (which lexicons, the neighbourhood's share, the sentence head's
score, or a combination) are chosen on two years by the rule of ``framing_voice_sweep.py``
(the most ``lex`` spans at a share of flags touching of at least 0.30; ties: the higher
share); a family **carries** when every fold finds more spans on its left-out year than the
shipped thresholds at a share of at least 0.30 (or, where the shipped share is itself under
0.30, not under it), and BABE's and MBIC's never-seen share is not down more than two
standard errors of the shipped share. ``--each`` prints every rule unchosen, to read
after the folds. 2013–2014 is read only by ``--held-out FILE`` (run once, at the end: each
family's setting chosen on 2010–2012, its rows reported and not used to choose).
"""

from __future__ import annotations

import argparse
import itertools
import json
import math
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from framing_voice_sweep import FLOOR_SHARE, YEARS, by_set

BAND = (0.35, 0.5)  # the own-voice band: minilm-voices' threshold, the default's
OTHER = {"quoted": 0.65, "reported": 0.5}
LISTS = {"mpqa-strong": ("mpqa_strong",), "mpqa": ("mpqa_strong", "mpqa_weak"),
         "recasens": ("recasens",), "spinde": ("spinde",),
         "strong+recasens+spinde": ("mpqa_strong", "recasens", "spinde"),
         "all four": ("mpqa_strong", "mpqa_weak", "recasens", "spinde")}  # fmt: skip
NEAR_K = 10
NEAR_MIN = (0.1, 0.2, 0.3, 0.5)
HEADS = (0.3, 0.5, 0.7, 0.85)
SETS = ("2010", "2011", "2012", "babe", "mbic-unseen")


def families() -> dict[str, list[dict]]:
    """Each candidate family's rules (the ``band`` descriptions of voice_band.py)."""
    lists = [{"lists": v, "name": k} for k, v in LISTS.items()]
    near = [{"neighbours": {"k": NEAR_K, "min": m}} for m in NEAR_MIN]
    heads = [{"head": h} for h in HEADS]
    both = lambda xs, ys, how: [x | y | {"combine": how} for x, y in itertools.product(xs, ys)]  # noqa: E731
    return {"none (shipped)": [{"none": True}], "all (minilm-voices)": [{"all": True}],
            "(a) lexicon": lists, "(b) neighbourhood": near, "(c) sentence head": heads,
            "(d) lexicon or neighbourhood": both(lists, near, "any"),
            "(d) lexicon and head": both(lists, heads, "all"),
            "(d) neighbourhood and head": both(near, heads, "all"),
            "(d) lexicon or head": both(lists, heads, "any")}  # fmt: skip


def word_keys(rows: list[dict]) -> dict[str, float]:
    """Every band word's neighbourhood share (voice_band.neighbourhood), by lower-case."""
    from newsprism.extract.framing.voice_band import neighbourhood

    words = sorted({w[3].lower() for r in rows for f in r["floor"] for w in f["words"]
                    if f["layer"] == "loaded/own" and BAND[0] <= w[2] < BAND[1]})  # fmt: skip
    return dict(zip(words, neighbourhood(words, NEAR_K).tolist(), strict=True))


def passes(rule: dict, word: list, near: dict[str, float]) -> bool:
    """Whether a band word ([start, end, score, text, lemma, pos, head]) passes ``rule``."""
    from newsprism.extract.framing.voice_band import keeps

    if "none" in rule or "all" in rule:
        return "all" in rule
    band = {k: v for k, v in rule.items() if k != "name"}
    lower = word[3].lower()
    return keeps(band, lower, word[4].lower(), word[6], near.get(lower, 0.0))


def pieces(flag: dict, rule: dict, near: dict[str, float], gold: list) -> list[dict]:
    """One floor flag cut to its runs of kept words (a band word kept only by ``rule``)."""
    voice = flag["layer"].split("/")[1]
    runs: list[list[int]] = []
    kept_last = False
    for w in flag["words"]:
        a, b, p = w[0], w[1], w[2]
        if voice == "own":
            keep = p >= BAND[1] or (p >= BAND[0] and passes(rule, w, near))
        else:
            keep = p >= OTHER[voice]
        if keep and kept_last:
            runs[-1][1] = b
        elif keep:
            runs.append([a, b])
        kept_last = keep
    return run_flags(runs, gold)


def run_flags(runs: list[list[int]], gold: list) -> list[dict]:
    """Each run of kept words ([start, end]) as a flag: whether it touches a gold span,
    and which ``lex`` spans it touches."""
    out = []
    for a, b in runs:
        hits = [i for i, (g0, g1, _) in enumerate(gold) if a < g1 and g0 < b]
        out.append({"touch": bool(hits), "lex": [i for i in hits if gold[i][2] == "lex"]})
    return out


def score(rows: list[dict], rule: dict, near: dict, drop: frozenset[str]) -> tuple:
    """(``lex`` spans, found, flags, touching) of the default output with ``rule``."""
    gold = found = flags = touching = 0
    for r in rows:
        mine = [f for f in r["flags"] if not f["layer"].startswith("loaded/")
                and f["layer"] not in drop]  # fmt: skip
        for f in r["floor"]:
            mine += pieces(f, rule, near, r["gold"])
        gold += r["lex"]
        found += len({i for f in mine for i in f["lex"]})
        flags += len(mine)
        touching += sum(f["touch"] for f in mine)
    return gold, found, flags, touching


def choose(rows, rules, near, drop) -> dict:
    """The rule with the most spans found at share >= FLOOR_SHARE (ties: higher share)."""
    best, key = {"none": True}, (-1, 0.0)
    for rule in rules:
        _, found, flags, touching = score(rows, rule, near, drop)
        share = touching / max(flags, 1)
        if share >= FLOOR_SHARE and (found, share) > key:
            best, key = rule, (found, share)
    return best


def _cell(t: tuple) -> str:
    return f"{t[1]} of {t[0]}, {t[2]} at {t[3] / max(t[2], 1):.3f}"


def _name(rule: dict) -> str:
    parts = [rule.get("name", "")] if "lists" in rule else []
    if "neighbours" in rule:
        parts.append(f"near>={rule['neighbours']['min']}")
    if "head" in rule:
        parts.append(f"head>={rule['head']}")
    joined = (" and " if rule.get("combine") == "all" else " or ").join(parts)
    return joined or ("all" if "all" in rule else "none")


def carries(fold: dict, base: dict) -> bool:
    """The brief's test of one fold against the shipped thresholds (module docstring)."""
    year, ok = fold["year"], True
    _, found, flags, touch = fold[year]
    _, b_found, b_flags, b_touch = base[year]
    b_share, share = b_touch / b_flags, touch / max(flags, 1)
    ok &= found > b_found and share >= min(FLOOR_SHARE, b_share)
    for name in ("babe", "mbic-unseen"):
        _, _, n, t = base[name]
        p = t / n
        ok &= fold[name][3] / max(fold[name][2], 1) >= p - 2 * math.sqrt(p * (1 - p) / n)
    return ok


def each(rows: list[dict], near: dict, drop: frozenset[str]) -> None:
    """Every rule of every family on each set, unchosen (``--each``: to read, after the
    folds; choosing from this table would choose on all three years)."""
    base = {n: score(by_set(rows, n), {"none": True}, near, drop) for n in SETS}
    print("| rule | " + " | ".join(SETS) + " | carries |")
    print("|---|" + "---|" * (len(SETS) + 1))
    for rules in families().values():
        for rule in rules:
            cells = {n: score(by_set(rows, n), rule, near, drop) for n in SETS}
            ok = all(carries(cells | {"year": y}, base) for y in YEARS)
            print(f"| {_name(rule)} | " + " | ".join(_cell(cells[n]) for n in SETS)
                  + f" | {ok} |")  # fmt: skip


def held_out(rows: list[dict], held: list[dict], near: dict, drop: frozenset[str]) -> None:
    """Each family's setting chosen on 2010–2012 together, scored once on 2013–2014 (a row
    to report: nothing here is chosen on it)."""
    near = near | word_keys(held)
    dev = [r for r in rows if r["set"] in YEARS]
    print("| family | chosen on 2010–12 | 2010–12 | held-out 2013–14 |")
    print("|---|---|---|---|")
    for family, rules in families().items():
        rule = rules[0] if len(rules) == 1 else choose(dev, rules, near, drop)
        print(f"| {family} | {_name(rule)} | {_cell(score(dev, rule, near, drop))} | "
              f"{_cell(score(held, rule, near, drop))} |")  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("path", type=Path)
    parser.add_argument("--counted", action="store_true")
    parser.add_argument("--each", action="store_true", help="every rule unchosen, to read")
    parser.add_argument("--held-out", type=Path, help="2013-2014's dump (made if missing)")
    parser.add_argument("--data", type=Path, default=Path("../shared/data"))
    args = parser.parse_args()
    rows = json.loads(args.path.read_text("utf-8"))
    drop: frozenset[str] = frozenset()
    if args.counted:
        from newsprism.eval.framing_counted import SET_APART

        drop = SET_APART
    near = word_keys(rows)
    if args.each:
        return each(rows, near, drop)
    if args.held_out:
        if not args.held_out.exists():
            from framing_by_year import basil_texts
            from framing_voice_sweep import dump

            held = basil_texts(args.data, ("2013", "2014"))
            args.held_out.write_text(json.dumps(dump(held)), "utf-8")
        return held_out(rows, json.loads(args.held_out.read_text("utf-8")), near, drop)
    parts = {name: by_set(rows, name) for name in SETS}
    base = {n: score(parts[n], {"none": True}, near, drop) for n in SETS}
    print("| family | fold: chosen rule | left-out year | BABE | MBIC never seen | carries |")
    print("|---|---|---|---|---|---|")
    for family, rules in families().items():
        total = [0, 0, 0, 0]
        verdict = True
        for year in YEARS:
            train = [r for r in rows if r["set"] in YEARS and r["set"] != year]
            rule = rules[0] if len(rules) == 1 else choose(train, rules, near, drop)
            fold = {n: score(parts[n], rule, near, drop) for n in (year, "babe",
                                                                          "mbic-unseen")}
            fold["year"] = year
            ok = carries(fold, base)
            verdict &= ok
            total = [x + y for x, y in zip(total, fold[year], strict=True)]
            print(f"| {family} | without {year}: {_name(rule)} | {_cell(fold[year])} | "
                  f"{_cell(fold['babe'])} | {_cell(fold['mbic-unseen'])} | {ok} |")
        on_all = choose([r for r in rows if r["set"] in YEARS], rules, near, drop)
        print(f"| **{family}** | out of fold 2010–12: {_cell(tuple(total))}; chosen on "
              f"2010–12: {_name(on_all)} | | | | **{verdict}** |")


if __name__ == "__main__":
    main()
