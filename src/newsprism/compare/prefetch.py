"""The omission check's MiniLM vectors, embedded in a second thread while the rest of
the analysis runs (session 30).

The omission check (compare/stated.py) reads a MiniLM cosine of the story's English
claims; at 10 articles that is 250 texts and about 1.15 s of CPU, half of the baseline
tree's whole analysis, and every text is needed (docs/benchmarks.md, session 30). The
texts are known as soon as the claims are, long before the check: alignment,
conflicts, the unique re-check and framing run in between. onnxruntime releases the
GIL while a text runs and MiniLM runs on one thread, so on a machine with a second
core the vectors are embedded beside that work: the same CPU, less wall time.

Nothing the check answers changes: MiniLM embeds each text alone (its vector is a
function of the text only, ``embeddings.MiniLMOnnxEmbedder``), and the check still asks
for the texts it asks for, in the same order, and is handed the same rows. A story of
fewer than :data:`PREFETCH_ARTICLES` articles is left as it was: in the benchmark's
2- and 3-article stories the checks need 13 of 24 and 35 of 51 texts, so embedding
them all ahead costs CPU that a one-core machine would pay in wall time; from 4
articles on they need every text (69 of 69, 92 of 92, 250 of 250 at 10).

The thread is the analysis's own: :class:`Prefetch` is a context manager whose exit
stops the embedding between two chunks and waits for it, so no thread outlives the
analysis; an error in the thread is raised where the check asks for vectors.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from types import TracebackType

import numpy as np

from newsprism.compare.beside import quick_switches

Encoder = Callable[[list[str]], np.ndarray]
# a story of fewer articles embeds only what its checks ask (module doc): in the
# benchmark stories every text is needed from 4 articles on (69 of 69, 92 of 92), not
# at 2 (13 of 24) or 3 (35 of 51)
PREFETCH_ARTICLES = 4
# texts embedded between two looks at the stop flag: at about 4 ms a text, an analysis
# that fails or ends early waits at most some 0.1 s for the thread
CHUNK = 24


class Prefetch:
    """An encoder that answers from vectors embedded ahead in a second thread.

    ``encode(texts)`` waits for the thread, then returns the rows of ``texts`` (a text
    the thread did not embed, or every text when it was stopped, is embedded then by
    ``encoder`` itself). Use as ``with Prefetch(encoder, texts) as encode: ...``.
    """

    def __init__(self, encoder: Encoder, texts: Sequence[str]) -> None:
        self._encoder = encoder
        self._stop = threading.Event()
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="newsprism-minilm")
        self._vectors: Future[dict[str, np.ndarray]] = self._pool.submit(
            self._embed, list(dict.fromkeys(texts)))

    def _embed(self, texts: list[str]) -> dict[str, np.ndarray]:
        """Each text's row, chunk by chunk until every text is in or the stop flag is set."""
        vectors: dict[str, np.ndarray] = {}
        with quick_switches():  # the GIL back soon after each run (compare/beside.py)
            for start in range(0, len(texts), CHUNK):
                if self._stop.is_set():
                    break
                chunk = texts[start : start + CHUNK]
                vectors.update(zip(chunk, self._encoder(chunk), strict=True))
        return vectors

    def encode(self, texts: list[str]) -> np.ndarray:
        """The rows of ``texts``, as ``encoder(texts)`` gives them (the thread's error,
        if it failed, is raised here)."""
        vectors = self._vectors.result()
        missing = list(dict.fromkeys(t for t in texts if t not in vectors))
        if missing:
            vectors.update(zip(missing, self._encoder(missing), strict=True))
        if not texts:
            return self._encoder(texts)
        return np.stack([vectors[t] for t in texts])

    def close(self) -> None:
        """Stop the embedding between two chunks and wait for the thread to end."""
        self._stop.set()
        self._pool.shutdown(wait=True)

    def __enter__(self) -> Encoder:
        return self.encode

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None,
                 trace: TracebackType | None) -> None:  # fmt: skip
        self.close()


class _Direct:
    """The encoder itself, for a story too small for the thread (same interface)."""

    def __init__(self, encoder: Encoder) -> None:
        self._encoder = encoder

    def __enter__(self) -> Encoder:
        return self._encoder

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None,
                 trace: TracebackType | None) -> None:  # fmt: skip
        return None


def omission_encoder(encoder: Encoder, texts: Sequence[str], articles: int
                     ) -> Prefetch | _Direct:  # fmt: skip
    """The omission check's encoder for a story of ``articles`` articles whose English
    claims read ``texts``: embedded ahead in a second thread from
    :data:`PREFETCH_ARTICLES` articles on, else ``encoder`` as it is (a context manager
    either way; its exit leaves no thread running)."""
    if articles < PREFETCH_ARTICLES or not texts:
        return _Direct(encoder)
    return Prefetch(encoder, texts)
