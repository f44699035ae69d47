"""The clusterer's grid chooses its threshold under a floor on the dense day's precision
(scripts/train_clusterer.py: ``meets_floor``, ``pick``, ``grid_rows``; model version 6,
session 34)."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from newsprism.cluster.features import compute_features, to_epoch
from newsprism.cluster.model import load_model, model_idf
from newsprism.eval import gold_article
from newsprism.eval.clustering import GoldItem
from tests.script_modules import script_module

ROOT = Path(__file__).resolve().parents[2]


train = script_module("train_clusterer")
FLOOR = train.FLOOR_STREAM


def _model(threshold: float) -> object:
    return dataclasses.replace(load_model(), threshold=threshold)


def test_a_point_meets_the_floor_only_with_enough_precision_on_the_floor_stream() -> None:
    assert train.meets_floor({FLOOR: (0.86, 0.70, 0.77), "other": (0.50, 0.5, 0.5)}, 0.85)
    assert not train.meets_floor({FLOOR: (0.84, 0.90, 0.87)}, 0.85)
    assert train.meets_floor({FLOOR: (0.10, 0.90, 0.18)}, 0.0)  # no floor: every point
    assert train.meets_floor({"other": (0.10, 0.90, 0.18)}, 0.85)  # no such stream


def test_the_floor_passes_over_the_best_f1_when_it_joins_too_much() -> None:
    loose = (_model(0.2), {FLOOR: (0.80, 0.90, 0.847), "b": (0.9, 0.9, 0.9)})
    strict = (_model(0.3), {FLOOR: (0.88, 0.70, 0.780), "b": (0.9, 0.8, 0.847)})
    stricter = (_model(0.4), {FLOOR: (0.95, 0.50, 0.655), "b": (0.9, 0.7, 0.788)})
    rows = [loose, strict, stricter]
    assert train.pick(rows, 0.0)[0].threshold == 0.2  # F1 alone: the loose point
    assert train.pick(rows, 0.85)[0].threshold == 0.3  # the best F1 over the floor


def test_a_point_cut_short_under_the_floor_is_never_picked() -> None:
    full = (_model(0.3), {FLOOR: (0.86, 0.60, 0.71), "b": (0.8, 0.8, 0.8)})
    partial = (_model(0.2), {FLOOR: (0.90, 0.90, 0.90)})  # run on one stream only
    assert train.pick([partial, full], 0.85)[0].threshold == 0.3


def test_when_no_point_meets_the_floor_the_most_precise_one_is_picked() -> None:
    rows = [(_model(0.2), {FLOOR: (0.70, 0.9, 0.79), "b": (0.9, 0.9, 0.9)}),
            (_model(0.3), {FLOOR: (0.80, 0.7, 0.75), "b": (0.8, 0.8, 0.8)})]
    assert train.pick(rows, 0.95)[0].threshold == 0.3


def _stream() -> list[GoldItem]:
    """Two events of one harbour a day apart, two reports each (written for this test)."""
    texts = [
        ("Ferry crews walk out at the harbour", "Ferry crews at the harbour stopped work "
         "on Monday over pay, leaving hundreds of commuters stranded at the quay.", "s1"),
        ("Harbour ferry strike strands commuters", "Commuters were stranded on Monday when "
         "ferry crews at the harbour stopped work in a dispute over pay.", "s1"),
        ("Harbour dredging contract awarded", "The port authority awarded a contract on "
         "Tuesday to dredge the harbour channel for larger container ships.", "s2"),
        ("Port picks firm to dredge harbour", "A firm will dredge the harbour channel so "
         "larger container ships can dock, the port authority said on Tuesday.", "s2"),
    ]
    return [GoldItem(gold_article(f"a{n}", body, title=title,
                                  published_at=f"2026-03-0{2 + n // 2}T0{n}:00:00Z"),
                     story=story, part="train", split="train")
            for n, (title, body, story) in enumerate(texts)]  # fmt: skip


def test_grid_rows_runs_no_other_stream_for_a_point_under_the_floor() -> None:
    items = _stream()
    feats = {f.article_id: dataclasses.replace(f, published=to_epoch(i.article.published_at))
             for f, i in zip(compute_features([i.article for i in items]), items,
                             strict=True)}  # fmt: skip
    model = load_model()
    dated = {"other": items, FLOOR: items}
    timed = {"other": feats, FLOOR: feats}
    rows = train.grid_rows(model, model_idf(model), dated, timed, lambda _: None, (0.2,),
                           floor=1.01)  # fmt: skip
    assert len(rows) == len(train.CORE_LINKS)
    assert all(list(scores) == [FLOOR] for _, scores in rows)  # cut after the floor stream
    rows = train.grid_rows(model, model_idf(model), dated, timed, lambda _: None, (0.2,))
    assert all(list(scores) == ["other", FLOOR] for _, scores in rows)  # the streams' order
    assert all(0.0 < s[2] <= 1.0 for _, scores in rows for s in scores.values())


def test_the_measured_quote_features_mark_a_shared_line_and_two_different_ones() -> None:
    from newsprism.cluster.stream import StreamClusterer

    fq = script_module("floor_quotes")
    texts = {  # written for this test: one council vote, and a different statement
        "a": ('Council backs tram line', 'The mayor called it "a line for the whole city" '
              'after the vote.'),
        "b": ("Tram line approved", 'Councillors cheered "a line for the whole city" as the '
              "plan passed."),
        "c": ("Mayor on tram costs", 'The mayor said "we will not raise fares" on Friday.'),
        "d": ("Tram plan passes", "The council approved the tram plan on Thursday."),
    }
    articles = {k: gold_article(k, body, title=title) for k, (title, body) in texts.items()}
    fq.QUOTES.update({a.id: fq.join_quotes.quote_pairs(fq.quote_text(a.title, a.text))
                      for a in articles.values()})  # fmt: skip
    model = load_model()
    feats = dict(zip(texts, compute_features(list(articles.values())), strict=True))
    clusterer = StreamClusterer(model, model_idf(model))
    clusterer.apply(feats["a"], "s1")
    story = clusterer.live["s1"]
    fq.QUOTE_ON[0] = True
    try:
        tail = {k: fq.compare(clusterer, feats[k], clusterer.weigh(feats[k]), story)[-2:]
                for k in ("b", "c", "d")}  # fmt: skip
        assert tail == {"b": [1.0, 0.0], "c": [0.0, 1.0], "d": [0.0, 0.0]}
        fq.QUOTE_ON[0] = False
        plain = fq.compare(clusterer, feats["b"], clusterer.weigh(feats["b"]), story)
        assert len(plain) == len(model.weights)  # off: version 5's features alone
    finally:
        fq.QUOTE_ON[0] = False
    assert StreamClusterer.compare is not fq.compare  # importing it patches nothing
