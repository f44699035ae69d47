"""Give memory that a model load freed back to the operating system (glibc only).

Opening an onnxruntime session parses the whole model file and, for the int8 matrix
products, packs each weight matrix and frees the unpacked copy. glibc keeps freed heap
memory in the process (and in the allocating thread's own arena: the omission check's
MiniLM loads in a second thread), so after the two ONNX sessions of a compare some
10 MB stay resident that no later allocation of the analysing thread reuses
(docs/benchmarks.md, "Session 35"). ``malloc_trim(0)`` returns the free pages of every
arena; it changes no value anywhere, so no output can move. Elsewhere (macOS, musl,
Windows) it is a no-op.
"""

from __future__ import annotations

import ctypes
from functools import cache
from typing import Any

__all__ = ["release_freed_memory"]


@cache
def _trim() -> Any:
    """glibc's ``malloc_trim``, or None where the C library has none. The process's own
    symbols are searched (``CDLL(None)``: libc is loaded already), not the file system."""
    try:
        return getattr(ctypes.CDLL(None), "malloc_trim", None)
    except (OSError, TypeError):  # TypeError: Windows has no "the process itself"
        return None


def release_freed_memory() -> bool:
    """Return the process's free heap pages to the system; whether anything could be
    asked (False where the C library has no ``malloc_trim``)."""
    trim = _trim()
    if trim is None:
        return False
    trim(0)
    return True
