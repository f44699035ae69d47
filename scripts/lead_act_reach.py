"""How often two reports lead with one kind of act by two different actors, on the pairs
the packaged model joins wrongly and rightly (issue 13, session 39; docs/clustering.md,
"Session 39: the lead's own act …").

    PYTHONPATH=src:scripts python scripts/lead_act_reach.py DATA [SET] [--show N] [--real]

Runs the packaged model over one set's training part (neus-raw unless ``SET`` is given)
on the dense day (``--real``: with real times too) and sorts every pair of reports as
``past_reference_reach.pairs`` does. Each report's lead act is read once
(``cluster.lead_act``: the first sentence's main verb mapped to a kind, and its subject's
name). Per kind of pair it counts: both leads hold an act; one kind; one kind by two
different actors (the candidate refusal, ``other_actor_same_act``); one kind by one
actor; of those by two actors, the ones of ``PROCESS_KINDS``. A refusal is worth
building only if it is much more frequent in wrong joins than in right ones. ``--show N``
prints N wrong joins and N right joins that it would refuse, drawn with seed 39, for
reading.
"""

from __future__ import annotations

import random
import sys
from collections import Counter
from pathlib import Path

from past_reference_reach import KINDS, pairs, run_model

from newsprism.cluster.lead_act import (
    PROCESS_KINDS,
    first_sentence,
    lead_acts,
    other_actor_same_act,
)
from newsprism.eval.clustering import condition_stream, find_sets
from newsprism.extract.nlp import load_nlp

ROWS = ("pairs", "both hold an act", "one kind", "one kind, other actors", "one kind, one actor",
        "process kind, other actors")


def reach(items: list, acts: dict) -> tuple[Counter, list[tuple[str, str, str]]]:
    """The counts of one stream, and each pair the candidate refusal reaches."""
    gold = {i.article.id: i.story for i in items}
    counts: Counter = Counter()
    hits = []
    for kind, a, b in pairs(run_model(list(items)), gold):
        counts[kind, "pairs"] += 1
        x, y = acts[a], acts[b]
        if x is None or y is None:
            continue
        counts[kind, "both hold an act"] += 1
        if x.kind != y.kind:
            continue
        counts[kind, "one kind"] += 1
        if other_actor_same_act(x, y):
            counts[kind, "one kind, other actors"] += 1
            hits.append((kind, a, b))
        elif x.actor & y.actor:
            counts[kind, "one kind, one actor"] += 1
        if other_actor_same_act(x, y, PROCESS_KINDS):
            counts[kind, "process kind, other actors"] += 1
    return counts, hits


def _show(items: list, acts: dict, hits: list, kind: str, n: int) -> None:
    """Print ``n`` pairs of one kind with their lead acts, drawn with seed 39."""
    arts = {i.article.id: i.article for i in items}
    chosen = [h for h in hits if h[0] == kind]
    random.Random(39).shuffle(chosen)
    for _, a, b in chosen[:n]:
        print(f"  --- {kind}")
        for x in (a, b):
            art, act = arts[x], acts[x]
            print(f"    [{art.outlet} {str(art.published_at)[:10]}] {art.title}")
            print(f"       act: {act.kind}/{act.lemma} by {sorted(act.actor)}")
            print(f"       lead: {first_sentence(None, art.text)[:200]}")


def main(argv: list[str]) -> None:
    show = int(argv[argv.index("--show") + 1]) if "--show" in argv else 0
    args = [a for i, a in enumerate(argv) if not a.startswith("--") and argv[i - 1] != "--show"]
    data, name = Path(args[0]), args[1] if len(args) > 1 else "neus-raw"
    gold_set = next(g for g in find_sets(data) if g.name == name)
    for cond in (("real", "compressed") if "--real" in argv else ("compressed",)):
        items = condition_stream(gold_set, "train", cond)
        texts = [first_sentence(i.article.title, i.article.text) for i in items]
        acts = dict(zip([i.article.id for i in items], lead_acts(texts, load_nlp()), strict=True))
        held = sum(a is not None for a in acts.values())
        print(f"{name} train, {cond}: {held} of {len(acts)} leads hold an act")
        counts, hits = reach(items, acts)
        print(" " * 30 + "".join(f"{k:>13s}" for k in KINDS))
        for row in ROWS:
            print(f"  {row:28s}" + "".join(f"{counts[k, row]:13d}" for k in KINDS))
        if show:
            for kind in ("wrong join", "right join"):
                _show(items, acts, hits, kind, show)


if __name__ == "__main__":
    main(sys.argv[1:])
