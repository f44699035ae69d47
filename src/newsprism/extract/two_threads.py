"""A story's English articles parsed in two threads (session 31).

compare parses every article of a story before anything else can start (entities,
quotes and claims all read the parse), so the parse is the first and longest stretch
during which the second core of a two-core machine has nothing to do: about 1.2 s of
CPU at 10 articles, 0.15 s at 2 (docs/benchmarks.md, session 31). Most of it runs
without the GIL (the tok2vec and NER networks' matrix products in BLIS, the parser's and
NER's transition loops), so two threads, each parsing its own articles, take less wall
time at the same CPU.

Nothing a Doc holds changes: each article is parsed by the same pipeline, and a Doc's
annotations do not depend on which articles share its batch (checked byte for byte
with ``Doc.to_bytes`` on the benchmark stories and in the tests). The texts are
tokenised first, in order, on the calling thread, so the vocabulary grows as it always
did, in one thread; the two threads then run only the pipeline's components, each on
Docs of its own (the tok2vec listeners read ``doc.tensor``, per Doc, while predicting).
"""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

# fewer characters than this in all: one thread (a pool's start and end cost about 0.4 ms
# on a loaded machine, and the GIL's hand-overs more; the parse costs about 2.7 ms of CPU
# per 100 characters: the seeds' 5,300 characters 0.14 s)
MIN_CHARS = 2_000
# more characters than this in all (about twice the benchmark's 10-article story, 38,000):
# one thread, as before. Each thread's malloc arena keeps its share of the parse, freed
# or not, beside the main thread's later matrices: peak RSS of the 50-article story
# (165,000 characters) rose 1,133 -> 1,223 MB in two threads (1,163 with malloc_trim),
# over 1.5x of the baseline tree (778), while its wall time is inside the
# budget; at 10 articles it fell, 512 -> 472 MB (session 31)
MAX_CHARS = 80_000
# Docs per batch in each thread. spaCy's default (256) parses a 50-article story as one
# batch; its buffers peak at about 745 MB RSS, and freed in the second thread's own
# malloc arena they stay resident beside the main thread's later matrices (peak RSS of
# the whole 50-article analysis 1,133 -> 1,427 MB). In batches of 4 the parse peaks at
# about 323 MB (measured, session 31); a Doc does not depend on its batch (module doc).
BATCH = 4


def halves(texts: list[str]) -> tuple[list[int], list[int]]:
    """The texts' indexes in two groups of about equal length (longest first, each to
    the lighter group), each group in text order."""
    groups: tuple[list[int], list[int]] = ([], [])
    load = [0, 0]
    for i in sorted(range(len(texts)), key=lambda i: (-len(texts[i]), i)):
        lighter = 0 if load[0] <= load[1] else 1
        groups[lighter].append(i)
        load[lighter] += len(texts[i])
    return sorted(groups[0]), sorted(groups[1])


def parse_two_threads(nlp: Language, texts: list[str]) -> list[Doc]:
    """``list(nlp.pipe(texts))``, the same Docs, with the texts split over two threads.

    One text, or fewer than :data:`MIN_CHARS` or more than :data:`MAX_CHARS`
    characters in all, is parsed on the calling thread alone (``nlp.pipe`` as it is).
    An error in the second thread is raised here, after both threads are done.
    """
    if len(texts) < 2 or not MIN_CHARS <= sum(map(len, texts)) <= MAX_CHARS:
        return list(nlp.pipe(texts))
    docs: list[Any] = [nlp.make_doc(text) for text in texts]  # one thread grows the vocab
    mine, other = halves(texts)
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="newsprism-parse") as pool:
        theirs = pool.submit(_run, nlp, [docs[i] for i in other])
        done = dict(zip(mine, _run(nlp, [docs[i] for i in mine]), strict=True))
        done.update(zip(other, theirs.result(), strict=True))
    return [done[i] for i in range(len(texts))]


def _run(nlp: Language, docs: list[Doc]) -> list[Doc]:
    """The pipeline's components over ``docs`` (already tokenised), in order, in batches
    of :data:`BATCH`."""
    return list(nlp.pipe(docs, batch_size=BATCH))
