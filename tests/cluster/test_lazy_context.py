"""scripts/lazy_context.py (session 23): MiniLM context only for the pairs whose version-3
score is within a margin of the threshold. Its two ends must be the two models it sits
between, through the real ONNX encoder, or its measurements mean nothing."""

from __future__ import annotations

import pytest

from newsprism.cluster.model import load_model, load_named_model
from newsprism.eval.clustering import cluster_articles
from tests.cluster.corpus import study_script


@pytest.fixture(scope="module")
def lazy() -> object:
    return study_script("lazy_context")


def _same_partition(a: list[str], b: list[str]) -> bool:
    pairs = range(len(a))
    return all((a[i] == a[j]) == (b[i] == b[j]) for i in pairs for j in pairs)


def test_margin_zero_is_version_3_and_embeds_nothing(lazy, items) -> None:
    base, minilm = load_model(), load_named_model("minilm")
    labels, embedded, doubted = lazy.run(items, base, minilm, 0.0)
    assert labels == cluster_articles([i.article for i in items], base)
    assert embedded == doubted == 0


def test_margin_one_is_the_minilm_model(lazy, items) -> None:
    base, minilm = load_model(), load_named_model("minilm")
    labels, embedded, doubted = lazy.run(items, base, minilm, 1.0)
    assert _same_partition(labels, cluster_articles([i.article for i in items], minilm))
    # every article after the first meets a dated candidate; every one is embedded
    assert embedded == len(items) and 0 < doubted < len(items)


def test_a_story_s_embedded_members_only_embeds_no_more(lazy, items) -> None:
    base, minilm = load_model(), load_named_model("minilm")
    _, every, doubted = lazy.run(items, base, minilm, 0.2, "all")
    _, some, doubted_too = lazy.run(items, base, minilm, 0.2, "embedded")
    assert 0 < doubted <= every and 0 < doubted_too <= some <= every


def test_summary_counts_the_gain_against_version_3(lazy) -> None:
    rows = [{"set": "s", "condition": "real", "part": "train", "split": "x", "margin": m,
             "b3_f1": f1, "embedded": e} for m, f1, e in ((0.0, 0.80, 0.0), (0.05, 0.81, 0.2),
                                                          (1.0, 0.84, 1.0))]  # fmt: skip
    by = {r["margin"]: r for r in lazy.summarise(rows)}
    assert by[0.05]["share_of_minilm_gain"] == 0.25 and by[0.05]["mean_embedded"] == 0.2
    assert by[1.0]["share_of_minilm_gain"] == 1.0 and by[0.0]["falls"] == 0
