"""Session 28 (docs/clustering.md decision 32, "Session 28"): an added join without names
to a story of one stands only with ``guard_unnamed_one`` shared rare words
(``cluster.guard.unnamed_passes``), and scripts/founder_guards.py's
``one:``/``rare-words:`` terms decide as the clusterer does."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from newsprism.cluster.features import compute_features
from newsprism.cluster.guard import REFUSE, passes, shared_rare_words
from newsprism.cluster.model import (
    FEATURES,
    default_model_path,
    load_model,
    model_idf,
    save_model,
)
from newsprism.cluster.profile import Cluster
from newsprism.cluster.terms import stable_hash
from newsprism.eval import gold_article
from newsprism.eval.clustering import GoldItem, cluster_articles
from tests.cluster.corpus import study_script


def _one(story_id: str, text: str) -> Cluster:
    """A lower-cased story of one read as a profile alone: its founder's sums."""
    f = compute_features([gold_article(story_id, text)])[0]
    return Cluster(story_id=story_id, founder=story_id, count=1,
                   title=dict.fromkeys(f.title_tf, 1.0), body=dict.fromkeys(f.body_tf, 1.0))


def _unnamed() -> list[float]:
    x = [0.0] * len(FEATURES)
    x[FEATURES.index("no_entities")] = 1.0
    return x


def _model(need: int, idf: float = 4.0):
    return dataclasses.replace(load_model(), threshold=0.125, guard_below=0.2,
                               guard_title_idf=idf, guard_unnamed_core=True,
                               guard_unnamed_one=need)  # fmt: skip


def test_a_snippet_joins_a_story_of_one_only_on_enough_shared_rare_words() -> None:
    f = compute_features([gold_article("a", "britain quit europe tide rising")])[0]
    one_word = _one("e", "top ranked europe etf buy")  # "europe" alone in common
    three = _one("b", "britain europe exit tide vote")  # britain, europe, tide
    rare = {}  # every word is rare: the table lacks it (default IDF 9.7 >= 4)
    assert len(shared_rare_words(f, one_word, rare, 9.7, 4.0)) == 1
    assert not passes(_model(2), f, _unnamed(), 0.15, one_word, rare)
    assert passes(_model(2), f, _unnamed(), 0.15, three, rare)
    assert passes(_model(0), f, _unnamed(), 0.15, one_word, rare)  # off: decision 32's
    assert passes(_model(2), f, _unnamed(), 0.25, one_word, rare)  # version 3's own join
    assert not passes(_model(4), f, _unnamed(), 0.15, three, rare)
    # REFUSE (-1, session 28's chosen setting): no such join under version 3's threshold.
    assert not passes(_model(REFUSE), f, _unnamed(), 0.15, three, rare)
    assert passes(_model(REFUSE), f, _unnamed(), 0.20, three, rare)
    # A common word does not count: with "europe" and "britain" frequent, one is left.
    common = {stable_hash("europe"): 2.0, stable_hash("britain"): 3.0}
    assert not passes(_model(2), f, _unnamed(), 0.15, three, common)
    assert passes(_model(2, idf=2.0), f, _unnamed(), 0.15, three, common)


def test_a_larger_story_is_still_the_core_check_s() -> None:
    f = compute_features([gold_article("a", "britain quit europe tide rising")])[0]
    two = Cluster(story_id="s", founder="m", count=2)  # no sums: no word shared
    assert passes(_model(2), f, _unnamed(), 0.15, two, {}, core=lambda: True)
    assert passes(_model(REFUSE), f, _unnamed(), 0.15, two, {}, core=lambda: True)
    assert not passes(_model(2), f, _unnamed(), 0.15, two, {}, core=lambda: False)


# Lower-cased snippets without stop words (as GoogleNews-TSC's), one hour apart: two
# events, and snippets that share one word with them.
SNIPPETS = [
    ("fed", "fed minutes show officials weigh taper bond buying months"),
    ("etf", "top ranked europe etf buy now"),
    ("fed", "fed officials minutes taper bond purchases could begin coming months"),
    ("uk", "britain quit europe tide turning says poll"),
    ("etf", "europe etf ranked top buy list"),
    ("uk", "poll britain quit europe tide turning voters"),
    ("fed", "bond market rallies fed minutes"),
]


def _stream() -> list[GoldItem]:
    return [GoldItem(gold_article(f"s{n}", text, published_at=f"2013-11-2{n // 3}T{n:02d}:00:00Z"),
                     story=story, part="train", split="train")
            for n, (story, text) in enumerate(SNIPPETS)]  # fmt: skip


def test_the_clusterer_s_refusal_is_the_script_s(guards) -> None:
    items = _stream()
    articles = [i.article for i in items]
    model = load_model()
    idf = model_idf(model)
    feats = {f.article_id: f for f in compute_features(articles)}
    info = {i.article.id: guards.report_info(i, feats[i.article.id]) for i in items}
    trial = dataclasses.replace(model, threshold=0.001)
    terms = {0: "", 2: "+unnamed:one:rare-words:4:2", 3: "+unnamed:one:rare-words:4:3",
             REFUSE: "+unnamed:one:refuse"}  # fmt: skip
    for need, one in terms.items():
        spec = "named:title-idf:4+unnamed:core" + one
        clusterer = guards.Guarded(trial, idf, model.threshold,
                                   guards.guard_of(spec, idf, model.default_idf), True, info)
        guards.run(items, feats, clusterer)
        mine = [clusterer.memberships[a.id][0] for a in articles]
        on = dataclasses.replace(_model(need), threshold=0.001, guard_words=0,
                                 guard_title_idf=4.0)  # fmt: skip
        assert mine == cluster_articles(articles, on), need
    off = cluster_articles(articles, dataclasses.replace(_model(0), threshold=0.001))
    for need in (3, REFUSE):  # the rule changes this stream's stories
        assert off != cluster_articles(articles, dataclasses.replace(_model(need),
                                                                     threshold=0.001))


def test_a_model_file_keeps_the_field_only_when_set(tmp_path: Path) -> None:
    assert "guard_unnamed_one" not in _model(0).as_dict()
    save_model(_model(2), tmp_path / "clusterer.json")
    assert load_model(tmp_path / "clusterer.json").guard_unnamed_one == 2


def test_guard_changes_reads_a_model_file_with_fields_changed() -> None:
    """scripts/guard_changes.py's ``FILE+field=value``: the held-out read of session 28."""
    changes = study_script("guard_changes")
    path = str(default_model_path().parent / "clusterer-guarded.json")
    guarded = load_model(path)
    one = changes.model_of(f'{path}+guard_unnamed_one=2+guard_live_sum="title"')
    assert (one.guard_unnamed_one, one.guard_live_sum) == (2, "title")
    assert dataclasses.replace(one, guard_unnamed_one=0, guard_live_sum="body") == guarded
    assert changes.model_of(path) == guarded
