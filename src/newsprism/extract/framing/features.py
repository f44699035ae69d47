"""Features of a word in its sentence, for the learned loaded-language detector.

The same code computes them when the detector is trained (``scripts/train_framing.py``)
and when it runs, so that the two can never drift apart. A candidate is an adjective,
adverb, verb or noun that is not part of a proper name (a name is not the outlet's word
choice; docs/framing.md). Its features are:

- the static embedding of the word (``newsprism.embeddings``, 256 values): what the word
  means, and so whether people tend to read it as loaded;
- the mean embedding of the content words around it (four either side): the context,
  which separates "inflammatory rhetoric" from "inflammatory bowel disease";
- its part of speech and syntactic role, whether it is capitalised mid-sentence, a stop
  word, or inside a quotation;
- lexicon hits that can ship with newsprism: the bias-word lexicon of Spinde et al.
  (Apache-2.0 copy), the negative VADER words (MIT), and framing.toml's own terms,
  attribution verbs and hedges.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache
from importlib.resources import files

import numpy as np
from spacy.tokens import Doc, Token

CANDIDATE_POS = ("ADJ", "ADV", "VERB", "NOUN")
DEPS = ("amod", "advmod", "ROOT", "acomp", "dobj", "nsubj", "compound", "conj", "xcomp", "pobj")
NAME_ENTS = frozenset({
    "PERSON", "ORG", "GPE", "LOC", "FAC", "LAW", "WORK_OF_ART", "EVENT", "PRODUCT",
    "DATE", "TIME", "MONEY", "QUANTITY", "CARDINAL", "ORDINAL", "PERCENT", "LANGUAGE",
})  # fmt: skip
WINDOW = 4
BIAS_WORDS_FILE = "bias_words_spinde2021.txt"
FLAGS = ("stop", "capitalised", "in_quote", "norp", "spinde", "vader", "term", "attribution",
         "hedge", "neutral_speech", "negated", "superlative")  # fmt: skip
SYMBOLIC = len(CANDIDATE_POS) + len(DEPS) + len(FLAGS) + 1  # columns after the embeddings
Vectors = Callable[[Sequence[str]], np.ndarray]


@cache
def bias_words() -> frozenset[str]:
    """The bias-word lexicon of Spinde et al. 2021 shipped in ``data/`` (Apache-2.0)."""
    text = files("newsprism").joinpath("data", BIAS_WORDS_FILE).read_text("utf-8")
    return frozenset(w.strip().lower() for w in text.splitlines() if w.strip()
                     and not w.startswith("#"))  # fmt: skip


def is_candidate(token: Token) -> bool:
    """A content word that can carry the outlet's word choice: not a name, not a number."""
    return (token.pos_ in CANDIDATE_POS and token.is_alpha and len(token.text) > 1
            and token.ent_type_ not in NAME_ENTS)  # fmt: skip


@dataclass(frozen=True)
class Marks:
    """What the lexicon layer already found, as token indices, for the features."""

    in_quote: frozenset[int] = frozenset()
    term: frozenset[int] = frozenset()
    attribution: frozenset[int] = frozenset()
    hedge: frozenset[int] = frozenset()
    neutral_speech: frozenset[int] = frozenset()


def feature_names(dim: int) -> list[str]:
    """Names of the columns of :func:`token_features`, in order."""
    return ([f"word_{k}" for k in range(dim)] + [f"context_{k}" for k in range(dim)]
            + [f"pos_{p}" for p in CANDIDATE_POS] + [f"dep_{d}" for d in DEPS]
            + list(FLAGS) + ["vader_valence"])  # fmt: skip


def _context_words(
    doc: Doc, token: Token, sentences: dict[int, list[tuple[int, str]]] | None = None
) -> list[str]:
    """Up to WINDOW content words either side of ``token`` in its sentence.

    ``sentences`` keeps one Doc's sentences' content words by first token: a sentence
    holds many candidates, and reading it anew for each was a tenth of a warm compare.
    """
    sent = token.sent if doc.has_annotation("SENT_START") else doc[:]
    sentences = {} if sentences is None else sentences
    if sent.start not in sentences:
        sentences[sent.start] = [(t.i, t.lower_) for t in sent if t.is_alpha and not t.is_stop]
    words = sentences[sent.start]
    before = [w for i, w in words if i < token.i][-WINDOW:]
    after = [w for i, w in words if i > token.i][:WINDOW]
    return before + after


def token_features(
    doc: Doc, tokens: Sequence[Token], vectors: Vectors, marks: Marks, cues: dict[str, float]
) -> np.ndarray:
    """One row of features per token of ``tokens`` (candidates of ``doc``).

    Args:
        doc: the parsed Doc (tags, dependencies, entities, sentences).
        tokens: the candidate tokens, in any order.
        vectors: embeds a list of words as unit rows (the static embedder's ``encode``).
        marks: token indices the lexicon layer flagged, and those inside quotations.
        cues: negative affect words and their valence (``load_cues`` at -1.0).
    """
    if not tokens:
        return np.zeros((0, 0), dtype=np.float32)
    sentences: dict[int, list[tuple[int, str]]] = {}
    contexts = [_context_words(doc, t, sentences) for t in tokens]
    vocab = sorted({t.lower_ for t in tokens} | {w for c in contexts for w in c})
    table = vectors(vocab)
    row_of = {w: n for n, w in enumerate(vocab)}
    dim = table.shape[1]
    words = table[[row_of[t.lower_] for t in tokens]]
    context = np.zeros((len(tokens), dim), dtype=np.float32)
    for n, ctx in enumerate(contexts):
        if ctx:
            context[n] = table[[row_of[w] for w in ctx]].mean(axis=0)
    spinde = bias_words()
    other = np.zeros((len(tokens), SYMBOLIC), np.float32)
    for n, t in enumerate(tokens):
        other[n] = _symbolic(t, marks, spinde, cues)
    return np.hstack([words, context, other]).astype(np.float32)


def _symbolic(t: Token, marks: Marks, spinde: frozenset[str], cues: dict[str, float]) -> list:
    lower, lemma = t.lower_, t.lemma_.lower()
    valence = cues.get(lower, cues.get(lemma, 0.0))
    flags = {
        "stop": t.is_stop,
        "capitalised": t.text[:1].isupper() and not t.is_sent_start,
        "in_quote": t.i in marks.in_quote,
        "norp": t.ent_type_ == "NORP",
        "spinde": lower in spinde or lemma in spinde,
        "vader": valence < 0,
        "term": t.i in marks.term,
        "attribution": t.i in marks.attribution,
        "hedge": t.i in marks.hedge,
        "neutral_speech": t.i in marks.neutral_speech,
        "negated": any(c.dep_ == "neg" for c in t.children),
        "superlative": t.tag_ in {"JJS", "RBS", "JJR", "RBR"},
    }
    return ([float(t.pos_ == p) for p in CANDIDATE_POS] + [float(t.dep_ == d) for d in DEPS]
            + [float(flags[f]) for f in FLAGS] + [-valence / 4.0])  # fmt: skip
