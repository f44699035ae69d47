"""The SHA-256 of a model file, read in chunks.

Every packaged model is hash-checked before it loads (the spaCy pipeline's weights, the
MiniLM and framing ONNX files, the clusterer's tables). Reading a file whole to hash it
made a 23 MB ``bytes`` object beside the model being loaded; a freed block that large
also raises glibc's mmap threshold, so later large buffers (onnxruntime's model parse)
stay in the heap and in the resident set after they are freed (docs/benchmarks.md,
"Session 35"). ``hashlib.file_digest`` reads through one small buffer instead.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

__all__ = ["file_sha256"]


def file_sha256(path: Path | str) -> str:
    """The hex SHA-256 of the file at ``path`` (raises ``OSError`` as ``open`` does)."""
    with open(path, "rb") as handle:
        return hashlib.file_digest(handle, "sha256").hexdigest()
