"""Fixed expressions and names off the framing flags: which tests carry, leave one year out.

Issue 14 (session 35, docs/eval-framing.md "Session 35: fixed expressions and named
concepts off the framing flags"): a flag on a word of a set phrase or a name
(``extract/framing/fixed_phrases.py``: ``name``, ``book``, ``news``, with or without the
strong-lexicon exception) is dropped, on the default output alone and with the own-voice
band (threshold 0.35, 0.40 or 0.45 instead of 0.50). From the dump of
``framing_voice_sweep.py`` with its parses::

    PYTHONPATH=src python scripts/framing_voice_sweep.py dump --data ../shared/data \\
        --out /tmp/voice.json --docs /tmp/voice.docs
    PYTHONPATH=src python scripts/framing_phrase_sweep.py /tmp/voice.json /tmp/voice.docs

A detector word (any voice) judged a set-phrase word is not flagged and cuts its phrase;
a lexicon term or scare quote is dropped when every content word of it is inside a name
(or, a scare quote, when it quotes a proper name alone). Two families, each chosen on two
BASIL years and scored on the third, BABE's report part and MBIC never seen:

- **default + filter** (own 0.50): on the two years, the tests with the highest share of
  flags touching among those that lose no ``lex`` span; it carries when in every fold
  the left-out year loses no span and its share rises, and BABE's and MBIC's share are
  not down more than two standard errors;
- **band + filter**: the own-voice threshold and tests with the most ``lex`` spans at a
  share of at least 0.30 (ties: the higher share); it carries by
  ``framing_band_sweep.carries`` (more spans than the default on the left-out year at a
  share of at least 0.30, or not under the default's where that is under 0.30; BABE and
  MBIC within two standard errors).

``--each`` prints every setting unchosen, to read after the folds; ``--held-out A B``
(the 2013–2014 dump and parses) scores each family's setting chosen on 2010–2012, once.
"""

from __future__ import annotations

import argparse
import itertools
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from framing_band_sweep import OTHER, _cell, carries, run_flags
from framing_voice_sweep import YEARS, by_set

SETS = ("2010", "2011", "2012", "babe", "mbic-unseen")
OWN = (0.35, 0.4, 0.45)
DEFAULT_OWN = 0.5
SUBSETS = [frozenset(c) for n in (1, 2, 3) for c in itertools.combinations(
    ("name", "book", "news"), n)]  # fmt: skip
NONE = {"own": DEFAULT_OWN, "tests": frozenset(), "strong": True}


def judge(rows: list[dict], docs_path: Path) -> None:
    """Add each floor word's verdicts (``set``: name, book, news, strong-listed) and
    each lexicon flag's (``named``) from the saved parses."""
    import spacy
    from spacy.tokens import DocBin

    from newsprism.extract.framing import fixed_phrases as fp
    from newsprism.extract.framing.fixed_pairs import STRONG_LISTS
    from newsprism.extract.framing.voice_band import listed

    docs = list(DocBin().from_bytes(docs_path.read_bytes()).get_docs(spacy.blank("en").vocab))
    for row, doc in zip(rows, docs, strict=True):
        at = {t.idx: t for t in doc}
        for flag in row["floor"]:
            for w in flag["words"]:
                t = at[w[0]]
                w.append({"name": fp.in_name(t), "book": fp.in_book_pair(t),
                          "news": fp.in_news_phrase(t),
                          "strong": listed(t.lower_, t.lemma_.lower(), STRONG_LISTS)})
        for flag in row["flags"]:
            span = doc.char_span(*flag["at"], alignment_mode="expand")
            words = [t for t in span if t.is_alpha] if span is not None else []
            quoted = flag["layer"] == "scare-quote" and span is not None and fp.quoted_name(
                doc, span.start, span.end)  # fmt: skip
            flag["named"] = bool(words) and (quoted or all(fp.in_name(t) for t in words))


def _dropped(verdict: dict, setting: dict) -> bool:
    tests = setting["tests"]
    if "name" in tests and verdict["name"]:
        return True
    if setting["strong"] and verdict["strong"]:
        return False
    return any(verdict[k] for k in tests if k != "name")


def pieces(flag: dict, setting: dict, gold: list) -> list[dict]:
    """One floor flag cut to its runs of words kept at ``setting``."""
    voice = flag["layer"].split("/")[1]
    bar = setting["own"] if voice == "own" else OTHER[voice]
    runs: list[list[int]] = []
    last = False
    for w in flag["words"]:
        keep = w[2] >= bar and not _dropped(w[-1], setting)
        if keep and last:
            runs[-1][1] = w[1]
        elif keep:
            runs.append([w[0], w[1]])
        last = keep
    return run_flags(runs, gold)


def score(rows: list[dict], setting: dict) -> tuple[int, int, int, int]:
    """(``lex`` spans, found, flags, touching) of the default output at ``setting``."""
    gold = found = flags = touching = 0
    for r in rows:
        mine = [f for f in r["flags"] if not f["layer"].startswith("loaded/")
                and not ("name" in setting["tests"] and f["named"])]  # fmt: skip
        for f in r["floor"]:
            mine += pieces(f, setting, r["gold"])
        gold += r["lex"]
        found += len({i for f in mine for i in f["lex"]})
        flags += len(mine)
        touching += sum(f["touch"] for f in mine)
    return gold, found, flags, touching


def settings(owns: tuple[float, ...]) -> list[dict]:
    return [{"own": o, "tests": t, "strong": s}
            for o in owns for t in SUBSETS for s in (True, False)]  # fmt: skip


def choose_default(rows: list[dict]) -> dict:
    """Default + filter: the highest share among tests losing no span (module docstring)."""
    _, base_found, _, _ = score(rows, NONE)
    best, key = NONE, -1.0
    for s in settings((DEFAULT_OWN,)):
        _, found, flags, touching = score(rows, s)
        if found >= base_found and touching / max(flags, 1) > key:
            best, key = s, touching / max(flags, 1)
    return best


def choose_band(rows: list[dict]) -> dict:
    """Band + filter: the most spans at share >= 0.30 (ties: the higher share)."""
    best, key = NONE, (-1, 0.0)
    for s in settings(OWN):
        _, found, flags, touching = score(rows, s)
        share = touching / max(flags, 1)
        if share >= 0.30 and (found, share) > key:
            best, key = s, (found, share)
    return best


def default_carries(fold: dict, base: dict) -> bool:
    """The default + filter test of one fold (module docstring)."""
    year = fold["year"]
    _, found, flags, touch = fold[year]
    _, b_found, b_flags, b_touch = base[year]
    ok = found >= b_found and touch / max(flags, 1) > b_touch / b_flags
    # BABE and MBIC by carries' own test (the year's entry set to one it passes)
    return ok and carries(fold | {year: (0, b_found + 1, 1, 1)}, base)


def _name(s: dict) -> str:
    tests = "+".join(sorted(s["tests"])) or "none"
    return f"own {s['own']}, {tests}{', strong kept' if s['strong'] and s['tests'] else ''}"


def folds(rows: list[dict]) -> None:
    parts = {n: by_set(rows, n) for n in SETS}
    base = {n: score(parts[n], NONE) for n in SETS}
    print("| family | fold: chosen | left-out year | BABE | MBIC never seen | carries |")
    print("|---|---|---|---|---|---|")
    print("| default (shipped) | – | " + "; ".join(f"{y}: {_cell(base[y])}" for y in YEARS)
          + f" | {_cell(base['babe'])} | {_cell(base['mbic-unseen'])} | – |")
    for family, choose, test in (("default + filter", choose_default, default_carries),
                                 ("band + filter", choose_band, carries)):  # fmt: skip
        verdict, total = True, [0, 0, 0, 0]
        for year in YEARS:
            train = [r for r in rows if r["set"] in YEARS and r["set"] != year]
            s = choose(train)
            fold = {n: score(parts[n], s) for n in (year, "babe", "mbic-unseen")}
            ok = test(fold | {"year": year}, base)
            verdict &= ok
            total = [x + y for x, y in zip(total, fold[year], strict=True)]
            print(f"| {family} | without {year}: {_name(s)} | {_cell(fold[year])} | "
                  f"{_cell(fold['babe'])} | {_cell(fold['mbic-unseen'])} | {ok} |")
        dev = choose([r for r in rows if r["set"] in YEARS])
        print(f"| **{family}** | out of fold: {_cell(tuple(total))}; on 2010–12: {_name(dev)}"
              f" | | | | **{verdict}** |")


def each(rows: list[dict]) -> None:
    """Every setting on each set, unchosen (to read after the folds)."""
    parts = {n: by_set(rows, n) for n in SETS}
    print("| setting | " + " | ".join(SETS) + " |")
    print("|---|" + "---|" * len(SETS))
    for s in [NONE, *settings((DEFAULT_OWN, *OWN))]:
        print(f"| {_name(s)} | " + " | ".join(_cell(score(parts[n], s)) for n in SETS) + " |")


def held_out(rows: list[dict], held: list[dict]) -> None:
    """Each family's setting chosen on 2010–2012, scored once on 2013–2014."""
    dev = [r for r in rows if r["set"] in YEARS]
    print("| setting | chosen on 2010–12 | 2010–12 | held-out 2013–14 |")
    print("|---|---|---|---|")
    for label, s in (("default", NONE), ("default + filter", choose_default(dev)),
                     ("band + filter", choose_band(dev)),
                     ("minilm-voices", NONE | {"own": 0.35})):  # fmt: skip
        print(f"| {label} | {_name(s)} | {_cell(score(dev, s))} | {_cell(score(held, s))} |")


def _dump_held_out(data: Path, out: Path, docs_out: Path) -> None:
    """Frame BASIL 2013–2014 once, as ``framing_voice_sweep.py dump`` frames the others."""
    from framing_by_year import basil_texts
    from framing_voice_sweep import dump
    from spacy.tokens import DocBin

    docs: list = []
    out.write_text(json.dumps(dump(basil_texts(data, ("2013", "2014")), docs)), "utf-8")
    docs_out.write_bytes(DocBin(docs=docs).to_bytes())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("path", type=Path)
    parser.add_argument("docs", type=Path)
    parser.add_argument("--each", action="store_true")
    parser.add_argument("--held-out", type=Path, nargs=2, metavar=("DUMP", "DOCS"),
                        help="2013-2014's dump and parses (made if missing)")
    parser.add_argument("--data", type=Path, default=Path("../shared/data"))
    args = parser.parse_args()
    rows = json.loads(args.path.read_text("utf-8"))
    judge(rows, args.docs)
    if args.held_out:
        if not args.held_out[0].exists():
            _dump_held_out(args.data, *args.held_out)
        held = json.loads(args.held_out[0].read_text("utf-8"))
        judge(held, args.held_out[1])
        return held_out(rows, held)
    return each(rows) if args.each else folds(rows)


if __name__ == "__main__":
    main()
