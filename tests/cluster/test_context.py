"""The ``context`` feature: the cosine of MiniLM vectors (title + lead) beside the static
one, on when the model names a ``context_embedder``; a model file written before it
reads with that weight 0."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import numpy as np
import pytest

from newsprism.cluster.features import compute_features
from newsprism.cluster.model import (
    FEATURES,
    default_model_path,
    load_model,
    load_named_model,
    model_idf,
    save_model,
)
from newsprism.cluster.split import pair_probabilities
from newsprism.cluster.stream import StreamClusterer
from newsprism.errors import NewsprismError
from newsprism.eval import gold_article
from newsprism.models import Article
from tests.cluster.corpus import QUAKE, RATES, REPORTS

CONTEXT = FEATURES.index("context")


def _articles(event: str) -> list[Article]:
    return [gold_article(f"{event}-{n}", body, title=title, outlet=outlet,
                         published_at=published, paragraphs=[body])
            for n, (e, outlet, published, title, body) in enumerate(REPORTS)
            if e == event]  # fmt: skip


def test_features_carry_a_context_vector_only_when_asked() -> None:
    quake = _articles(QUAKE)
    plain = compute_features(quake)
    assert all(f.context is None for f in plain)
    with_context = compute_features(quake, context="minilm-onnx")
    for f, g in zip(plain, with_context, strict=True):
        assert np.array_equal(f.embedding, g.embedding)  # the static vector is unchanged
        assert g.context.shape == (384,) and abs(float(np.linalg.norm(g.context)) - 1) < 1e-5


def test_the_feature_is_the_cosine_with_the_story_context_centroid() -> None:
    model = dataclasses.replace(load_model(), context_embedder="minilm-onnx")
    quake = compute_features(_articles(QUAKE), context=model.context_embedder)
    rates = compute_features(_articles(RATES), context=model.context_embedder)
    clusterer = StreamClusterer(model, model_idf(model))
    clusterer.apply(quake[0], "q")
    clusterer.apply(quake[1], "q")
    clusterer.apply(rates[0], "r")
    story = clusterer.live["q"]
    centre = (quake[0].context.astype(np.float64) + quake[1].context)
    centre = (centre / np.linalg.norm(centre)).astype(np.float32)
    x = dict(clusterer.candidate_features(quake[2]))
    assert x["q"][CONTEXT] == pytest.approx(float(quake[2].context @ centre), abs=1e-6)
    assert np.allclose(story.context_centroid(), centre, atol=1e-6)
    # A third report of the quake is closer, in MiniLM's space, to the quake than to a
    # rate cut in the same country on the same day.
    assert x["q"][CONTEXT] > x["r"][CONTEXT] + 0.2


def test_without_a_context_embedder_the_feature_is_zero() -> None:
    model = load_model()
    quake = compute_features(_articles(QUAKE))
    clusterer = StreamClusterer(model, model_idf(model))
    clusterer.apply(quake[0], "q")
    assert dict(clusterer.candidate_features(quake[1]))["q"][CONTEXT] == 0.0


def test_a_model_file_from_before_the_feature_reads_with_weight_zero(tmp_path: Path) -> None:
    model = dataclasses.replace(load_model(), context_embedder="")
    save_model(model, tmp_path / "clusterer.json")
    data = json.loads((tmp_path / "clusterer.json").read_text("utf-8"))
    data["features"] = list(FEATURES[:-1])
    for key in ("weights", "undated_weights"):
        data[key] = {k: v for k, v in data[key].items() if k != "context"}
    data["weights"]["dense"] = 0.5
    (tmp_path / "clusterer.json").write_text(json.dumps(data), "utf-8")
    old = load_model(tmp_path / "clusterer.json")
    assert old.features == FEATURES and old.weights[CONTEXT] == 0.0
    assert old.weights[0] == 0.5 and old.undated_weights[CONTEXT] == 0.0
    data["features"] = [*FEATURES[:-1], "colour"]
    (tmp_path / "clusterer.json").write_text(json.dumps(data), "utf-8")
    with pytest.raises(NewsprismError) as caught:
        load_model(tmp_path / "clusterer.json")
    assert caught.value.code == "E421"


def test_the_packaged_minilm_model_uses_the_feature_and_the_default_does_not() -> None:
    minilm = load_named_model("minilm")
    assert minilm.context_embedder == "minilm-onnx" and minilm.weights[CONTEXT] > 0
    # version 3's training articles: the table the packaged model read until version 5
    # (session 33), which the tree file reads too
    trees = load_model(default_model_path().parent / "clusterer-gbm.json")
    assert minilm.idf_sha256 == trees.idf_sha256 != load_model().idf_sha256
    assert load_named_model("packaged") == load_model()
    assert load_model().context_embedder == "" and load_model().weights[CONTEXT] == 0.0
    with pytest.raises(NewsprismError) as caught:
        load_named_model("bert")
    assert caught.value.code == "E420"


def test_the_split_steps_pair_scores_read_the_feature_too() -> None:
    """``split.pair_probabilities`` scores every pair of a story's members as the stream
    scores an article against a story of one: with the feature when the model has it."""
    model = load_named_model("minilm")
    articles = _articles(QUAKE)[:2] + _articles(RATES)[:1]
    with_context = compute_features(articles, context=model.context_embedder)
    clusterer = StreamClusterer(model, model_idf(model))
    ws = [clusterer.weigh_member(f) for f in with_context]
    p, _ = pair_probabilities(model, with_context, ws)
    story = StreamClusterer(model, model_idf(model))
    story.apply(with_context[0], "q")
    x = dict(story.candidate_features(with_context[1]))["q"]
    assert p[0, 1] == pytest.approx(model.probability(x), abs=1e-6)
    assert p[0, 1] > p[0, 2]  # the two quake reports, not a quake and a rate cut


def test_a_lead_context_cuts_title_and_lead_to_its_word_pieces() -> None:
    """``minilm-onnx/lead64`` (session 22): the same title + lead text, cut to 64 word
    pieces: another vector than the full text's for a report longer than that, the same
    one for a report that fits."""
    from newsprism.cluster.features import context_pieces
    from newsprism.embeddings import get_embedder

    brief = "A strong earthquake struck eastern Turkey on Monday, officials said."
    quake = [*_articles(QUAKE), gold_article("brief", brief, title="Quake hits Turkey",
                                             paragraphs=[brief])]  # fmt: skip
    full = compute_features(quake, context="minilm-onnx")
    cut = compute_features(quake, context="minilm-onnx/lead64")
    tokenizer = get_embedder("minilm-onnx")._tokenizer
    texts = [f"{a.title}. {' '.join(a.text.split()[:60])}" for a in quake]
    fits = [len(tokenizer.encode(text).ids) <= 64 for text in texts]
    assert fits == [False] * (len(quake) - 1) + [True]  # both cases are exercised
    for fit, f, g in zip(fits, full, cut, strict=True):
        if fit:
            assert np.array_equal(f.context, g.context)
        else:
            assert not np.allclose(f.context, g.context, atol=1e-4)
    assert context_pieces("minilm-onnx/lead64") == 64
    assert context_pieces("minilm-onnx") is None and context_pieces("minilm-onnx/title") is None
    with pytest.raises(ValueError, match="lead64"):
        context_pieces("minilm-onnx/leadx")
