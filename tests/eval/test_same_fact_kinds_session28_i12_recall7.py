"""scripts/same_fact_kinds.py (``train_same_fact.py --kinds``): the soft containment
columns of session 28, read with the project's spaCy pipeline and static embedder."""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def kinds():
    """The module of scripts/ (not a package)."""
    sys.path.insert(0, str(ROOT / "scripts"))
    import same_fact_kinds

    return same_fact_kinds


SENTENCES = [
    "The senator opposed the bill on Tuesday.",
    "On Tuesday the senator voted against the bill and criticised its cost.",
    "The senator praised the weather in Ohio.",
    "Smith will oppose the pipeline on Monday.",
    "Smith announced his opposition to the pipeline on Tuesday.",
]


@pytest.fixture(scope="module")
def parsed(kinds, tmp_path_factory):
    cache = tmp_path_factory.mktemp("kinds")
    parse, vec = kinds.parsed(set(SENTENCES), cache)
    # cached by text: a second call reads the file, and gives the same words
    again = kinds.parsed(set(SENTENCES[:2]), cache)
    assert again[0][SENTENCES[0]] == parse[SENTENCES[0]]
    return parse, vec, kinds._idf([parse[t][0] for t in SENTENCES])


def test_the_shorter_sentence_is_read_inside_the_longer(kinds, parsed) -> None:
    parse, vec, idf = parsed
    inside = kinds.pair_columns((SENTENCES[0], SENTENCES[1]), parse, vec, idf)
    beside = kinds.pair_columns((SENTENCES[0], SENTENCES[2]), parse, vec, idf)
    assert 0.0 <= beside[0] < inside[0] <= 1.0
    # symmetric: the shorter side decides whichever order the pair is given in
    assert kinds.pair_columns((SENTENCES[1], SENTENCES[0]), parse, vec, idf) == inside


def test_word_vectors_add_what_exact_lemmas_miss(kinds, parsed) -> None:
    parse, vec, idf = parsed
    soft, gain, head, derived, *_ = kinds.pair_columns((SENTENCES[3], SENTENCES[4]), parse,
                                                      vec, idf)  # fmt: skip
    # "oppose" is found as "opposition" (a derived word, close by vector), the head too
    assert "oppose" in parse[SENTENCES[3]][0] and "oppose" not in parse[SENTENCES[4]][0]
    assert gain > 0 and head == 1.0 and derived == pytest.approx(soft)
    # a weekday is found only as itself: "monday" is close to "tuesday" by vector
    assert kinds._found(["monday"], ["tuesday"], vec).tolist() == [0.0]
    # a name only exactly
    assert kinds._found(["smith/x"], ["jones/x"], vec).tolist() == [0.0]


def test_with_columns_appends_after_the_cached_ones(kinds, tmp_path) -> None:
    story = {"X": np.zeros((2, 3), dtype=np.float32), "y": np.array([1, 0], dtype=np.int8),
             "pairs": np.array([[0, 1], [0, 2]]), "texts": SENTENCES[:3], "year": "2011"}
    public = {"sts": [(SENTENCES[3], SENTENCES[4], 1)]}
    sets = {"sts": {"X": np.zeros((1, 3), dtype=np.float32), "y": np.array([1])},
            "basil": {"t": story}}
    out = kinds.with_columns(sets, ("soft_cover", "head_found"), public, tmp_path)
    assert out["basil"]["t"]["X"].shape == (2, 5) and out["sts"]["X"].shape == (1, 5)
    assert out["basil"]["t"]["X"][0, 3] > out["basil"]["t"]["X"][1, 3]
    assert sets["basil"]["t"]["X"].shape == (2, 3)  # the input is left as it was


def test_head_arg_wants_the_predicate_and_one_of_its_arguments(kinds, tmp_path) -> None:
    texts = ["Mitt Romney is opposed to same-sex marriage.",
             "Romney said he opposes same-sex marriage.",
             "Romney praised the marriage of his son."]
    parse, vec = kinds.parsed(set(texts), tmp_path)
    assert kinds.head_arg(parse[texts[0]], parse[texts[1]], vec) == 1.0
    assert kinds.head_arg(parse[texts[1]], parse[texts[0]], vec) == 1.0
    # one shared word ("marriage"), but neither predicate is in the other
    assert kinds.head_arg(parse[texts[2]], parse[texts[1]], vec) == 0.0


def test_wn_cover_reads_wordnet_index_lines(kinds, tmp_path, monkeypatch) -> None:
    """Two words of one synset among their first senses are found as each other; a
    third sense is not read; names ("/x") only exactly. Index lines as WordNet writes
    them (lemma, pos, synset count, pointer count, pointers, sense counts, offsets)."""
    for pos in ("verb", "adj"):
        (tmp_path / f"index.{pos}").write_text("  1 header line\n", "utf-8")
    (tmp_path / "index.noun").write_text(
        "  1 licence header\n"
        "intermediary n 1 2 @ ~ 1 0 09644820  \n"
        "go-between n 1 1 @ 1 0 09644820  \n"
        "link n 4 2 @ ~ 4 0 01000001 01000002 01000003 09644820  \n", "utf-8")
    monkeypatch.setattr(kinds, "WORDNET", tmp_path)
    monkeypatch.setattr(kinds, "_SYNSETS", {})
    weights = np.ones(2)
    assert kinds.wn_cover(["intermediary", "clinton/x"], ["go-between", "clinton/x"],
                          weights) == 1.0  # fmt: skip
    assert kinds.wn_cover(["intermediary", "clinton/x"], ["link", "clinton/x"], weights) == 0.5
    assert kinds.wn_cover(["intermediary", "clinton/x"], ["go-between", "obama/x"],
                          weights) == 0.5  # fmt: skip
