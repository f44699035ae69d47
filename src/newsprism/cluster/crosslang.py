"""One story across languages: an article meets the live stories told in another language.

The clusterer's learned score compares words, names and an English embedding, so it
never compares two known, different languages (decision 8 in docs/clustering.md). This
module is the separate path for that case, called by ``StreamClusterer.decide`` only
when the article found no story of its own language and some live story is in another
language: an English-only stream never reaches it (its cost there is one dictionary
look-up).

First a **shortlist** without embedding anything (:func:`shortlist`): the ``SHORTLIST``
stories sharing the most keys with the article (:func:`keys_of`: name skeletons and
numbers from title + lead; a story sharing none is never embedded). Then the score of
article *a* against each shortlisted story *s* (:meth:`CrossLanguageLinker.score`):

* ``cosine``: the multilingual embedding (``use-m3``) of *a*'s title and lead (the text
  the English embedding reads, :func:`cross_text`) against that of *s*'s founder
  (:data:`EMBED_MEMBERS`), each embedded once and cached by article id (and kept in the store's
  ``cross_vectors`` when the text source is a :class:`VectorCache`). The texts come from a
  :data:`TextSource` (the store's articles, or the articles of a pass in memory); where
  there is none, the headline alone (NTREX top-1 0.982 with headlines, 1.000 with leads);
* ``names``: how many of *a*'s names (English capitalised names, or Arabic words) have
  the same consonant skeleton (``newsprism.xling.script``), of at least
  :data:`NAME_MIN` consonants, as a name on the other side: "بلينكن" meets "Blinken" as
  ``blnkn``; at most :data:`MAX_NAME_BONUS` count;
* ``numbers``: whether a number of *a*'s headline is a number of *s*'s headlines,
  compared as values ("١٫٤ مليون" = "1.4 million").

``total = cosine + NAME_WEIGHT * names + NUMBER_WEIGHT * numbers``; the best story joins
when its total reaches :data:`JOIN_AT` and beats the runner-up by :data:`MARGIN`
(precision first: two English stories that both look right keep the article apart).
The weights and the bar were set on NTREX (ntrex-ar-en, translated stories; figures in
docs/crosslang.md) and checked on the seed event: they are not learned, and NTREX alone
cannot teach where two *independent* reports of one event fall.
"""

from __future__ import annotations

import re
from collections import OrderedDict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Protocol, runtime_checkable

import numpy as np

from newsprism.cluster.features import (
    MAX_TEXT_CHARS,
    MAX_TITLE_CHARS,
    ArticleFeatures,
    _lead,
    capped,
)
from newsprism.models import Article
from newsprism.xling.script import (
    arabic_skeletons,
    is_arabic,
    name_skeleton,
    number_keys,
    skeleton,
)

CROSS_EMBEDDER = "use-m3"
_CAPITALISED = re.compile(r"\b[A-Z][a-z]{2,}")
_YEAR = re.compile(r"(19|20)\d\d")
# Languages the multilingual embedder was trained on (ISO 639-1).
CROSS_LANGUAGES = frozenset(
    {"ar", "de", "en", "es", "fr", "it", "ja", "ko", "nl", "pl", "pt", "ru", "th", "tr", "zh"}
)
JOIN_AT = 0.55
MARGIN = 0.05
NAME_WEIGHT = 0.12
MAX_NAME_BONUS = 2
# Only skeletons of five consonants or more earn the bonus here: the Arabic side offers
# every word of its headline, and shorter skeletons met the wrong English story's names
# often enough to cost NTREX top-1 (0.982 -> 0.947 at three; docs/crosslang.md).
NAME_MIN = 5
NUMBER_WEIGHT = 0.08
HEADLINES_PER_STORY = 4  # members whose texts give a story's keys (cheap)
# Members whose texts are embedded for a story's side: the founder only. Each embedding
# costs about 10 ms of CPU (a 2-core machine), as much as an English article's whole
# ingest; with four members an Arabic batch embedded 232 texts for 57 articles and cost
# 6-7 times an English one, with one about 5 before the tokenizer and stored vectors, 4 after
# (docs/crosslang.md, "Cost").
EMBED_MEMBERS = 1
CACHE_SIZE = 50_000
# At most this many stories in another language are embedded for one article: those
# sharing the most keys (names by skeleton, numbers) with it, found without embedding.
# A story sharing none is never embedded, so a mixed stream pays for the multilingual
# model only where a name or a number crosses (docs/crosslang.md, "Cost").
SHORTLIST = 10
KEY_MIN = 3
# Words of title + lead that the embedding reads (a title and the 60-word lead). Cutting
# to 52 kept NTREX top-1 (0.982) but joined fewer (0.930 against 0.965), for a saving the
# shared machine could not measure apart from its noise (docs/crosslang.md).
EMBED_WORDS = 72


@dataclass(frozen=True)
class CrossScore:
    """One article against one story in another language, and the parts of the score."""

    story_id: str
    cosine: float
    names: int
    numbers: bool

    @property
    def total(self) -> float:
        return self.cosine + NAME_WEIGHT * min(self.names, MAX_NAME_BONUS) + (
            NUMBER_WEIGHT if self.numbers else 0.0
        )


@dataclass(frozen=True)
class Side:
    """What one side (an article or a story) shows the other: vector, names, numbers."""

    vector: np.ndarray
    names: frozenset[str]
    numbers: frozenset[str]


TextSource = Callable[[Sequence[str]], dict[str, str]]
# What the stored vectors were computed with: a stored vector of another version is
# never read (a new model or another EMBED_WORDS embeds again).
VECTOR_VERSION = f"{CROSS_EMBEDDER}/{EMBED_WORDS}w"


@runtime_checkable
class VectorCache(Protocol):
    """A :data:`TextSource` that also keeps the vectors between sessions (the store's:
    ``cluster.state.StoredTexts``)."""

    def load_vectors(self, ids: Sequence[str], version: str) -> dict[str, np.ndarray]: ...

    def save_vectors(self, vectors: Mapping[str, np.ndarray], version: str) -> None: ...


def cross_text(article: Article) -> str:
    """An article's title and the lead ``compute_features`` embeds: its keys are read
    from all of it, its embedding from the first ``EMBED_WORDS`` words."""
    lead = _lead(article, capped(article.text, MAX_TEXT_CHARS))
    title = capped(article.title, MAX_TITLE_CHARS) if article.title else None
    return f"{title}. {lead}" if title else lead


def memory_texts(articles: Iterable[Article]) -> TextSource:
    """A :data:`TextSource` over articles held in memory (a pass without a store)."""
    texts = {a.id: cross_text(a) for a in articles}
    return lambda ids: {i: texts[i] for i in ids if i in texts}


def crosses(a: str | None, b: str | None) -> bool:
    """Whether an article in language ``a`` may meet a story in ``b`` on this path."""
    return a is not None and b is not None and a != b and {a, b} <= CROSS_LANGUAGES


class CrossLanguageLinker:
    """Scores articles against stories in other languages; vectors cached by article id."""

    def __init__(self, texts: TextSource | None = None) -> None:
        self._vectors: OrderedDict[str, np.ndarray] = OrderedDict()
        self.texts = texts

    def vectors(self, items: Iterable[tuple[str, str]]) -> dict[str, np.ndarray]:
        """The multilingual vector of each ``(article_id, headline)``, embedding the new
        ones in one batch (a headline's vector is a pure function of it)."""
        from newsprism.embeddings import get_embedder

        pairs = dict(items)
        missing = [a for a in pairs if a not in self._vectors]
        cache = self.texts if isinstance(self.texts, VectorCache) else None
        if missing and cache is not None:
            self._vectors.update(cache.load_vectors(missing, VECTOR_VERSION))
            missing = [a for a in missing if a not in self._vectors]
        if missing:
            found = self.texts(missing) if self.texts is not None else {}
            texts = [" ".join((found.get(a) or pairs[a]).split()[:EMBED_WORDS])
                     for a in missing]
            encoded = get_embedder(CROSS_EMBEDDER).encode(texts)
            for article_id, vector in zip(missing, encoded, strict=True):
                self._vectors[article_id] = vector
            if cache is not None:  # only vectors of the stored text, never of a headline
                cache.save_vectors({a: self._vectors[a] for a in missing if a in found},
                                   VECTOR_VERSION)  # fmt: skip
        out = {}
        for article_id in pairs:
            self._vectors.move_to_end(article_id)
            out[article_id] = self._vectors[article_id]
        while len(self._vectors) > CACHE_SIZE:
            self._vectors.popitem(last=False)
        return out

    def text_of(self, f: ArticleFeatures) -> str:
        """The article's title + lead from the text source, else its headline."""
        found = self.texts([f.article_id]) if self.texts is not None else {}
        return found.get(f.article_id) or f.headline

    def article_side(self, f: ArticleFeatures) -> Side:
        vector = self.vectors([(f.article_id, f.headline)])[f.article_id]
        return Side(vector, _names(f.headline, f.entities), frozenset(number_keys(f.headline)))

    def story_side(self, members: list[tuple[str, str]], names: Iterable[str]) -> Side:
        """A story's side from its members' ``(article_id, headline)``, in story order (the
        first ``EMBED_MEMBERS`` are embedded), and its names."""
        chosen = members[:EMBED_MEMBERS]
        found = self.vectors(chosen)
        total = np.sum([found[a] for a, _ in chosen], axis=0) if chosen else np.zeros(1)
        length = float(np.linalg.norm(total))
        vector = (total / length).astype(np.float32) if length > 0 else total
        headlines = " ".join(h for _, h in chosen)
        numbers: set[str] = set()
        for _, headline in chosen:
            numbers |= number_keys(headline)
        return Side(vector, _names(headlines, list(names)), frozenset(numbers))

    @staticmethod
    def score(story_id: str, article: Side, story: Side) -> CrossScore:
        cosine = float(article.vector @ story.vector) if story.vector.shape == \
            article.vector.shape else 0.0  # fmt: skip
        return CrossScore(story_id, round(cosine, 6), len(article.names & story.names),
                          bool(article.numbers & story.numbers))  # fmt: skip


def keys_of(text: str, names: Iterable[str]) -> frozenset[str]:
    """The cheap keys of one side, compared before anything is embedded: skeletons of
    three consonants or more of its Arabic words, of its capitalised Latin words and of
    its names, and its numbers (years left out)."""
    keys = {name_skeleton(n) for n in names}
    if is_arabic(text):
        keys |= arabic_skeletons(text)
    else:
        keys |= {skeleton(w) for w in _CAPITALISED.findall(text)}
    out = {k for k in keys if len(k) >= KEY_MIN}
    out |= {f"#{n}" for n in number_keys(text) if not _YEAR.fullmatch(n)}
    return frozenset(out)


def shortlist(article: frozenset[str], stories: list[tuple[str, float, frozenset[str]]],
              size: int = SHORTLIST) -> list[str]:  # fmt: skip
    """The ids of the ``size`` stories sharing most keys with the article (at least one),
    the most recent first among equals; ``stories`` holds ``(id, last time, keys)``."""
    ranked = sorted((-_affinity(article, keys), -last, story_id)
                    for story_id, last, keys in stories if article & keys)  # fmt: skip
    return [story_id for _, _, story_id in ranked[:size]]


def _affinity(article: frozenset[str], story: frozenset[str]) -> float:
    """Shared keys, a number counting twice, over the square root of the story's keys: a
    long story shares some skeletons with anything."""
    shared = sum(2.0 if k.startswith("#") else 1.0 for k in article & story)
    return shared / len(story) ** 0.5


def choose(scores: list[CrossScore]) -> CrossScore | None:
    """The story to join: the best total at or above ``JOIN_AT``, ahead of the runner-up
    by ``MARGIN``; None otherwise. Ties go to the smaller story id."""
    ranked = sorted(scores, key=lambda s: (-s.total, s.story_id))
    if not ranked or ranked[0].total < JOIN_AT:
        return None
    if len(ranked) > 1 and ranked[0].total - ranked[1].total < MARGIN:
        return None
    return ranked[0]


def _names(text: str, entities: Iterable[str]) -> frozenset[str]:
    """Skeletons of the names on one side: its Latin-script names (the clusterer's
    capitalised names) and, for Arabic text, every word (Arabic has no capitals)."""
    keys = {name_skeleton(n) for n in entities}
    if is_arabic(text):
        keys |= arabic_skeletons(text)
    return frozenset(k for k in keys if len(k) >= NAME_MIN)


class CrossLanguagePath:
    """The clusterer's side of this path: its live stories by language, and the keys and
    sides it has computed for them (dropped when a story grows or freezes).

    Stories are the clusterer's ``Cluster`` objects (``story_id``, ``count``, ``members``,
    ``names``, ``t_last``); they are read, never changed.
    """

    def __init__(self, texts: TextSource | None = None) -> None:
        self.linker = CrossLanguageLinker(texts)
        self._by_language: dict[str | None, set[str]] = {}
        self._keys: dict[str, tuple[int, frozenset[str]]] = {}
        self._sides: dict[str, tuple[int, Side]] = {}

    def track(self, story_id: str, language: str | None) -> None:
        self._by_language.setdefault(language, set()).add(story_id)

    def forget(self, story_id: str, language: str | None) -> None:
        self._by_language.get(language, set()).discard(story_id)
        self._keys.pop(story_id, None)
        self._sides.pop(story_id, None)

    def candidates(self, f: ArticleFeatures, live: Mapping[str, Any],
                   allowed: Callable[[Any], bool]) -> list[CrossScore]:  # fmt: skip
        """``f`` scored against the shortlisted live stories in another language that
        ``allowed`` accepts (the clusterer's span cap)."""
        ids = sorted(s for language, stories in self._by_language.items()
                     if crosses(f.language, language) for s in stories)  # fmt: skip
        stories = [live[s] for s in ids if allowed(live[s])]
        if not stories:
            return []
        keys = keys_of(self.linker.text_of(f), f.entities)
        chosen = shortlist(keys, [(c.story_id, c.t_last or 0.0, self._story_keys(c))
                                  for c in stories])  # fmt: skip
        if not chosen:
            return []
        # One batch for the article and every shortlisted founder not embedded yet: the
        # multilingual model streams its weights once per batch, not once per text.
        self.linker.vectors([(f.article_id, f.headline)] + [
            (m.article_id, m.headline) for s in chosen for m in live[s].members[:EMBED_MEMBERS]])
        article = self.linker.article_side(f)
        return [self.linker.score(s, article, self._side(live[s])) for s in chosen]

    def _story_keys(self, c: Any) -> frozenset[str]:
        """A story's keys from its first members' titles and leads (headlines without a
        text source) and its names, cached until it grows."""
        known = self._keys.get(c.story_id)
        if known is None or known[0] != c.count:
            members = c.members[:HEADLINES_PER_STORY]
            texts = self.linker.texts([m.article_id for m in members]) \
                if self.linker.texts is not None else {}  # fmt: skip
            known = (c.count, keys_of(" ".join(texts.get(m.article_id) or m.headline
                                               for m in members), c.names))  # fmt: skip
            self._keys[c.story_id] = known
        return known[1]

    def _side(self, c: Any) -> Side:
        known = self._sides.get(c.story_id)
        if known is None or known[0] != c.count:
            members = [(m.article_id, m.headline) for m in c.members]
            known = (c.count, self.linker.story_side(members, c.names))
            self._sides[c.story_id] = known
        return known[1]
