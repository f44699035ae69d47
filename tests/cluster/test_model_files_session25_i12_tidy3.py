"""Model files written compact (session 25, i12-tidy3): ``save_model(..., compact=True)``,
what scripts/train_clusterer.py and scripts/tree_scorer_grid.py write, holds the same
model as the indented file and reads back to it; the default stays indented."""

from __future__ import annotations

import json
from pathlib import Path

from newsprism.cluster.model import default_model_path, load_model, save_model

GBM = default_model_path().parent / "clusterer-gbm.json"


def _written(model_file: Path, folder: Path, compact: bool) -> str:
    """The text ``save_model`` writes for the model in ``model_file``."""
    target = folder / ("compact.json" if compact else "indented.json")
    save_model(load_model(model_file), target, compact=compact)
    return target.read_text("utf-8")


def test_compact_and_indented_files_hold_the_same_model(tmp_path: Path) -> None:
    for model_file in (default_model_path(), GBM):
        compact = _written(model_file, tmp_path, True)
        indented = _written(model_file, tmp_path, False)
        # (the version-3 default gains later fields on reading: compared write to write)
        assert json.loads(compact) == json.loads(indented)
        # one line, no space between items (the model's own strings keep theirs)
        assert compact.count("\n") == 1 and compact.endswith("}\n")
        assert compact == json.dumps(json.loads(compact), separators=(",", ":")) + "\n"
        assert indented.startswith('{\n  "version": ') and len(compact) < len(indented)


def test_the_tree_model_file_is_stored_as_the_scripts_write_it(tmp_path: Path) -> None:
    # the committed candidate is compact: writing it again changes not one byte
    assert GBM.read_text("utf-8") == _written(GBM, tmp_path, True)
    assert json.loads(_written(GBM, tmp_path, False)) == json.loads(GBM.read_text("utf-8"))


def test_a_compact_file_reads_back_to_the_same_trees(tmp_path: Path) -> None:
    model = load_model(GBM)
    assert model.trees is not None and len(model.trees.trees) == 80
    save_model(model, tmp_path / "clusterer.json", compact=True)
    again = load_model(tmp_path / "clusterer.json")
    assert again.trees == model.trees and again.as_dict() == model.as_dict()
