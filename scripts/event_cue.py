"""Measure the same-event cues (``cluster.event_cue``, issue 13, session 36) on the
low-score candidate joins of a training stream, before any of them decides anything.

    PYTHONPATH=src python scripts/event_cue.py pairs DATA OUT.jsonl SET COND [LOW]
    PYTHONPATH=src python scripts/event_cue.py table OUT.jsonl …
    PYTHONPATH=src python scripts/event_cue.py show OUT.jsonl CUE DATA SET COND
    PYTHONPATH=src python scripts/event_cue.py model EVAL.json OUT.json

``pairs`` runs the packaged model over one training stream (``SET`` of
``sparse_stream.training_streams``, ``COND`` real or compressed) and, for every article
it did not join (it founded a story), writes each candidate story whose probability lies
in [``LOW``, the join threshold) and that the rule could read (dated, both sides named,
a trained language): its probability, rank, size, whether the story's majority gold
story is the article's ("right"), and each cue on the article's title + lead against
its members' (numbers, event days, quoted runs, rare shared names). ``table`` counts,
for each cue, the cue-positive pairs and how many are right, overall and by
probability band, and the same for the best cue-positive candidate of each article
(what a join rule would take). ``show`` prints the cue-positive pairs of one cue with
both sides' titles and what they share, for reading (training part only). ``model``
writes the packaged model with the picked setting (``event_join.PICKED``) as the next
version, with the eval rows of ``sparse_stream.py eval`` recorded in it.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import sys
from collections import Counter
from pathlib import Path

from sparse_stream import training_streams

from newsprism.cluster import event_cue as cue
from newsprism.cluster import event_join, sparse
from newsprism.cluster.crosslang import memory_texts
from newsprism.cluster.features import compute_features
from newsprism.cluster.model import load_model, model_idf, save_model
from newsprism.cluster.stream import StreamClusterer

LOW = 0.02
MEMBERS = 8  # members of a story whose leads are read
BANDS = (0.02, 0.05, 0.1, 0.15)
NAME_LIVE = (1, 2, 3)  # rarity bars for the names cue: live stories carrying the name


def _day(epoch: float | None) -> dt.date | None:
    return None if epoch is None else dt.datetime.fromtimestamp(epoch, dt.UTC).date()


def _side(text: str, day: dt.date | None) -> dict:
    """What the cues read of one text."""
    lead = cue.lead(text)
    return {"numbers": cue.numbers(lead), "days": cue.event_days(lead, day),
            "absolute": cue.event_days(lead, day, relative=False),
            "relative": cue.event_days(lead, day, absolute=False),
            "quotes": cue.quote_runs(lead)}  # fmt: skip


def _cues(mine: dict, theirs: list[dict]) -> dict:
    """The shared particulars of the article and a story's members."""
    out = {}
    for key in ("numbers", "days", "absolute", "relative", "quotes"):
        shared = set().union(*(mine[key] & t[key] for t in theirs)) if mine[key] else set()
        out[key] = sorted(str(s) for s in shared)
        out[key + "_both"] = bool(mine[key]) and any(t[key] for t in theirs)
    return out


def pairs(data: Path, out: Path, set_name: str, cond: str, low: float) -> None:
    """The low-score candidate pairs of one training stream and their cues."""
    items = next(i for n, c, i in training_streams(data, set_name) if c == cond)
    arts = [i.article for i in items]
    gold = {i.article.id: i.story for i in items}
    texts = memory_texts(arts)
    model = load_model()
    clusterer = StreamClusterer(model, model_idf(model), texts=texts)
    sides: dict[str, dict] = {}
    rows = []
    for f in compute_features(arts, model.embedder, model.context_embedder):
        sides[f.article_id] = _side(texts([f.article_id]).get(f.article_id, ""), _day(f.published))
        copy, related = clusterer._near_copies(f)
        scored = [] if copy else clusterer.scored_candidates(f, extra=related)
        decision = clusterer.add(f)
        if copy or decision.score is not None:
            continue  # joined: the rule reads founders only
        ranked = sorted(((model.probability(x), s, x, c) for s, x, c in scored),
                        key=lambda r: -r[0])  # fmt: skip
        live_names = [c.names for c in clusterer.live.values()]
        founders = [sides[c.members[0].article_id]["days"] for c in clusterer.live.values()
                    if c.members and c.members[0].article_id in sides]  # fmt: skip
        for rank, (p, story, x, c) in enumerate(ranked):
            if not low <= p < model.join_threshold(x, f.language):
                continue
            if not sparse.eligible(model, x, f.language):
                continue
            members = [m.article_id for m in c.members[:MEMBERS]]
            golds = Counter(gold[m] for m in (r.article_id for r in c.log))
            row = {"article": f.article_id, "story": story, "p": round(p, 4), "rank": rank,
                   "size": c.count, "right": golds.most_common(1)[0][0] == gold[f.article_id],
                   "any_right": gold[f.article_id] in golds,
                   **_cues(sides[f.article_id], [sides[m] for m in members if m in sides]),
                   "founder_days": sorted(str(d) for d in sides[f.article_id]["days"]
                                          & sides.get(members[0], {}).get("days", set()))}
            shared = sides[f.article_id]["days"] & sides.get(members[0], {}).get("days", set())
            row["day_live"] = min((sum(d in days for days in founders) for d in shared),
                                  default=None)  # live founders naming the shared day
            for most in NAME_LIVE:
                row[f"names{most}"] = cue.rare_shared_names(f.entities, c.names, live_names, most)
            rows.append(row)
    out.write_text("\n".join(json.dumps(r, default=str) for r in rows) + "\n")
    print(f"{len(rows)} low-score candidate pairs of founders -> {out}")


CUES = {
    "any pair": lambda r: True,
    "number": lambda r: len(r["numbers"]) >= 1,
    "number x2": lambda r: len(r["numbers"]) >= 2,
    "date": lambda r: len(r["days"]) >= 1,
    "month-day": lambda r: len(r["absolute"]) >= 1,
    "weekday/yesterday": lambda r: len(r["relative"]) >= 1,
    "date, size 1": lambda r: len(r["days"]) >= 1 and r["size"] == 1,
    "date, rank 0": lambda r: len(r["days"]) >= 1 and r["rank"] == 0,
    "date, size<=2": lambda r: len(r["days"]) >= 1 and r["size"] <= 2,
    "date, size<=3": lambda r: len(r["days"]) >= 1 and r["size"] <= 3,
    "founder's date": lambda r: len(r["founder_days"]) >= 1,
    "date, size 1, p>=.05": lambda r: len(r["days"]) >= 1 and r["size"] == 1 and r["p"] >= .05,
    "date, size 1, p>=.05, day live<=2": lambda r: len(r["days"]) >= 1 and r["size"] == 1
    and r["p"] >= .05 and r["day_live"] is not None and r["day_live"] <= 2,
    "date, size 1, p>=.05, day live<=4": lambda r: len(r["days"]) >= 1 and r["size"] == 1
    and r["p"] >= .05 and r["day_live"] is not None and r["day_live"] <= 4,
    "date+number": lambda r: bool(r["days"]) and bool(r["numbers"]),
    "date|number": lambda r: bool(r["days"]) or bool(r["numbers"]),
    "quote": lambda r: len(r["quotes"]) >= 1,
    "names<=1": lambda r: len(r["names1"]) >= 2,
    "names<=2": lambda r: len(r["names2"]) >= 2,
    "names<=3": lambda r: len(r["names3"]) >= 2,
    "number|quote": lambda r: bool(r["numbers"]) or bool(r["quotes"]),
    "date, no number clash": lambda r: bool(r["days"]) and (bool(r["numbers"])
                                                             or not r["numbers_both"]),
}


def table(paths: list[Path]) -> None:
    """Each cue's precision on the pairs and on the best cue-positive pair per article."""
    for path in paths:
        rows = [json.loads(line) for line in path.read_text().splitlines() if line]
        print(f"== {path.name}: {len(rows)} pairs, "
              f"{len({r['article'] for r in rows})} founders")  # fmt: skip
        for name, test in CUES.items():
            hit = [r for r in rows if test(r)]
            best: dict[str, dict] = {}
            for r in hit:
                if r["article"] not in best or r["p"] > best[r["article"]]["p"]:
                    best[r["article"]] = r
            bands = []
            for lo, hi in zip(BANDS, (*BANDS[1:], 1.0), strict=True):
                b = [r for r in best.values() if lo <= r["p"] < hi]
                bands.append(f"{sum(r['right'] for r in b)}/{len(b)}")
            b = list(best.values())
            print(f"  {name:24s} pairs {sum(r['right'] for r in hit):4d}/{len(hit):4d}  best "
                  f"{sum(r['right'] for r in b):4d}/{len(b):4d} "
                  f"({sum(r['right'] for r in b) / max(len(b), 1):.2f})  by band "
                  + " ".join(bands))  # fmt: skip


def show(path: Path, name: str, data: Path, set_name: str, cond: str) -> None:
    """The best cue-positive pair per article of one cue, both sides' titles."""
    items = next(i for n, c, i in training_streams(data, set_name) if c == cond)
    arts = {i.article.id: i.article for i in items}
    rows = [json.loads(line) for line in path.read_text().splitlines() if line]
    best: dict[str, dict] = {}
    for r in rows:
        if CUES[name](r) and (r["article"] not in best or r["p"] > best[r["article"]]["p"]):
            best[r["article"]] = r
    for r in best.values():
        a = arts[r["article"]]
        print(f"{'RIGHT' if r['right'] else 'WRONG'} p={r['p']} size={r['size']} "
              f"numbers={r['numbers']} days={r['days']} quotes={r['quotes'][:2]} "
              f"names={r['names3']}\n  A {a.published_at} {a.outlet}: {a.title}\n"
              f"  S {r['story']}")  # fmt: skip


def write_model(rows_path: Path, out: Path) -> None:
    """The packaged model with ``event_join.PICKED`` set, as version ``version + 1``, with
    the eval rows of ``sparse_stream.py eval … c:0.075:1:20`` (``rows_path``) recorded as
    ``train_clusterer.with_metrics`` records them."""
    model = load_model()
    rows = json.loads(rows_path.read_text("utf-8"))
    metrics = {f"{r['dataset']} {r['part']} {r['split']} {r['condition']}": {
        k: (round(v, 4) if isinstance(v, float) else v) for k, v in r.items()
        if k not in ("dataset", "part", "split")} for r in rows}  # fmt: skip
    training = {**(model.training or {}), "same_event_join": (
        "version 5's weights, threshold and core check; the same-event join "
        f"(cluster.event_join) set to {event_join.PICKED}, picked on the training rows "
        "(docs/eval-clustering.md, session 36)")}  # fmt: skip
    shipped = dataclasses.replace(model, version=model.version + 1, **event_join.PICKED,
                                  metrics=metrics, training=training)  # fmt: skip
    save_model(shipped, out)
    print(f"version {shipped.version} -> {out}")


def main(argv: list[str]) -> None:
    if argv[0] == "pairs":
        pairs(Path(argv[1]), Path(argv[2]), argv[3], argv[4],
              float(argv[5]) if len(argv) > 5 else LOW)  # fmt: skip
    elif argv[0] == "table":
        table([Path(p) for p in argv[1:]])
    elif argv[0] == "model":
        write_model(Path(argv[1]), Path(argv[2]))
    elif argv[0] == "show":
        show(Path(argv[1]), argv[2], Path(argv[3]), argv[4], argv[5])
    else:
        raise SystemExit(__doc__)


if __name__ == "__main__":
    main(sys.argv[1:])
