"""Session 26 (decision 31): scripts/founder_guards.py's gap guard and ``--gaps`` counts,
and the clusterer's title test (``guard_title_idf``) deciding as the script's
``named:words:N+named:title-idf:T`` on every added join."""

from __future__ import annotations

import dataclasses
import math
from pathlib import Path

import pytest

from newsprism.cluster import weekdays
from newsprism.cluster.features import compute_features
from newsprism.cluster.model import FEATURES, load_model, model_idf
from newsprism.eval import gold_article
from newsprism.eval.clustering import cluster_articles


def _run(guards, items, spec: str):
    model = load_model()
    idf = model_idf(model)
    feats = {f.article_id: f for f in compute_features([i.article for i in items])}
    info = {i.article.id: guards.report_info(i, feats[i.article.id]) for i in items}
    trial = dataclasses.replace(model, threshold=0.001)
    clusterer = guards.Guarded(trial, idf, model.threshold,
                               guards.guard_of(spec, idf, model.default_idf), True, info)
    _, counts = guards.run(items, feats, clusterer)
    return clusterer, counts


def _x(gap: float | None) -> list[float]:
    x = [0.0] * len(FEATURES)
    if gap is None:
        x[FEATURES.index("no_time")] = 1.0
    else:
        x[FEATURES.index("time")] = math.exp(-gap / 48.0)
    return x


def test_the_gap_is_read_back_from_the_time_feature(guards) -> None:
    assert guards.gap_hours(_x(0.0)) == 0.0
    assert guards.gap_hours(_x(30.0)) == pytest.approx(30.0)
    assert guards.gap_hours(_x(None)) is None
    day = guards.guard_of("gap:24", {}, 1.0)
    assert day(None, None, None, None, _x(23.5)) and not day(None, None, None, None, _x(25))
    assert [guards.gap_bin(g) for g in (0.0, 20.0, 30.0, 90.0, 200.0, None)] == [
        "same hour", "<=1 d", "<=2 d", "<=4 d", ">4 d", "undated"]


def test_every_added_join_is_counted_once_by_its_gap(guards, items) -> None:
    clusterer, counts = _run(guards, items, "none")
    assert clusterer.added and len(clusterer.gaps) == len(clusterer.added)
    by_size = sum(n for k, n in counts.items() if not k.startswith("gap "))
    by_gap = sum(n for k, n in counts.items() if k.startswith("gap "))
    assert by_size == by_gap == len(clusterer.added)
    table = guards.gap_table({"corpus": counts})
    assert table.splitlines()[1].startswith("    corpus: ")


def test_a_zero_hour_gap_guard_refuses_the_corpus_s_later_joins(guards, items) -> None:
    opened, _ = _run(guards, items, "none")
    closed, _ = _run(guards, items, "gap:0")
    later = [g for g in opened.gaps if g]
    assert later, "the corpus has added joins to a story published earlier"
    assert all(g == 0.0 for g in closed.gaps)


def _guarded_model(words: int, title_idf: float):
    """Version 3 with the guard (the script's clusterer is version 3's join step, without
    version 4's weekday check, session 31)."""
    return dataclasses.replace(load_model(), threshold=0.001, guard_below=0.2,
                               guard_words=words, guard_title_idf=title_idf,
                               weekday_gap=weekdays.OFF)  # fmt: skip


@pytest.mark.parametrize("rarest", [0.0, 3.0, 6.0, 100.0])
def test_the_clusterer_s_title_test_is_the_script_s(guards, items, rarest) -> None:
    spec = "named:words:0" + (f"+named:title-idf:{rarest}" if rarest else "")
    clusterer, _ = _run(guards, items, spec)
    mine = [clusterer.memberships[i.article.id][0] for i in items]
    assert mine == cluster_articles([i.article for i in items], _guarded_model(0, rarest))


def test_the_title_test_refuses_joins(items) -> None:
    articles = [i.article for i in items]
    assert cluster_articles(articles, _guarded_model(0, 0.0)) != cluster_articles(
        articles, _guarded_model(0, 100.0))


def test_a_profile_without_members_reads_its_title_terms() -> None:
    from newsprism.cluster.guard import founder_title_terms, shares_rare_title_word
    from newsprism.cluster.profile import Cluster

    f = compute_features([gold_article("g", "Alpha met Gamma.", title="Quake hits Elazig")])[0]
    alone = Cluster(story_id="s", founder="m", count=1, title=dict.fromkeys(f.title_tf, 1.0))
    assert founder_title_terms(alone) == set(f.title_tf)
    assert shares_rare_title_word(f, alone, {}, 5.0, 5.0)
    assert not shares_rare_title_word(f, alone, {}, 5.0, 5.1)
    assert founder_title_terms(dataclasses.replace(alone, count=2)) is None


def test_a_model_file_keeps_its_guard_fields_only_when_on(tmp_path: Path) -> None:
    from newsprism.cluster.model import save_model

    off = load_model()
    assert "guard_below" not in off.as_dict()
    on = dataclasses.replace(off, threshold=0.125, guard_below=0.2, guard_words=40,
                             guard_title_idf=4.0)  # fmt: skip
    save_model(on, tmp_path / "clusterer.json")
    back = load_model(tmp_path / "clusterer.json")
    assert (back.guard_below, back.guard_words, back.guard_title_idf) == (0.2, 40, 4.0)
