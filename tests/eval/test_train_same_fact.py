"""scripts/train_same_fact.py's ``--extra-gold``: the stories of another compare-gold
folder are parsed by the runtime code, cached per gold file, and join the training
stories (and their leave-one-story-out folds), never the held-out ones."""

from __future__ import annotations

import json
import pickle
import sys
from pathlib import Path

import numpy as np
import pytest

from newsprism.eval.compare_gold import sentence_hash

ROOT = Path(__file__).resolve().parents[2]

BODIES = {
    "1": [["The Senate passed the farm bill 68-30 on Tuesday.",
           "The bill costs $955 billion over ten years."]],
    "2": [["Senators approved the farm bill by a 68-30 vote on Tuesday."],
          ["The House takes up its version next week."]],
    "3": [["The farm bill cleared the Senate on Tuesday, officials said."]],
}  # fmt: skip


@pytest.fixture(scope="module")
def train():
    """A module of scripts/ (not a package)."""
    sys.path.insert(0, str(ROOT / "scripts"))
    import train_same_fact

    return train_same_fact


def _world(root: Path, year: str, triplet: str) -> tuple[Path, Path]:
    """A BASIL folder of one triplet of ``year`` and a gold folder annotating it."""
    folder = root / "basil" / "articles" / year
    folder.mkdir(parents=True)
    for n, body in BODIES.items():
        doc = {"source": ["fox", "nyt", "hpo"][int(n) - 1], "title": f"T{n}",
               "date": f"{year}-06-0{n}", "triplet-uuid": triplet, "body-paragraphs": body}
        (folder / f"{triplet}_{n}.json").write_text(json.dumps(doc), "utf-8")
    used = ["1:0:0", "2:0:0", "3:0:0"]
    gold = {
        "triplet": triplet, "year": int(year), "event": "Senate passes the farm bill",
        "articles": {n: {"file": f"{year}/{triplet}_{n}.json", "source": "x"} for n in BODIES},
        "facts": [{"id": "F1", "claim": "the Senate passed it 68-30", "core": True,
                   "sentences": ["1:0:0", "2:0:0", "3:0:0"]}],
        "conflicts": [], "non_conflicts": [], "quotes": [], "quotes_annotated": False,
        "checks": {r: sentence_hash(BODIES[r[0]][int(r[2])][int(r[4])]) for r in used},
    }  # fmt: skip
    gold_dir = root / "gold-train"
    gold_dir.mkdir()
    (gold_dir / f"{triplet}.json").write_text(json.dumps(gold), "utf-8")
    return root, gold_dir


def test_extra_stories_are_parsed_cached_and_labelled(train, tmp_path: Path) -> None:
    data, gold_dir = _world(tmp_path, "2011", "t-extra")
    cache = tmp_path / "cache"
    stories = train.extra_stories(data, gold_dir, cache)
    story = stories["t-extra"]
    assert story["year"] == "2011" and story["gold"] == "gold-train"
    # 8 sentence pairs of two articles (2x2 + 2x1 + 2x1); the three Senate sentences make
    # 3 gold pairs
    assert story["X"].shape == (8, len(train.FEATURES)) and int(story["y"].sum()) == 3
    cached = pickle.loads((cache / "same-fact-features-gold-train.pkl").read_bytes())
    assert cached["t-extra"]["sha1"] == story["sha1"]
    # a changed gold file is read again: the House sentence now shares no fact
    path = gold_dir / "t-extra.json"
    gold = json.loads(path.read_text("utf-8"))
    gold["facts"][0]["sentences"] = ["1:0:0", "2:0:0"]
    path.write_text(json.dumps(gold), "utf-8")
    again = train.extra_stories(data, gold_dir, cache)["t-extra"]
    assert again["sha1"] != story["sha1"] and int(again["y"].sum()) == 1


def _story(year: str) -> dict:
    return {"X": np.zeros((2, 3), dtype=np.float32), "y": np.array([0, 1], dtype=np.int8),
            "year": year, "gold": "extra"}  # fmt: skip


def test_extra_stories_join_the_training_side_only(train) -> None:
    sets = {"msrp-train": {}, "sts": {},
            "basil": {"a": _story("2010"), "held": _story("2013")}}  # fmt: skip
    joined = train.add_extra_gold(sets, {"b": _story("2012")})
    fold_stories, held, _ = train._variants(joined)
    assert set(fold_stories) == {"a", "b"} and set(held) == {"held"}
    assert set(sets["basil"]) == {"a", "held"}  # the input is not changed
    with pytest.raises(SystemExit, match="not a training year"):
        train.add_extra_gold(sets, {"c": _story("2014")})
    with pytest.raises(SystemExit, match="already in the main gold"):
        train.add_extra_gold(sets, {"a": _story("2011")})


def test_score_file_reads_the_model_with_its_rules(train, capsys) -> None:
    """``--score``: the packaged model's own terms and threshold, the vetoes applied."""
    close = np.zeros(len(train.FEATURES), dtype=np.float32)
    for name in ("cosine", "tfidf", "lemma_overlap", "lemma_jaccard", "entity_shared",
                 "predicate_same", "verb_overlap", "specific_shared", "coverage"):
        close[train.FEATURES.index(name)] = 1.0
    vetoed = close.copy()
    vetoed[train.FEATURES.index("speaker_clash")] = 1.0
    story = {"X": np.vstack([close, vetoed, np.zeros_like(close)]),
             "y": np.array([1, 1, 0], dtype=np.int8)}  # fmt: skip
    sets = {"msrp-train": {}, "sts": {},
            "basil": {"a": {**story, "year": "2011"}, "b": {**story, "year": "2013"}}}
    train.score_file(sets, train.OUT)
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [(r["stories"], r["pairs"], r["gold"], r["predicted"], r["right"]) for r in rows] == [
        ("training", 3, 2, 1, 1), ("held out", 3, 2, 1, 1)]


def test_minilm_adds_the_cosine_of_each_pair_as_a_last_column(train, tmp_path: Path,
                                                              monkeypatch) -> None:  # fmt: skip
    """``--minilm``: the MiniLM cosine of each pair's two sentences, public pairs and
    story pairs alike, after today's columns, and its terms in the model."""
    from newsprism.embeddings import get_embedder

    monkeypatch.setattr(train, "COLUMNS", train.COLUMNS)
    monkeypatch.setattr(train, "TERMS", train.TERMS)
    texts = ["The Senate passed the farm bill.", "Senators approved the farm bill.",
             "The House takes up its version next week."]  # fmt: skip
    width = len(train.FEATURES)
    pairs = {"msrp-train": [(texts[0], texts[1], 1), (texts[0], texts[2], 0)]}
    story = {"X": np.zeros((2, width), np.float32), "y": np.array([1, 0], np.int8),
             "pairs": np.array([[0, 1], [1, 2]]), "texts": texts, "year": "2011"}
    sets = {"msrp-train": {"X": np.zeros((2, width), np.float32), "y": np.array([1, 0])},
            "basil": {"a": story}}  # fmt: skip
    out = train.use_minilm(sets, pairs, tmp_path)
    vectors = get_embedder("minilm-onnx").encode(texts)
    assert train.COLUMNS[-1] == "minilm_cosine" and "minilm_cosine" in train.TERMS
    assert out["msrp-train"]["X"].shape == (2, width + 1)
    assert np.allclose(out["msrp-train"]["X"][:, -1],
                       [vectors[0] @ vectors[1], vectors[0] @ vectors[2]], atol=1e-5)
    assert np.allclose(out["basil"]["a"]["X"][:, -1],
                       [vectors[0] @ vectors[1], vectors[1] @ vectors[2]], atol=1e-5)
    assert sets["basil"]["a"]["X"].shape == (2, width)  # the input is not changed
    assert train.design(out["basil"]["a"]["X"]).shape[1] == len(train.TERMS)
