"""How many of the packaged model's joins an event cue of the text could refuse (issue 13,
session 38; docs/clustering.md, "Session 38: …").

    PYTHONPATH=src:scripts python scripts/event_date_reach.py DATA [SET] [--show]

Runs the packaged model over one set's training part (neus-raw unless ``SET`` is
given) with real times and on the dense day. For every join by the model (not a
near-copy, not a founding), it reads, from the text the clusterer's text source holds
(title and lead), the article's printed calendar dates (``cluster.event_dates``), its
numbers (``cluster.event_cue.numbers``) and those of the story's members at the join,
and counts, for right and wrong joins (a join is *wrong* when the article's gold story is
not the majority gold story of the story it joins):

- both sides print a date; no date of the article within GAP days of one of the
  story's (GAP 0, 1, 2, 7): what ``cue_date_gap`` GAP refuses;
- both sides print a number; no number shared: a numbers veto.

``--show`` prints each join the date check at GAP 1 would refuse, with the titles.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

from newsprism.cluster.crosslang import memory_texts
from newsprism.cluster.event_cue import numbers
from newsprism.cluster.event_dates import far_apart, month_days
from newsprism.cluster.features import compute_features
from newsprism.cluster.model import load_model, model_idf
from newsprism.cluster.stream import StreamClusterer
from newsprism.eval.clustering import condition_stream, find_sets

GAPS = (0, 1, 2, 7)


def reach(items: list, show: bool) -> Counter:
    """The counts of the module docstring for one stream (``show``: print the refusals)."""
    arts = [i.article for i in items]
    gold = {i.article.id: i.story for i in items}
    texts = memory_texts(arts)
    text = texts([a.id for a in arts])
    title = {a.id: a.title for a in arts}
    model = load_model()
    clusterer = StreamClusterer(model, model_idf(model), texts=texts)
    counts: Counter = Counter()
    for f in compute_features(arts, model.embedder, model.context_embedder):
        d = clusterer.add(f)
        if d.new_story or d.duplicate_of is not None:
            continue
        mates = [a for a, (s, _) in clusterer.memberships.items()
                 if s == d.story_id and a != f.article_id]  # fmt: skip
        right = Counter(gold[a] for a in mates).most_common(1)[0][0] == gold[f.article_id]
        counts["joins", right] += 1
        dates = month_days(text[f.article_id])
        theirs = frozenset().union(*(month_days(text[a]) for a in mates))
        if dates and theirs:
            counts["both print a date", right] += 1
            for gap in GAPS:
                counts[f"dates more than {gap} days apart", right] += far_apart(dates, theirs, gap)
            if show and far_apart(dates, theirs, 1):
                print(f"  {'right' if right else 'wrong'}: {title[f.article_id]!r} "
                      f"{sorted(dates)} / {[title[a] for a in mates][:3]} {sorted(theirs)}")
        mine = numbers(text[f.article_id])
        others = frozenset().union(*(numbers(text[a]) for a in mates))
        if mine and others:
            counts["both print a number", right] += 1
            counts["no number shared", right] += not (mine & others)
    return counts


def main(argv: list[str]) -> None:
    show = "--show" in argv
    args = [a for a in argv if a != "--show"]
    data, name = Path(args[0]), args[1] if len(args) > 1 else "neus-raw"
    gold_set = next(g for g in find_sets(data) if g.name == name)
    for cond in ("real", "compressed"):
        print(f"{name} train, {cond} (right / wrong joins)")
        counts = reach(condition_stream(gold_set, "train", cond), show)
        for key in sorted({k for k, _ in counts}, key=lambda k: (k != "joins", k)):
            print(f"  {key:32s} {counts[key, True]:4d} / {counts[key, False]:4d}")


if __name__ == "__main__":
    main(sys.argv[1:])
