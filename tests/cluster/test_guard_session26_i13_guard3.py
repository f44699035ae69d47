"""Session 26, second guard (docs/clustering.md decision 32): the shared rare title word
read against the live window (``guard_title_live``, ``guard_live_sum``), the core check
on lower-cased added joins (``guard_unnamed_core``), and scripts/founder_guards.py's
``title-live``/``title-livebody``/``core`` terms deciding as the clusterer does."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from newsprism.cluster.features import compute_features
from newsprism.cluster.guard import live_df, passes, shares_rare_title_word
from newsprism.cluster.model import FEATURES, load_model, model_idf, save_model
from newsprism.cluster.profile import Cluster
from newsprism.eval import gold_article
from newsprism.eval.clustering import cluster_articles


def _story(story_id: str, title: str, body: str = "") -> Cluster:
    """A story of one read as a profile alone: its title and body sums."""
    f = compute_features([gold_article(story_id, body or title, title=title)])[0]
    return Cluster(story_id=story_id, founder=story_id, count=1,
                   title=dict.fromkeys(f.title_tf, 1.0), body=dict.fromkeys(f.body_tf, 1.0))


def test_a_title_word_other_live_stories_carry_is_the_topic_s() -> None:
    f = compute_features([gold_article("a", "Alpha met Gamma.", title="Quake hits Elazig")])[0]
    target = _story("t", "Elazig quake toll rises")
    other = _story("o", "Elazig quake: governor resigns", "The governor of Yozgat resigned.")
    live = {"t": target, "o": other}
    assert shares_rare_title_word(f, target, {}, 5.0, 5.0, live, 0)  # not read
    assert not shares_rare_title_word(f, target, {}, 5.0, 5.0, live, 1)  # "o" has it
    assert shares_rare_title_word(f, target, {}, 5.0, 5.0, live, 2)
    # In the bodies, "o" lacks the word: the event's word again.
    assert shares_rare_title_word(f, target, {}, 5.0, 5.0, live, 1, "body")
    shared = set(f.title_tf) & set(target.title)
    assert live_df(shared, target, live) == dict.fromkeys(shared, 1)  # the target not counted
    with pytest.raises(ValueError):
        live_df(shared, target, live, "names")


def _x(named: bool) -> list[float]:
    x = [0.0] * len(FEATURES)
    x[FEATURES.index("no_entities")] = 0.0 if named else 1.0
    return x


def test_lower_cased_added_joins_to_a_larger_story_pass_the_core_check() -> None:
    f = compute_features([gold_article("a", "storm cuts power coast", title=None)])[0]
    on = dataclasses.replace(load_model(), threshold=0.125, guard_below=0.2,
                             guard_unnamed_core=True)  # fmt: skip
    two, one = Cluster(story_id="s", founder="m", count=2), Cluster(story_id="s", founder="m",
                                                                    count=1)  # fmt: skip
    assert not passes(on, f, _x(False), 0.15, two, core=lambda: False)
    assert passes(on, f, _x(False), 0.15, two, core=lambda: True)
    assert passes(on, f, _x(False), 0.15, one, core=lambda: False)  # a story of one: its core
    assert passes(on, f, _x(False), 0.25, two, core=lambda: False)  # version 3's join
    off = dataclasses.replace(on, guard_unnamed_core=False)
    assert passes(off, f, _x(False), 0.15, two, core=lambda: False)


def _guarded_model(k: int, field: str, core: bool = False):
    return dataclasses.replace(load_model(), threshold=0.001, guard_below=0.2, guard_words=0,
                               guard_title_idf=3.0, guard_title_live=k, guard_live_sum=field,
                               guard_unnamed_core=core)  # fmt: skip


def _script(guards, items, spec: str) -> list[str]:
    model = load_model()
    idf = model_idf(model)
    feats = {f.article_id: f for f in compute_features([i.article for i in items])}
    info = {i.article.id: guards.report_info(i, feats[i.article.id]) for i in items}
    trial = dataclasses.replace(model, threshold=0.001)
    clusterer = guards.Guarded(trial, idf, model.threshold,
                               guards.guard_of(spec, idf, model.default_idf), True, info)
    guards.run(items, feats, clusterer)
    return [clusterer.memberships[i.article.id][0] for i in items]


@pytest.mark.parametrize(("k", "field"), [(1, "title"), (2, "title"), (1, "body"), (3, "body")])
def test_the_clusterer_s_live_test_is_the_script_s(guards, items, k, field) -> None:
    term = "title-live" if field == "title" else "title-livebody"
    spec = f"named:words:0+named:{term}:3:{k}+unnamed:core"
    mine = _script(guards, items, spec)
    assert mine == cluster_articles([i.article for i in items], _guarded_model(k, field, True))


# Two events of one topic that share a name in their titles, and a third story whose body
# carries the name (paraphrased from NTREX's CBS, CBS and Newsweek reports of 2018-09-29).
TOPIC = [
    ("pelosi", "2018-09-29T10:00:00Z", "Nancy Pelosi calls Brett Kavanaugh hysterical",
     "House Minority Leader Nancy Pelosi called Supreme Court nominee Brett Kavanaugh "
     "hysterical on Saturday and said he was temperamentally unfit to serve on the court. "
     "Pelosi spoke at the Texas Tribune Festival in Austin. She said his testimony before "
     "the Senate Judiciary Committee showed he is biased against Democrats, and she was "
     "concerned about rulings on the Affordable Care Act."),
    ("warren", "2018-09-29T11:00:00Z", "Elizabeth Warren will take a hard look at running",
     "Massachusetts Senator Elizabeth Warren said on Saturday she would take a hard look at "
     "running for president after the midterm elections. At a town hall in Holyoke she "
     "criticised President Donald Trump and his Supreme Court nominee Brett Kavanaugh, and "
     "said an FBI investigation was needed before any vote. A Suffolk University poll showed "
     "most voters in her state did not want her to run."),
    ("viewers", "2018-09-29T12:00:00Z", "More than 20 million people watched Brett Kavanaugh "
     "hearing", "More than 20 million people watched the testimony of Supreme Court nominee "
     "Brett Kavanaugh and Christine Blasey Ford on six television networks, Nielsen said on "
     "Friday. Fox News Channel led all networks with 5.69 million viewers during the all-day "
     "hearing, ahead of ABC, CBS, NBC, MSNBC and CNN. The audience was similar to a playoff "
     "football game or the Academy Awards."),
]


def test_a_name_another_live_story_carries_does_not_join_two_events() -> None:
    """The title word alone, or read against the live titles, lets the viewing figures
    join Pelosi's remarks (both titles name Kavanaugh); read against the live bodies, the
    name is the topic's (Warren's story carries it) and the two events stay apart."""
    articles = [gold_article(f"{event}-{n}", body, title=title, outlet="x", published_at=at,
                             paragraphs=[body])
                for n, (event, at, title, body) in enumerate(TOPIC)]  # fmt: skip
    for k, field in ((0, "title"), (1, "title"), (2, "body")):
        stories = cluster_articles(articles, _guarded_model(k, field))
        assert stories[2] == stories[0] != stories[1]
    stories = cluster_articles(articles, _guarded_model(1, "body"))
    assert len(set(stories)) == 3


def test_a_model_file_keeps_decision_32_s_fields_only_when_set(tmp_path: Path) -> None:
    base = dataclasses.replace(load_model(), threshold=0.125, guard_below=0.2, guard_words=40,
                               guard_title_idf=4.0)  # fmt: skip
    assert not {"guard_title_live", "guard_live_sum", "guard_unnamed_core"} & set(base.as_dict())
    on = dataclasses.replace(base, guard_title_live=3, guard_live_sum="body",
                             guard_unnamed_core=True)  # fmt: skip
    save_model(on, tmp_path / "clusterer.json")
    back = load_model(tmp_path / "clusterer.json")
    assert (back.guard_title_live, back.guard_live_sum, back.guard_unnamed_core) == (3, "body",
                                                                                     True)
