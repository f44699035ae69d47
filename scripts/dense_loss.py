"""Where the dense day's loss is: merge errors against split errors, and the step that
makes each (issue 13, session 37; docs/eval-clustering.md, "Session 37: …").

    PYTHONPATH=src:scripts python scripts/dense_loss.py DATA [SET] [SPEC]
    PYTHONPATH=src:scripts python scripts/dense_loss.py DATA SET - --cond real --splits OUT.tsv

Runs the packaged model (or ``sparse_stream.variant(SPEC)``) over one set's training
part (neus-raw unless ``SET`` is given) with real times and on the dense day, and prints
for each condition:

- B³ P and R, and the loss each leaves (1 − P: articles of other gold stories sharing
  a story, *merge* errors; 1 − R: articles of one gold story in other stories, *split*
  errors);
- the joins by route — a near-copy, the model's join (probability at or over the
  threshold), the same-event join (``cluster.event_join``), the cross-language join —
  each counted right or wrong (a join is *wrong* when the article's gold story is not
  the majority gold story of the story it joins, at the join), wrong ones by
  probability band;
- the precision loss of each final story summed over its members, the largest first,
  with how many gold stories it holds and the routes that brought its foreign members;
- the split errors: each article that founded a story (or joined a wrong one) while a
  live story held a majority of its gold story's earlier reports, with why it did not
  join that story (``sparse_stream._why_not``: not a candidate, under the threshold
  with its probability band, the core check, the weekday check, the guard, another
  story first).

``--cond`` runs one condition only; ``--splits OUT.tsv`` (session 38) also sorts every
split error by *kind* and writes one line each, for reading: a *late follow-up* (the
article comes two days or more after the last report of its gold story's live story),
*other words* (its title shares under ``OTHER_WORDS`` of its content words with the
titles of that story's reports), or *same words* (neither: a sub-angle, or the scorer);
and counts the reports whose gold story's earlier reports all sit in frozen stories
(*home frozen*: no live story to join).
"""

from __future__ import annotations

import csv
import re
import sys
from collections import Counter
from pathlib import Path

import sparse_stream  # scripts/ is the script's own folder on sys.path

from newsprism.cluster import event_join
from newsprism.cluster import stream as stream_module
from newsprism.cluster.crosslang import memory_texts
from newsprism.cluster.features import compute_features
from newsprism.cluster.model import ClusterModel, model_idf
from newsprism.cluster.profile import story_id_for
from newsprism.cluster.stream import StreamClusterer
from newsprism.eval.clustering import condition_stream, find_sets, score_clustering

BANDS = (0.0, 0.075, 0.2, 0.3, 0.5, 0.7, 1.01)
LATE_DAYS = 2.0  # a split error this long after its home story's last report is "late"
OTHER_WORDS = 0.2  # under this share of title words shared with the home story: "other words"


class Routed(StreamClusterer):
    """The clusterer, noting the route of each decision (``route``: article id -> name)."""

    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self.route: dict[str, str] = {}
        self._last = ""

    def decide(self, f):  # type: ignore[no-untyped-def, override]
        self._last = "model"
        story_id, duplicate_of, score = super().decide(f)
        if duplicate_of is not None:
            self._last = "copy"
        elif story_id == story_id_for(f.article_id) and story_id not in self.live:
            self._last = "found"
        self.route[f.article_id] = self._last
        return story_id, duplicate_of, score


def _noting(name: str, inner):  # type: ignore[no-untyped-def]
    """``inner`` that notes ``name`` as the route of the clusterer in ``_noting.owner``
    when it returns a story."""

    def wrapped(*args, **kwargs):  # type: ignore[no-untyped-def]
        out = inner(*args, **kwargs)
        if out is not None and _noting.owner is not None:
            _noting.owner._last = name
        return out

    return wrapped


_noting.owner = None  # type: ignore[attr-defined]
event_join.choose = _noting("event", event_join.choose)
stream_module.choose = _noting("cross", stream_module.choose)


def band(p: float | None) -> str:
    """The probability band ``p`` falls in."""
    if p is None:
        return "none"
    low = max(b for b in BANDS if p >= b)
    return f"[{low:.3f},{BANDS[BANDS.index(low) + 1]:.3f})"


def majority(golds: list[str]) -> str:
    return Counter(golds).most_common(1)[0][0]


def run(items: list, model: ClusterModel, split_rows: list[dict] | None = None) -> None:
    """Print the loss table of one stream (module docstring); with ``split_rows``, append
    each split error's reading line to it (``split_row``)."""
    arts = [i.article for i in items]
    gold = {i.article.id: i.story for i in items}
    features = compute_features(arts, model.embedder, model.context_embedder)
    clusterer = Routed(model, model_idf(model), texts=memory_texts(arts))
    _noting.owner = clusterer  # type: ignore[attr-defined]
    joins: Counter = Counter()
    wrong_bands: Counter = Counter()
    splits: Counter = Counter()
    kinds: Counter = Counter()
    by_id = {a.id: a for a in arts}
    brought: dict[str, Counter] = {}  # article id -> route that brought it
    for f in features:
        mates = Counter(clusterer.memberships[a][0] for a in clusterer.memberships
                        if gold[a] == gold[f.article_id])  # fmt: skip
        home = next((s for s, n in mates.most_common() if s in clusterer.live), None)
        if mates and home is None:
            splits["home frozen"] += 1
        why = sparse_stream._why_not(clusterer, f, home) if home else None
        if why == "under the threshold":
            x = dict((s, x) for s, x, _ in clusterer.scored_candidates(f))[home]
            why += " " + band(model.probability(x))
        story = clusterer.add(f).story_id
        route = clusterer.route[f.article_id]
        if route != "found":
            members = [gold[a] for a in clusterer.memberships
                       if clusterer.memberships[a][0] == story and a != f.article_id]  # fmt: skip
            right = majority(members) == gold[f.article_id]
            joins[route, right] += 1
            if not right:
                p = clusterer.decisions[-1].score
                wrong_bands[route, band(p)] += 1
                brought[f.article_id] = route
        if home is not None and story != home:
            splits[why] += 1
            if split_rows is not None:
                split_rows.append(split_row(clusterer, f, home, why, by_id, gold))
                kinds[split_rows[-1]["kind"], why.split(" [")[0]] += 1
    found = [clusterer.memberships[a.id][0] for a in arts]
    s = score_clustering(found, [gold[a.id] for a in arts])
    p, r, f1 = s.b3
    print(f"  B3 F1 {f1:.4f}  P {p:.4f} (merge loss {1 - p:.4f})  R {r:.4f} "
          f"(split loss {1 - r:.4f})  stories {s.found}")
    print("  joins by route (right / wrong):")
    for route in ("copy", "model", "event", "cross"):
        print(f"    {route:6s} {joins[route, True]:4d} / {joins[route, False]:4d}")
    print("  wrong joins by route and probability band:",
          dict(sorted(wrong_bands.items())))  # fmt: skip
    _story_losses(arts, found, gold, brought)
    print("  split errors (a live story held most of its gold story; why not joined):")
    for why, n in splits.most_common():
        print(f"    {n:4d}  {why}")
    if kinds:
        print("  split errors by kind and step:")
        for (kind, why), n in sorted(kinds.items(), key=lambda kv: -kv[1]):
            print(f"    {n:4d}  {kind:12s} {why}")


def _title_words(title: str | None) -> set[str]:
    """The content words of a title (four letters or more, lower-cased)."""
    return {w for w in re.findall(r"[a-z0-9']+", (title or "").lower()) if len(w) >= 4}


def split_row(clusterer: StreamClusterer, f, home: str, why: str,  # type: ignore[no-untyped-def]
              by_id: dict, gold: dict[str, str]) -> dict:  # fmt: skip
    """One split error, for reading: its kind (module docstring), the days since the home
    story's last report, the share of its title words in the home story's titles."""
    home_ids = [a for a, (s, _) in clusterer.memberships.items() if s == home]
    words = _title_words(by_id[f.article_id].title)
    theirs = set().union(*(_title_words(by_id[a].title) for a in home_ids))
    share = len(words & theirs) / len(words) if words else 0.0
    last = clusterer.live[home].t_last
    gap = (f.published - last) / 86400 if f.published is not None and last else 0.0
    kind = ("late" if gap >= LATE_DAYS else
            "other words" if share < OTHER_WORDS else "same words")  # fmt: skip
    art = by_id[f.article_id]
    return {"kind": kind, "why": why, "gap_days": round(gap, 2), "title_share": round(share, 2),
            "gold": gold[f.article_id], "id": art.id, "date": art.published_at,
            "outlet": art.outlet, "title": art.title,
            "home_titles": " || ".join(sorted({by_id[a].title or "" for a in home_ids})[:4])}


def _story_losses(arts: list, found: list[str], gold: dict[str, str],
                  brought: dict[str, str]) -> None:  # fmt: skip
    """Each story's share of the B³ precision loss, the largest first (ten)."""
    by_story: dict[str, list[str]] = {}
    for a, story in zip(arts, found, strict=True):
        by_story.setdefault(story, []).append(a.id)
    n = len(arts)
    rows = []
    for ids in by_story.values():
        golds = Counter(gold[a] for a in ids)
        loss = sum(1 - golds[gold[a]] / len(ids) for a in ids) / n
        if loss > 0:
            routes = Counter(brought[a] for a in ids if a in brought)
            rows.append((loss, len(ids), len(golds), dict(routes)))
    rows.sort(key=lambda r: r[:3], reverse=True)
    total = sum(r[0] for r in rows)
    over3 = sum(r[0] for r in rows if r[2] > 3)
    print(f"  merge loss in {len(rows)} mixed stories: {total:.4f}; in those holding > 3 "
          f"gold stories: {over3:.4f}; largest ten (loss, size, gold stories, wrong joins):")
    for row in rows[:10]:
        print(f"    {row[0]:.4f} {row[1]:3d} {row[2]:2d} {row[3]}")


def main(argv: list[str]) -> None:
    data = Path(argv[0])
    name = argv[1] if len(argv) > 1 else "neus-raw"
    spec = argv[2] if len(argv) > 2 and not argv[2].startswith("--") else None
    model = sparse_stream.variant(None if spec == "-" else spec)
    conds = [argv[argv.index("--cond") + 1]] if "--cond" in argv else ["real", "compressed"]
    out = Path(argv[argv.index("--splits") + 1]) if "--splits" in argv else None
    gold_set = next(g for g in find_sets(data) if g.name == name)
    for cond in conds:
        print(f"{name} train, {cond}")
        rows: list[dict] = []
        run(condition_stream(gold_set, "train", cond), model, rows if out else None)
        if out and rows:
            path = out.with_name(f"{out.stem}-{cond}{out.suffix}")
            with path.open("w", newline="") as fh:
                writer = csv.DictWriter(fh, fieldnames=list(rows[0]), delimiter="\t")
                writer.writeheader()
                writer.writerows(rows)
            print(f"  {len(rows)} split errors -> {path}")


if __name__ == "__main__":
    main(sys.argv[1:])
