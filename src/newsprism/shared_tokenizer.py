"""One MiniLM word-piece tokenizer per file, shared by every model that reads it.

The framing detector (``extract/framing/transformer.py``) and the omission check's
MiniLM (``embeddings.MiniLMOnnxEmbedder``) read the same ``tokenizer.json`` (the
embedder's description names the detector's file). Each loaded its own copy, some 5–8 MB
resident apiece, both in every compare (docs/benchmarks.md, "Session 35"). The shared
copy pads and truncates nothing: a setting changed on it would change it for every
reader, in every thread, so a reader that needs a cut makes it on the ids it gets
(``embeddings._cut``: the same ids as the tokenizer's own truncation).
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

__all__ = ["load_tokenizer"]

_loaded: dict[str, Any] = {}
_lock = threading.Lock()


def load_tokenizer(path: Path | str) -> Any:
    """The ``tokenizers.Tokenizer`` of the file at ``path``, loaded once per process (by
    its resolved path), without padding or truncation. Raises what
    ``Tokenizer.from_file`` raises; the caller checks the file's hash first."""
    from tokenizers import Tokenizer

    key = str(Path(path).resolve())
    with _lock:
        if key not in _loaded:
            tokenizer = Tokenizer.from_file(key)
            tokenizer.no_padding()
            tokenizer.no_truncation()
            _loaded[key] = tokenizer
        return _loaded[key]
