"""Near-duplicates: MinHash signatures over word shingles, and LSH bands to find them.

A near-copy is a syndicated wire story or a re-post: the same text, give or take a
headline, a byline or an edited sentence. Such a copy is another outlet's coverage of
the same event, so the clusterer puts it in its original's story and records
``duplicate_of`` rather than counting it as a new event.

The signature is a datasketch MinHash (``affine32`` scheme, fixed seed, so the same text
gives the same signature in every process) over 5-word shingles of the lower-cased
text. Candidates come from LSH banding: 20 bands of 6 hash values each; two texts
whose shingle sets have Jaccard similarity 0.7 share a band with probability 0.92, at
0.8 with 0.998, at 0.3 with 0.015. Each candidate is then verified on the estimated
Jaccard similarity, so a band collision alone never makes a duplicate.

Band keys are plain integers, so the buckets can live in any table: the clusterer keeps
them in the store (``lsh_buckets``), which is what lets a new process find the original
of a copy without re-reading any article. :class:`LSHIndex` is the in-memory form, for
one pass over a list of texts.

Example::

    >>> a = minhash("The council approved the new budget on Monday after a long debate")
    >>> b = minhash("The council approved the new budget on Monday after a long debate.")
    >>> jaccard(a, b)
    1.0
"""

from __future__ import annotations

import hashlib
import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from functools import lru_cache
from itertools import islice

import numpy as np
from datasketch import MinHash

NUM_PERM = 128
SEED = 1
SHINGLE_WORDS = 5
BANDS = 20
ROWS = 6
DEFAULT_THRESHOLD = 0.7
# Below this many shingles (about 14 words) two texts are "near-identical" by accident:
# "Live updates" posts, one-line briefs. They are left to the event clusterer.
MIN_SHINGLES = 10
# A bucket shared by many articles (one wire story run by a hundred sites) is read up to
# this many ids, the smallest first, so that one look-up never grows with the store.
MAX_BUCKET = 64
# Shingles hashed per datasketch batch: 4,096 x 128 uint32 is 2 MB of scratch.
HASH_CHUNK = 4096
_MAX_HASH = np.uint32(0xFFFFFFFF)  # an empty signature: datasketch's sentinel

_WORD = re.compile(r"\w+", re.UNICODE)


def shingles(text: str, size: int = SHINGLE_WORDS) -> set[str]:
    """The set of ``size``-word shingles of ``text`` (lower-cased, punctuation dropped).

    A text shorter than ``size`` words is one shingle of all its words, so that even a
    one-line item has a signature.
    """
    words = _WORD.findall(text.lower())
    if len(words) < size:
        return {" ".join(words)} if words else set()
    # The words at each offset side by side (the shorter tails end it): no slice per shingle.
    return set(map(" ".join, zip(*(words[k:] for k in range(size)), strict=False)))


@lru_cache(maxsize=1)
def _permutations() -> np.ndarray:
    # Drawn once per process from the fixed seed: every signature uses the same functions.
    return MinHash(num_perm=NUM_PERM, seed=SEED, scheme="affine32").permutations


def minhash(text_or_shingles: str | Iterable[str]) -> np.ndarray:
    """The MinHash signature (``NUM_PERM`` uint32 values) of a text or of its shingles.

    The signature is datasketch's (``affine32`` scheme, the first four bytes of each
    shingle's SHA-1 as its hash), computed here in numpy: datasketch turns every hash into
    a Python ``int`` and back into an array, which was a third of the signature's time.
    ``tests/cluster/test_features.py`` checks it against datasketch's own hashing. The
    shingles are hashed ``HASH_CHUNK`` at a time: a whole batch is permuted at once in a
    ``(batch, NUM_PERM)`` array, 742 MB for the 1.45 M shingles of a 10 MB text. A
    signature is a minimum, so chunks give exactly the one-batch signature.
    """
    items = shingles(text_or_shingles) if isinstance(text_or_shingles, str) else text_or_shingles
    a, b = _permutations()
    signature = np.full(NUM_PERM, _MAX_HASH, dtype=np.uint32)
    sha1, pending = hashlib.sha1, iter(items)
    while chunk := [sha1(s.encode("utf-8")).digest()[:4] for s in islice(pending, HASH_CHUNK)]:
        hashed = _fmix32(np.frombuffer(b"".join(chunk), dtype="<u4").astype(np.uint32))
        np.minimum(signature, (hashed[:, None] * a + b).min(axis=0), out=signature)
    return signature


def _fmix32(hv: np.ndarray) -> np.ndarray:
    """MurmurHash3's 32-bit finalizer, which datasketch's ``affine32`` scheme applies to
    each input hash before the permutations (uint32 arithmetic wraps, as it should)."""
    hv = hv ^ (hv >> np.uint32(16))
    hv = hv * np.uint32(0x85EBCA6B)
    hv = hv ^ (hv >> np.uint32(13))
    hv = hv * np.uint32(0xC2B2AE35)
    return hv ^ (hv >> np.uint32(16))


def jaccard(a: np.ndarray, b: np.ndarray) -> float:
    """Estimated Jaccard similarity of the shingle sets behind two signatures."""
    return float(np.count_nonzero(a == b)) / len(a)


def band_keys(signature: np.ndarray) -> tuple[tuple[int, int], ...]:
    """``(band, bucket)`` pairs of a signature; two texts sharing one are LSH candidates.

    The bucket is a signed 64-bit digest of the band's values, so it fits an SQLite
    INTEGER and is the same in every process (Python's ``hash`` is salted per process).
    The story step reads an article's keys from ``ArticleFeatures.band_keys``, computed
    once for its look-up, the in-memory index and the save.
    """
    values = np.ascontiguousarray(signature, dtype="<u4").tobytes()
    step, blake2b = 4 * ROWS, hashlib.blake2b
    return tuple((band, int.from_bytes(blake2b(values[band * step : (band + 1) * step],
                                                digest_size=8).digest(), "little", signed=True))
                 for band in range(BANDS))  # fmt: skip


class LSHIndex:
    """Band buckets in memory: add signatures, query candidates in insertion order."""

    def __init__(self) -> None:
        self._buckets: dict[tuple[int, int], list[str]] = defaultdict(list)

    def add(self, key: str, signature: np.ndarray) -> None:
        self.add_keys(key, band_keys(signature))

    def add_keys(self, key: str, keys: Iterable[tuple[int, int]]) -> None:
        """Index ``key`` under band keys already computed (see :func:`band_keys`)."""
        for band_key in keys:
            self._buckets[band_key].append(key)

    def query(self, signature: np.ndarray) -> list[str]:
        """Keys sharing at least one band with ``signature``, each once, oldest first."""
        found: dict[str, None] = {}
        for band_key in band_keys(signature):
            for key in self._buckets.get(band_key, ()):
                found.setdefault(key)
        return list(found)

    def buckets(self, keys: Sequence[tuple[int, int]]) -> dict[tuple[int, int], list[str]]:
        """The ``MAX_BUCKET`` smallest keys in each of these buckets (empty ones left out)."""
        return {k: sorted(self._buckets[k])[:MAX_BUCKET] for k in keys if k in self._buckets}


def near_duplicate_groups(
    items: Sequence[tuple[str, np.ndarray]], threshold: float = DEFAULT_THRESHOLD
) -> list[list[str]]:
    """Group items whose signatures are near-copies of each other (transitively).

    Args:
        items: ``(key, signature)`` pairs, in arrival order.
        threshold: the estimated Jaccard similarity that makes two items copies.

    Returns:
        Groups of two or more keys, each in arrival order, ordered by their first key.
    """
    index = LSHIndex()
    parent: dict[str, str] = {}

    def root(key: str) -> str:
        while parent[key] != key:
            parent[key] = parent[parent[key]]
            key = parent[key]
        return key

    signatures = dict(items)
    for key, signature in items:
        parent[key] = key
        for other in index.query(signature):
            if jaccard(signature, signatures[other]) >= threshold:
                a, b = root(key), root(other)
                if a != b:
                    parent[a] = b
        index.add(key, signature)
    order = {key: n for n, (key, _) in enumerate(items)}
    groups: dict[str, list[str]] = defaultdict(list)
    for key, _ in items:
        groups[root(key)].append(key)
    found = [g for g in groups.values() if len(g) > 1]
    return sorted(found, key=lambda g: order[g[0]])
