"""Per-article features: a pure, picklable function; stored rows read back bit for bit."""

from __future__ import annotations

import pickle

import numpy as np
import pytest

from newsprism.cluster.features import compute_features, from_row, to_epoch, to_row
from newsprism.cluster.terms import content_words, entity_counts, entity_frequencies, stable_hash
from newsprism.pipeline import clean_paths
from tests.conftest import EXAMPLES


@pytest.fixture(scope="module")
def seed_features():
    articles, failures = clean_paths([EXAMPLES])
    assert not failures
    return articles, compute_features(articles)


def _same(a, b) -> bool:
    return (a.article_id == b.article_id and a.headline == b.headline and a.titled == b.titled
            and np.array_equal(a.embedding, b.embedding) and np.array_equal(a.minhash, b.minhash)
            and a.shingles == b.shingles and a.title_tf == b.title_tf and a.body_tf == b.body_tf
            and a.entity_tf == b.entity_tf and a.entities == b.entities
            and a.published == b.published)  # fmt: skip


def test_features_describe_each_article(seed_features) -> None:
    articles, features = seed_features
    assert [f.article_id for f in features] == [a.id for a in articles]
    for article, f in zip(articles, features, strict=True):
        assert f.embedding.dtype == np.float32 and abs(np.linalg.norm(f.embedding) - 1) < 1e-5
        assert f.shingles > 100 and len(f.minhash) == 128
        assert f.body_tf and f.title_tf and f.entity_tf
        assert "Rafah" in f.entities
        assert f.published == to_epoch(article.published_at)
        assert f.titled == bool(article.title)
    untitled = next(f for a, f in zip(articles, features, strict=True) if not a.title)
    assert untitled.headline.startswith("US Secretary of State Antony Blinken")


def test_features_are_a_pure_picklable_function(seed_features) -> None:
    """What a Dask worker computes and sends back is what this process computes."""
    articles, features = seed_features
    again = pickle.loads(pickle.dumps(compute_features(pickle.loads(pickle.dumps(articles)))))
    assert all(_same(a, b) for a, b in zip(features, again, strict=True))
    one_by_one = [compute_features([a])[0] for a in reversed(articles)][::-1]
    assert all(_same(a, b) for a, b in zip(features, one_by_one, strict=True))


def test_a_stored_row_reads_back_exactly(seed_features) -> None:
    _, features = seed_features
    for f in features:
        assert _same(f, from_row(to_row(f)))


@pytest.mark.parametrize(("stamp", "expected"), [
    ("2024-03-25T23:21:30Z", 1711408890.0),
    ("2010-07-02", 1278028800.0),
    ("2024-03-25T23:21:30+02:00", 1711401690.0),
    (None, None),
    ("not a date", None),
])  # fmt: skip
def test_publication_times_become_epoch_seconds(stamp, expected) -> None:
    assert to_epoch(stamp) == expected


def test_names_are_capitalised_runs_not_sentence_openers() -> None:
    text = ("Officials said the Mathare river burst its banks in Nairobi. The officials "
            "said President William Ruto ordered the army to help. Ruto spoke on Monday, "
            "and the Kenya Red Cross counted the dead. UN teams arrived.")  # fmt: skip
    names = dict(entity_counts(text))
    assert {"Mathare", "Nairobi", "William Ruto", "Ruto", "Kenya Red Cross", "UN"} <= set(names)
    assert not {"Officials", "The", "President", "Monday"} & set(names)


def test_a_full_name_also_counts_as_its_last_word() -> None:
    vector = entity_frequencies([("Antony Blinken", 2)])
    assert set(vector) == {stable_hash("e:antony blinken"), stable_hash("e:blinken")}


def test_content_words_drop_function_words_and_bare_numbers() -> None:
    assert content_words("The U.S. said 2024-03-26 that Israel's troops were in Rafah") == [
        "us", "israel", "troops", "rafah"]  # fmt: skip
