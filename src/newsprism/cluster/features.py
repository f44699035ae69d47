"""Per-article clustering features, computed once and stored.

:func:`compute_features` is a pure function of a list of articles (and the installed
embedding model): no store, no global state that it changes, and its result is
picklable. That is what lets ``recluster --engine dask`` run it in parallel partitions
and get exactly what the local engine and ingest get.

The features do not depend on the trained clusterer model: term frequencies are stored
raw, and the model's IDF weights are applied when the clusterer compares. Retraining the
model therefore never invalidates stored features; a change to *this* module does, and
bumps :data:`FEATURES_VERSION` (rows of an older version are recomputed by ``recluster``).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

import numpy as np

from newsprism import dedup
from newsprism.cluster.boilerplate import body_without_footer, paragraphs_without_footer
from newsprism.cluster.terms import (
    Sparse,
    content_words,
    entity_counts,
    entity_frequencies,
    pack,
    term_frequencies,
    tokens,
    unpack,
)
from newsprism.cluster.weekdays import lead_weekdays
from newsprism.models import Article

# 2: the article's language; 3: over a capped prefix of the text; 4: without the body's
# closing boilerplate (``cluster.boilerplate``: an agency's copyright, credits, prompts);
# 5: the weekdays the lead names (``cluster.weekdays``, model version 4's check)
FEATURES_VERSION = 5
LEAD_WORDS = 60
HEADLINE_WORDS = 12
# What the features read of one article, in characters: the first MAX_TEXT_CHARS of its
# body (about 16,000 words, longer than nearly every news article), MAX_TITLE_CHARS of
# its title and MAX_LEAD_CHARS of its lead. Without a cap a 10 MB one-line text cost
# 1.75 GB here (1.9 M shingles hashed at once); with it, one article's features cost
# memory and time in proportion to the cap, whatever the input (docs/clustering.md).
MAX_TEXT_CHARS = 100_000
MAX_TITLE_CHARS = 500
MAX_LEAD_CHARS = 2_000
MAX_NAMES = 12
_SMALL_WORDS = frozenset({"a", "an", "the", "of", "in", "on", "for", "to", "and", "at", "by"})

# An article id with the LSH band keys of its signature (what the buckets table holds).
BandKeys = tuple[str, tuple[tuple[int, int], ...]]


@dataclass
class ArticleFeatures:
    """What the clusterer knows of one article.

    Attributes:
        article_id: the article's id.
        headline: its title, or its opening words when it has none (story labels).
        titled: whether ``headline`` is a real title (labels prefer those).
        embedding: unit float32 vector of title + lead (static embedder by default).
        minhash: MinHash signature of the body's 5-word shingles (near-duplicates).
        shingles: how many shingles the signature was made of.
        title_tf, body_tf, entity_tf: sublinear term frequencies, hashed (``terms``).
        entities: entity-like names, most frequent first (story key entities).
        published: publication time in seconds since the epoch (UTC), or None.
        language: ISO 639-1 code from the clean stage, or None when unknown.
        context: unit float32 vector of the same title + lead from the model's
            ``context_embedder`` (MiniLM through ONNX), or None when the model has none.
        weekdays: the weekdays its title and the body's opening name, a 7-bit mask
            (``cluster.weekdays.lead_weekdays``; 0: none, or a row stored before them).
    """

    article_id: str
    headline: str
    titled: bool
    embedding: np.ndarray
    minhash: np.ndarray
    shingles: int
    title_tf: Sparse = field(default_factory=dict)
    body_tf: Sparse = field(default_factory=dict)
    entity_tf: Sparse = field(default_factory=dict)
    entities: list[str] = field(default_factory=list)
    published: float | None = None
    language: str | None = None
    context: np.ndarray | None = None
    weekdays: int = 0

    @cached_property
    def band_keys(self) -> tuple[tuple[int, int], ...]:
        """The LSH band keys of ``minhash``, computed once: the near-copy look-up, the
        in-memory index and the save of the buckets all read them."""
        return dedup.band_keys(self.minhash)


def to_epoch(stamp: str | None) -> float | None:
    """Epoch seconds of an ISO 8601 UTC stamp or a date (``YYYY-MM-DD``); None if unparsable."""
    if not stamp:
        return None
    try:
        moment = dt.datetime.fromisoformat(stamp.replace("Z", "+00:00"))
    except ValueError:
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    return moment.timestamp()


def capped(text: str, limit: int) -> str:
    """The first ``limit`` characters of ``text``, cut back to a whitespace if there is one.

    Cutting between words keeps a half word out of the last shingle and term; a text with
    no whitespace in its prefix (a 10 MB run of letters) is cut at ``limit`` exactly.
    """
    if len(text) <= limit:
        return text
    head = text[:limit]
    if text[limit].isspace() or head[-1:].isspace():  # the cut already falls between words
        return head
    parts = head.rsplit(maxsplit=1)
    return parts[0] if len(parts) == 2 else head


def _opening_words(text: str, n: int, limit: int) -> str:
    # Split only a prefix: n words of a 10 MB text need not split the whole of it.
    return capped(" ".join(capped(text, limit).split()[:n]), limit)


def _lead(article: Article, text: str, paragraphs: list[str] | None = None) -> str:
    """The first ``LEAD_WORDS`` words of the paragraphs (of ``text``, the capped body,
    when the article has none), at most ``MAX_LEAD_CHARS`` long. ``paragraphs``: the
    article's paragraphs without their footer, when the caller has them already."""
    if paragraphs is None:
        paragraphs = paragraphs_without_footer(article.paragraphs)
    paragraphs = paragraphs or [p for p in text.split("\n\n") if p.strip()]
    words: list[str] = []
    for paragraph in paragraphs:
        words.extend(capped(paragraph, MAX_LEAD_CHARS).split())
        if len(words) >= LEAD_WORDS:
            break
    return capped(" ".join(words[:LEAD_WORDS]), MAX_LEAD_CHARS)


def _paragraphs_without_footer(article: Article, body: str) -> list[str]:
    """``paragraphs_without_footer(article.paragraphs)``, read off ``body`` (the footer
    cut of the article's capped text, as ``compute_features`` makes it) when the
    paragraphs joined are the whole uncapped text, as the clean stage writes every item:
    the same function of the same string, so the same paragraphs, and the footer search
    (a regular expression over the whole text) runs once an article instead of twice."""
    if not article.paragraphs:
        return []
    if len(article.text) <= MAX_TEXT_CHARS and "\n\n".join(article.paragraphs) == article.text:
        return [p for p in body.split("\n\n") if p.strip()]
    return paragraphs_without_footer(article.paragraphs)


def _title_case(title: str) -> bool:
    """Headline Case Like This: its capitals say nothing about names."""
    words = [t for t in tokens(title) if t.lower() not in _SMALL_WORDS]
    return bool(words) and sum(w[0].isupper() for w in words) >= 0.6 * len(words) > 1


def _context_vectors(context: str, texts: list[str], titles: list[str | None],
                     bodies: list[str]) -> Sequence[np.ndarray | None]:  # fmt: skip
    """The ``context`` vectors: of ``texts`` (title + lead), with ``NAME/title`` of
    each headline (the title, or the body's opening words as the label reads them), or
    with ``NAME/leadN`` of title + lead cut to its first N word pieces (session 22: the
    encoder's cost grows with the pieces, and 256 is far more than a lead needs)."""
    if not context:
        return [None] * len(texts)
    from newsprism.embeddings import get_embedder

    name, _, field = context.partition("/")
    if field == "title":
        texts = [given or _opening_words(body, HEADLINE_WORDS, MAX_TITLE_CHARS)
                 for given, body in zip(titles, bodies, strict=True)]  # fmt: skip
    pieces = context_pieces(context)
    if pieces is not None:
        return get_embedder(name).encode(texts, max_pieces=pieces)
    return get_embedder(name).encode(texts)


def context_pieces(context: str) -> int | None:
    """The word-piece cap of a ``NAME/leadN`` context (N), None for any other.

    Raises:
        ValueError: for ``NAME/lead`` followed by anything but a number.
    """
    field = context.partition("/")[2]
    if not field.startswith("lead"):
        return None
    if not field[4:].isdigit():
        raise ValueError(f"context {context!r}: lead takes a word-piece count, as lead64")
    return int(field[4:])


def compute_features(articles: Sequence[Article], embedder: str = "static",
                     context: str = "") -> list[ArticleFeatures]:  # fmt: skip
    """Features of each article, in order.

    Each feature reads a capped prefix of the article (``MAX_TEXT_CHARS`` of the body,
    ``MAX_TITLE_CHARS`` of the title), so its cost is bounded whatever the input size,
    without the body's closing boilerplate (``cluster.boilerplate``): two stories of one
    agency that end with the same footer are not alike for it.

    Args:
        articles: cleaned articles (only ``id``, ``title``, ``text``, ``paragraphs`` and
            ``published_at`` are read).
        embedder: the embedding backend (``newsprism.embeddings``); the model file names it.
        context: the second embedder of the ``context`` feature (the model's
            ``context_embedder``), or "" for none; ``NAME/title`` embeds the headline
            alone instead of title + lead (a fifth of the cost, docs/embeddings.md).

    Returns:
        One :class:`ArticleFeatures` per article.
    """
    from newsprism.embeddings import get_embedder

    if not articles:
        return []
    bodies = [body_without_footer(capped(a.text, MAX_TEXT_CHARS)) for a in articles]
    titles = [capped(a.title, MAX_TITLE_CHARS) if a.title else None for a in articles]
    texts = []
    for article, body, given in zip(articles, bodies, titles, strict=True):
        lead = _lead(article, body, _paragraphs_without_footer(article, body))
        texts.append(f"{given}. {lead}" if given else lead)
    vectors = get_embedder(embedder).encode(texts)
    contexts = _context_vectors(context, texts, titles, bodies)
    out = []
    for article, text, given, vector, ctx in zip(articles, bodies, titles, vectors, contexts,
                                                  strict=True):  # fmt: skip
        title = given or _opening_words(text, HEADLINE_WORDS, MAX_TITLE_CHARS)
        long_enough = len(text.split()) >= 2 * dedup.SHINGLE_WORDS
        shingle_source = text if long_enough else f"{title}\n{text}"
        shingle_set = dedup.shingles(shingle_source)
        names_source = text if not given or _title_case(given) else f"{given}.\n{text}"
        names = entity_counts(names_source)
        out.append(
            ArticleFeatures(
                article_id=article.id,
                headline=title,
                titled=bool(given),
                embedding=np.asarray(vector, dtype=np.float32),
                minhash=dedup.minhash(shingle_set),
                shingles=len(shingle_set),
                title_tf=term_frequencies(content_words(title)),
                body_tf=term_frequencies(content_words(text)),
                entity_tf=entity_frequencies(names),
                entities=[name for name, _ in names[:MAX_NAMES]],
                published=to_epoch(article.published_at),
                language=article.language,
                context=None if ctx is None else np.asarray(ctx, dtype=np.float32),
                weekdays=lead_weekdays(given, text),
            )
        )
    return out


# --- rows -------------------------------------------------------------------------

ROW_COLUMNS = ("article_id", "version", "headline", "titled", "embedding", "minhash", "shingles",
               "title_terms", "body_terms", "entity_terms", "entities", "published",
               "language", "context", "lead_weekdays")  # fmt: skip
# The stored context vector: float16, 768 bytes for MiniLM's 384 dimensions (float32 would
# be 1,536). A unit vector's entries are below 1, where float16 keeps 3 significant digits;
# every path that clusters reads the stored form (:func:`stored_form`), so ingest and
# ``recluster`` compare the same numbers.
CONTEXT_DTYPE = "<f2"


def stored_form(f: ArticleFeatures) -> ArticleFeatures:
    """``f`` as it reads back from the store: its context vector through float16."""
    if f.context is None:
        return f
    return dataclasses.replace(f, context=_context_of(_context_bytes(f.context)))


def _context_bytes(vector: np.ndarray | None) -> bytes | None:
    return None if vector is None else np.asarray(vector, dtype=CONTEXT_DTYPE).tobytes()


def _context_of(blob: bytes | None) -> np.ndarray | None:
    return None if blob is None else np.frombuffer(blob, dtype=CONTEXT_DTYPE).astype(np.float32)


def to_row(f: ArticleFeatures) -> dict[str, Any]:
    """The ``article_features`` row of ``f`` (arrays as little-endian bytes)."""
    return {
        "article_id": f.article_id,
        "version": FEATURES_VERSION,
        "headline": f.headline,
        "titled": int(f.titled),
        "embedding": np.asarray(f.embedding, dtype="<f4").tobytes(),
        "minhash": np.asarray(f.minhash, dtype="<u4").tobytes(),
        "shingles": f.shingles,
        "title_terms": pack(f.title_tf),
        "body_terms": pack(f.body_tf),
        "entity_terms": pack(f.entity_tf),
        "entities": json.dumps(f.entities, ensure_ascii=False),
        "published": f.published,
        "language": f.language,
        "context": _context_bytes(f.context),
        "lead_weekdays": f.weekdays,
    }


def from_row(row: Any) -> ArticleFeatures:
    """The inverse of :func:`to_row` (a mapping or an ``sqlite3.Row``). A row written
    before migration 014 has no weekdays (NULL): read as none, so the check lets its
    joins stand; such rows are of an older ``FEATURES_VERSION``, which ``recluster``
    computes again."""
    return ArticleFeatures(
        article_id=row["article_id"],
        headline=row["headline"],
        titled=bool(row["titled"]),
        embedding=np.frombuffer(row["embedding"], dtype="<f4").astype(np.float32),
        minhash=np.frombuffer(row["minhash"], dtype="<u4").astype(np.uint32),
        shingles=row["shingles"],
        title_tf=unpack(row["title_terms"]),
        body_tf=unpack(row["body_terms"]),
        entity_tf=unpack(row["entity_terms"]),
        entities=json.loads(row["entities"]),
        published=row["published"],
        language=row["language"],
        context=_context_of(row["context"]),
        weekdays=row["lead_weekdays"] or 0,
    )
