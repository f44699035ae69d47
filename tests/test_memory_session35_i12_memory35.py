"""Session 35: memory given back without changing an answer (docs/benchmarks.md,
"Session 35: memory and start-up given back").

- ``freed_memory.release_freed_memory`` (glibc ``malloc_trim``), asked once an
  onnxruntime session is open;
- one MiniLM tokenizer per file (``shared_tokenizer``), shared by the framing detector
  and the omission check's MiniLM, which cuts long texts itself;
- warcio imported with the first WARC file, not by every importer of the ingest package;
- WordNet's tables read by ``press_epithet`` only for a name that could be one.
"""

from __future__ import annotations

import platform
import subprocess
import sys
import textwrap
from pathlib import Path

import numpy as np
import pytest

import newsprism.freed_memory as freed_memory
from newsprism.embeddings import ONNX_MODEL_DIR, _unit_rows, get_embedder
from newsprism.extract import type_context
from newsprism.extract.named_kinds import press_epithet
from newsprism.shared_tokenizer import load_tokenizer

SRC = Path(__file__).resolve().parents[1] / "src"
MODELS = SRC / "newsprism" / "data" / "models"
TOKENIZER = MODELS / "framing-minilm" / "tokenizer.json"
GLIBC = platform.system() == "Linux" and platform.libc_ver()[0] == "glibc"


def _fresh(code: str) -> str:
    """Run ``code`` in a new interpreter with this tree's sources; its stdout."""
    done = subprocess.run([sys.executable, "-c", textwrap.dedent(code)], capture_output=True,
                          text=True, check=True, env={"PYTHONPATH": str(SRC)})  # fmt: skip
    return done.stdout.strip()


# --- freed memory -------------------------------------------------------------------


@pytest.mark.skipif(not GLIBC, reason="malloc_trim is glibc's")
def test_freed_heap_pages_go_back_to_the_system() -> None:
    """Blocks freed below a live one stay resident until trimmed; after the call the
    process holds tens of MB less (a fresh interpreter: nothing else moves its heap)."""
    out = _fresh("""
        from newsprism.freed_memory import release_freed_memory
        def rss():
            for line in open("/proc/self/status"):
                if line.startswith("VmRSS"):
                    return int(line.split()[1]) // 1024
        blocks = [bytearray(2048) for _ in range(40_000)]  # about 80 MB of malloc'd blocks
        pin = bytearray(2048)  # above them: the heap's top cannot shrink on its own
        del blocks
        before = rss()
        print(release_freed_memory(), before - rss())
    """)
    asked, given_back = out.split()
    assert asked == "True"
    assert int(given_back) >= 40


def test_without_malloc_trim_nothing_is_asked(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(freed_memory, "_trim", lambda: None)
    assert freed_memory.release_freed_memory() is False


def test_an_onnx_session_gives_back_what_its_load_freed(monkeypatch: pytest.MonkeyPatch) -> None:
    from newsprism.onnx_session import open_session

    calls = []
    monkeypatch.setattr(freed_memory, "release_freed_memory", lambda: calls.append(1) or True)
    session = open_session(MODELS / "framing-minilm" / "model.onnx", threads=1)
    assert calls == [1]
    ids = np.asarray([[101, 2023, 2003, 102]], np.int64)
    tokens, sentence = session.run(None, {"input_ids": ids, "attention_mask": np.ones_like(ids)})
    assert tokens.shape[:2] == (1, 4) and sentence.shape[0] == 1  # the session still runs


# --- one tokenizer per file ---------------------------------------------------------


def test_one_untruncated_tokenizer_per_file() -> None:
    first = load_tokenizer(TOKENIZER)
    by_detour = load_tokenizer(MODELS / "minilm-onnx" / ".." / "framing-minilm" / "tokenizer.json")
    assert first is by_detour
    assert first.truncation is None and first.padding is None
    long_text = "The committee met again on Tuesday afternoon. " * 60
    assert len(first.encode(long_text).ids) > 256


def test_the_detector_and_the_omission_minilm_share_it() -> None:
    from newsprism.extract.framing.detector import load_detector

    detector = load_detector("minilm")
    minilm = get_embedder("minilm-onnx")
    assert detector.tokenizer is minilm._tokenizer is load_tokenizer(TOKENIZER)


def test_a_long_text_is_cut_as_the_truncating_tokenizer_cut_it() -> None:
    """The MiniLM's vector of a text over 256 pieces is the vector of the ids a
    tokenizer truncating at 256 gives, and encoding it leaves the shared copy uncut."""
    from tokenizers import Tokenizer

    minilm = get_embedder("minilm-onnx")
    long_text = "Ministers argued over the harbour budget until late evening. " * 40
    own = Tokenizer.from_file(str(TOKENIZER))
    own.no_padding()
    own.enable_truncation(256)
    ids = np.asarray([own.encode(long_text).ids], np.int64)
    assert ids.shape[1] == 256
    raw = minilm._session.run(None, {"input_ids": ids, "attention_mask": np.ones_like(ids)})
    assert np.array_equal(minilm.encode([long_text]), _unit_rows(raw[0]))
    assert len(load_tokenizer(TOKENIZER).encode(long_text).ids) > 256
    short = "The harbour budget passed."
    assert minilm.encode([short]).shape == (1, 384)  # under the cut: as it was


# --- warcio on demand ---------------------------------------------------------------


def test_compare_imports_no_warcio_and_a_warc_file_does() -> None:
    out = _fresh("""
        import sys
        import newsprism.compare.story, newsprism.pipeline
        before = "warcio" in sys.modules
        from newsprism.ingest.warc import _warcio
        iterator, errors = _warcio()
        print(before, "warcio" in sys.modules, iterator.__name__, OSError in errors)
    """)
    assert out == "False True ArchiveIterator True"


# --- WordNet's adjectives when a name could be a press epithet ----------------------


def test_the_adjectives_are_asked_only_for_a_quoted_news_or_media_name() -> None:
    asked = []

    def adjectives() -> frozenset[str]:
        asked.append(1)
        return frozenset({"lying", "fake"})

    assert not press_epithet("Lying Media", False, adjectives)  # not quoted
    assert not press_epithet("Harbour Board", True, adjectives)  # no press head
    assert not press_epithet("Media", True, adjectives)  # one word
    assert not press_epithet("lying Media", True, adjectives)  # not every word capitalised
    assert asked == []
    assert press_epithet("Lying Media", True, adjectives)
    assert not press_epithet("Harbour News", True, adjectives)  # no adjective
    assert len(asked) == 2


def test_reading_ordinary_mentions_builds_no_wordnet_table() -> None:
    type_context._wordnet_tables.cache_clear()
    text = 'The mayor of Leeds told the Harbour Board, the Daily News reported: "We wait."'
    for name in ("Leeds", "Harbour Board", "Daily News"):
        start = text.index(name)
        type_context.names_nothing(text, start, start + len(name), name)
    assert type_context._wordnet_tables.cache_info().currsize == 0
    quoted = 'He wrote: "the Fake News Media is at it again."'
    start = quoted.index("Fake News Media")
    assert type_context.names_nothing(quoted, start, start + 15, "Fake News Media")
    assert type_context._wordnet_tables.cache_info().currsize == 1


def test_the_onnx_folder_names_the_shared_file() -> None:
    """The embedder's description still names the detector's tokenizer file."""
    import json

    meta = json.loads((MODELS.joinpath(*ONNX_MODEL_DIR[2:]) / "minilm-onnx.json").read_text())
    named = [n for n in meta["files"] if n.endswith("tokenizer.json")]
    assert [(MODELS / "minilm-onnx" / n).resolve() for n in named] == [TOKENIZER.resolve()]
