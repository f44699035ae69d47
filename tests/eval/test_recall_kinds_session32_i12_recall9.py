"""scripts/recall_kinds.py: the kind a missed shared pair is sorted by (session 32)."""

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
    import recall_kinds

    return recall_kinds


def _seen(quoted, voices, said, lengths):
    return {"quotation": quoted, "voices": voices, "said_by": said,
            "lengths": np.array(lengths, dtype=np.float32)}


def test_one_voice_before_any_other_kind(kinds) -> None:
    seen = _seen([True, True, False], [{"e1"}, {"e1"}, set()], [{"e1"}, {"e1"}, {"e1"}],
                 [[1, 1, 0.9], [1, 1, 0.9], [0.9, 0.9, 1]])
    assert kinds.kind_of(seen, 0, 1) == "one voice, both quoted"
    assert kinds.kind_of(seen, 0, 2) == "one speaker, reported speech"


def test_the_reporters_words_by_length(kinds) -> None:
    seen = _seen([False, False, False, True], [set()] * 4, [set(), set(), set(), {"e2"}],
                 [[1, 0.8, 0.3, 1], [0.8, 1, 1, 1], [0.3, 1, 1, 1], [1, 1, 1, 1]])
    assert kinds.kind_of(seen, 0, 1) == "reporter's words"
    assert kinds.kind_of(seen, 0, 2) == "reporter's words, one states more"
    assert kinds.kind_of(seen, 0, 3) == "quote / paraphrase"
