"""scripts/founder_guards.py (session 25): a lower threshold whose added joins to a story
of one are guarded. At version 3's own threshold it must be version 3, and a guard that
refuses must leave no added join to a story of one, or its counts mean nothing."""

from __future__ import annotations

import dataclasses

from newsprism.cluster import weekdays
from newsprism.cluster.features import compute_features
from newsprism.cluster.model import load_model, model_idf
from newsprism.eval import gold_article
from newsprism.eval.clustering import cluster_articles


def _version_3():
    """The packaged model as version 3 decided: ``scripts/founder_guards.py``'s clusterer
    is version 3's join step, without version 4's weekday check (session 31)."""
    return dataclasses.replace(load_model(), weekday_gap=weekdays.OFF)


def _run(guards, items, threshold: float, spec: str, every: bool = False):
    model = _version_3()
    idf = model_idf(model)
    feats = {f.article_id: f for f in compute_features([i.article for i in items])}
    info = {i.article.id: guards.report_info(i, feats[i.article.id]) for i in items}
    trial = dataclasses.replace(model, threshold=threshold)
    clusterer = guards.Guarded(trial, idf, model.threshold,
                               guards.guard_of(spec, idf, model.default_idf), every, info)
    f1, counts = guards.run(items, feats, clusterer)
    return clusterer, f1, counts


def test_at_version_3_s_threshold_it_is_version_3(guards, items) -> None:
    clusterer, _, counts = _run(guards, items, load_model().threshold, "none")
    expected = cluster_articles([i.article for i in items], _version_3())
    assert [clusterer.memberships[i.article.id][0] for i in items] == expected
    assert not clusterer.added and not counts


def test_a_refusing_guard_adds_no_join_to_a_story_of_one(guards, items) -> None:
    clusterer, _, counts = _run(guards, items, 0.001, "refuse")
    assert all(size > 1 for _, _, size, _ in clusterer.added)
    assert counts["one right"] == counts["one wrong"] == 0
    opened, _, _ = _run(guards, items, 0.001, "none")
    # the guard had work to do: unguarded, other events' reports join stories of one
    assert any(size == 1 for _, _, size, _ in opened.added)
    assert counts_of(guards, items)["one wrong"] > 0


def counts_of(guards, items):
    return _run(guards, items, 0.001, "none")[2]


def test_guard_terms(guards, items) -> None:
    feats = {f.article_id: f for f in compute_features([i.article for i in items[:2]])}
    a, b = (guards.report_info(i, feats[i.article.id]) for i in items[:2])
    assert a.numbers == set() or all(not n.startswith(("19", "20")) for n in a.numbers)
    outlet = guards.guard_of("outlet", {}, 1.0)
    x = [0.0] * 8
    assert outlet(a, a, None, None, x) is (a.outlet is None)
    assert outlet(a, b, None, None, x) is (a.outlet != b.outlet)
    same = guards.guard_of("title-idf:0", {}, 1.0)
    assert same(a, a, None, None, x) is bool(a.words)
    assert guards.title_numbers("Death toll passes 165 in 2021 floods") == {"165"}


def _guarded_model(words: int):
    return dataclasses.replace(_version_3(), threshold=0.001, guard_below=0.2, guard_words=words)


def test_the_model_s_guard_is_the_script_s_named_words_guard(guards, items) -> None:
    """The clusterer's guard (``cluster.guard``, read from the model file) decides as the
    measured one (``named:words:N`` on every added join), on a stream where it matters."""
    for words in (0, 60, 10_000):
        clusterer, _, _ = _run(guards, items, 0.001, f"named:words:{words}", every=True)
        mine = [clusterer.memberships[i.article.id][0] for i in items]
        assert mine == cluster_articles([i.article for i in items], _guarded_model(words))
    unguarded = cluster_articles([i.article for i in items], _guarded_model(0))
    assert unguarded != cluster_articles([i.article for i in items], _guarded_model(10_000))


def test_guard_passes() -> None:
    from newsprism.cluster.guard import passes
    from newsprism.cluster.model import FEATURES
    from newsprism.cluster.profile import Cluster, Member

    model = dataclasses.replace(load_model(), guard_below=0.2, guard_words=3)
    f = compute_features([gold_article("g", "Alpha Beta met Gamma in Delta today.",
                                       title="Alpha Beta")])[0]  # fmt: skip
    story = Cluster(story_id="s", founder="m", count=1,
                    members=[Member("m", "t", True, f.embedding, body_tf={1: 1.0, 2: 1.0})])
    named, unnamed = [0.0] * len(FEATURES), [0.0] * len(FEATURES)
    unnamed[FEATURES.index("no_entities")] = 1.0
    assert not passes(model, f, named, 0.15, story)  # the founder has 2 words, not 3
    assert passes(model, f, named, 0.25, story)  # at version 3's threshold: no guard
    assert passes(model, f, unnamed, 0.15, story)  # without names: no guard
    story.members[0].body_tf[3] = 1.0
    assert passes(model, f, named, 0.15, story)
    assert passes(dataclasses.replace(model, guard_below=0.0), f, named, 0.15,
                  dataclasses.replace(story, members=[]))  # fmt: skip
