"""Loading the pipeline freezes the heap alive at that moment (session 38): the models'
objects live as long as the process, and a full garbage collection walking them all
landed in whichever analysis crossed the count (docs/benchmarks.md). Run in a fresh
interpreter, since this test process may have loaded the pipeline already."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

SRC = Path(__file__).resolve().parents[1] / "src"
PROGRAM = """
import gc, sys
sys.path.insert(0, sys.argv[1])
from newsprism.extract.nlp import load_nlp
before = gc.get_freeze_count()
nlp = load_nlp()
print(before, gc.get_freeze_count(), len(nlp.vocab) > 0)
"""


def test_loading_the_pipeline_freezes_what_it_loaded() -> None:
    done = subprocess.run([sys.executable, "-c", PROGRAM, str(SRC)], capture_output=True,
                          text=True, timeout=300, check=True)  # fmt: skip
    before, after, loaded = done.stdout.split()
    assert int(before) == 0
    assert int(after) > 100_000  # the vocabulary, the weights' wrappers, the tables
    assert loaded == "True"
