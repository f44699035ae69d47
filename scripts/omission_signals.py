"""Measure signals that may withhold a wrong omission, on the runs ``omission_dump.py`` kept.

Session 25 (docs/eval-compare.md, "Session 25: omissions"). Every omission the shipped
check still lists on the 2010–2012 gold stories is scored right / wrong / unknown on the
gold groups (``eval.compare_omissions``), and for each one the script reads, between the
fact's sentences and the article's own:

- ``p``: the highest whole-sentence same-fact probability (the shipped bar is 0.12);
- ``cover1`` / ``cover2``: the largest share of the fact sentence's content stems (five
  letters, ``compare.lead.content_stems``) that one sentence of the article, or two
  adjacent ones, print;
- ``names1`` / ``names2``: whether every name (linked entity) of the fact sentence is
  in one sentence of the article, or in two adjacent ones (False for a fact with none);
- ``figures``: whether the fact's figures are all in one sentence of the article;
- ``minilm``: the highest MiniLM cosine of the two sentences.

Then how many wrong and right omissions each candidate check withholds. ``--show``
prints every wrong omission with its features, the fact's sentences and the article's
own sentences of the same gold group (for the reading by class). Usage:
``python scripts/omission_signals.py DATA DUMP_DIR [--show]``.
"""

from __future__ import annotations

import argparse
import pickle
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import numpy as np

from newsprism.compare.lead import content_stems
from newsprism.compare.shared_quote import FUNCTION_WORDS
from newsprism.compare.stated import _words
from newsprism.embeddings import get_embedder
from newsprism.eval.compare import _split
from newsprism.eval.compare_gold import GoldStory, load_compare_gold, parse_ref
from newsprism.eval.compare_omissions import omission_items
from newsprism.models import Claim

ROOT = Path(__file__).resolve().parent.parent
GOLDS = ("compare-basil", "compare-basil-train")


def _names(claim: Claim) -> set[str]:
    return set(claim.people) | set(claim.places) | set(claim.organisations)


def _figures(claim: Claim) -> set[str]:
    return {str(q.value) for q in claim.quantities if getattr(q, "value", None) is not None}


def runs(text: str, size: int, content: int = 2) -> set[tuple[str, ...]]:
    """The runs of ``size`` words of ``text`` with ``content`` or more content words,
    quoted or not."""
    words = _words(text)
    return {tuple(words[k:k + size]) for k in range(len(words) - size + 1)
            if sum(w not in FUNCTION_WORDS for w in words[k:k + size]) >= content}


def _rarest_run(claims: Sequence[Claim], members: Sequence[Claim], own: Sequence[Claim],
                size: int) -> int:
    """How many sentences of the story print the rarest run of ``size`` words that a
    sentence of the fact and one of the article both print (99: none)."""
    printed = Counter(r for c in claims for r in runs(c.text, size))
    shared = set().union(*(runs(c.text, size) for c in members)) if members else set()
    mine = set().union(*(runs(c.text, size) for c in own)) if own else set()
    return min((printed[r] for r in shared & mine), default=99)


def _windows(own: Sequence[Claim]) -> list[tuple[list[Claim], bool]]:
    """The article's sentences one by one, then each two adjacent (flag True)."""
    by_sentence: dict[int, list[Claim]] = {}
    for c in own:
        by_sentence.setdefault(c.sentence_index, []).append(c)
    windows = [(group, False) for group in by_sentence.values()]
    for index, group in by_sentence.items():
        if index + 1 in by_sentence:
            windows.append((group + by_sentence[index + 1], True))
    return windows


def _cover(fact: Claim, own: Sequence[Claim]) -> dict[str, Any]:
    stems, names, figures = content_stems(fact.text), _names(fact), _figures(fact)
    row = {"cover1": 0.0, "cover2": 0.0, "names1": False, "names2": False, "figures": False}
    for group, pair in _windows(own):
        words = set().union(*(content_stems(c.text) for c in group))
        share = len(stems & words) / len(stems) if stems else 0.0
        have = set().union(*(_names(c) for c in group))
        named = bool(names) and names <= have
        key = "2" if pair else "1"
        row["cover" + key] = max(row["cover" + key], share)
        row["names" + key] = row["names" + key] or named
        if not pair and figures and figures <= set().union(*(_figures(c) for c in group)):
            row["figures"] = True
    row["cover2"] = max(row["cover2"], row["cover1"])
    row["names2"] = row["names2"] or row["names1"]
    return row


def _features(run: dict[str, Any], item: dict[str, Any], story: GoldStory,
              minilm: Callable[[list[str]], np.ndarray]) -> dict[str, Any]:
    claims, probability = run["claims"], run["probability"]
    row = {c.id: i for i, c in enumerate(claims)}
    fact = next(f for f in run["facts"] if f.id == item["claim_id"])
    article = story.articles[item["article"]].id
    own = [c for c in claims if c.article_id == article]
    members = [c for c in fact.claims if c.id in row]
    p = max((probability[row[a.id], row[b.id]] for a in members for b in own), default=0.0)
    out: dict[str, Any] = {"verdict": item["verdict"], "p": float(p), "item": item}
    for size in (3, 4, 5):
        out[f"run{size}"] = _rarest_run(claims, members, own, size)
    covers = [_cover(m, own) for m in members]
    for key in ("cover1", "cover2"):
        out[key] = max((c[key] for c in covers), default=0.0)
    for key in ("names1", "names2", "figures"):
        out[key] = any(c[key] for c in covers)
    if members and own:
        a = minilm([m.text for m in members])
        b = minilm([c.text for c in own])
        cosine = a @ b.T
        out["minilm"] = float(cosine.max())
        out["closest"] = own[int(cosine.max(axis=0).argmax())].text
    else:
        out["minilm"] = 0.0
    return out


def _show(story: GoldStory, row: dict[str, Any]) -> None:
    item = row["item"]
    refs = {parse_ref(r) for r in item["refs"]}
    mine = sorted({r for g in story.fact_refs() if set(g) & refs for r in g
                   if r[0] == item["article"]})  # fmt: skip
    print(f"== {story.triplet[:8]} article {item['article']} leaves out {item['refs']} "
          f"run4={row['run4']} p={row['p']:.3f} c1={row['cover1']:.2f} c2={row['cover2']:.2f} "
          f"n1={row['names1']} n2={row['names2']} fig={row['figures']} "
          f"minilm={row['minilm']:.3f}")
    for tag, group in (("F", sorted(refs)), ("A", mine)):
        for n, p, s in group:
            print(f"   {tag} {n}:{p}:{s} {story.docs[n].sentence(p, s)}")


def collect(data: Path, dump: Path, show: bool) -> dict[str, list[dict[str, Any]]]:
    """Every listed omission of the dev stories with its features, by gold."""
    encoder = get_embedder("minilm-onnx")  # what compare itself runs

    def minilm(texts: list[str]) -> np.ndarray:
        vectors = np.asarray(encoder.encode(texts), dtype=float)
        return vectors / np.linalg.norm(vectors, axis=1, keepdims=True)

    rows: dict[str, list[dict[str, Any]]] = {g: [] for g in GOLDS}
    for gold in GOLDS:
        for story in load_compare_gold(ROOT / "gold" / gold, data / "basil"):
            if _split(story).startswith("2013"):
                continue  # held out
            run = pickle.loads((dump / f"{gold}-{story.triplet}.pkl").read_bytes())
            for item in omission_items(story, run["output"]):
                row = _features(run, item, story, minilm)
                rows[gold].append(row)
                if show and item["verdict"] == "wrong":
                    _show(story, row)
    return rows


def checks() -> dict[str, Callable[[dict[str, Any]], bool]]:
    """The candidate checks (each withholds the omissions it is true for)."""
    found: dict[str, Callable[[dict[str, Any]], bool]] = {"listed": lambda r: True}
    for bar in (0.06, 0.08, 0.10):
        found[f"P >= {bar}"] = lambda r, b=bar: r["p"] >= b
    for share in (0.6, 0.7, 0.8, 1.0):
        found[f"cover1 >= {share}"] = lambda r, s=share: r["cover1"] >= s
        found[f"cover2 >= {share}"] = lambda r, s=share: r["cover2"] >= s
    found["names1"] = lambda r: r["names1"]
    found["names2"] = lambda r: r["names2"]
    found["figures"] = lambda r: r["figures"]
    for bar in (0.6, 0.65, 0.7, 0.75, 0.8):
        found[f"minilm >= {bar}"] = lambda r, b=bar: r["minilm"] >= b
    for size in (3, 4, 5):
        for most in (2, 4):
            found[f"a {size}-word run in <= {most} sentences"] = (
                lambda r, k=size, m=most: r[f"run{k}"] <= m)
    for share in (0.5, 0.6, 0.7):
        found[f"names1 and cover1 >= {share}"] = (
            lambda r, s=share: r["names1"] and r["cover1"] >= s)
        found[f"names2 and cover2 >= {share}"] = (
            lambda r, s=share: r["names2"] and r["cover2"] >= s)
    for bar in (0.6, 0.65, 0.7):
        found[f"minilm >= {bar} and names2"] = lambda r, b=bar: r["minilm"] >= b and r["names2"]
        for p in (0.04, 0.06, 0.08):
            found[f"minilm >= {bar} and P >= {p}"] = (
                lambda r, b=bar, q=p: r["minilm"] >= b and r["p"] >= q)
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("data", type=Path)
    parser.add_argument("dump", type=Path)
    parser.add_argument("--show", action="store_true")
    parser.add_argument("--pickle", type=Path, help="keep the feature rows here")
    args = parser.parse_args()
    rows = collect(args.data, args.dump, args.show)
    if args.pickle:
        args.pickle.write_bytes(pickle.dumps(rows))
    for name, check in checks().items():
        counts = {g: Counter(r["verdict"] for r in rows[g] if check(r)) for g in GOLDS}
        print(f"{name:34s}" + " | ".join(
            f"{g}: w {c['wrong']} r {c['right']} u {c['unknown']}" for g, c in counts.items()))


if __name__ == "__main__":
    main()
