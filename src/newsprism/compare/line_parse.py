"""One spaCy parse per distinct line of text while a summary is made.

The summary's readers each parse the line they test on its own (``nlp(text)``): whether
a candidate line reads alone (:func:`newsprism.compare.readable.unusable_reasons`),
whether it restates the lead (:func:`newsprism.compare.lead.restates`), whether a
sentence is checkable or a quoted reaction (:mod:`newsprism.compare.colour`,
:mod:`newsprism.compare.reaction`), whether an opening is verbless
(:mod:`newsprism.compare.midstart`) or a deck. The same text is asked about by several
of them and by one of them several times (a rendering tried for a fact, then again as
its own outlet's line or a unique line, a line against every later lead), and each
call parsed it again (issue 12, session 28).

A parse of one text alone is a function of the text only (the same pipeline, no batch
around it), so inside :func:`shared_parses` the Doc is kept and handed to every later
asker: the answers are the ones a fresh parse gives. No reader changes the Doc it is
given (they read tags, dependencies and entities; the only writes are the memos of
:func:`newsprism.extract.nlp.doc_text` and ``doc_ents`` in ``user_data``, which hold
what a fresh Doc computes). Not batched with ``nlp.pipe``: a batch may give other
floats than a lone parse. The Docs are kept for one summary only (the benchmark times
a second analysis of the same story; a process-wide store would make that one free).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from functools import wraps
from typing import Any, ParamSpec, TypeVar

P = ParamSpec("P")
R = TypeVar("R")

_parses: ContextVar[dict[str, Any] | None] = ContextVar("newsprism_line_parses", default=None)


@contextmanager
def shared_parses() -> Iterator[None]:
    """Within the block, :func:`parse_line` parses each distinct text once (an outer
    block's Docs are used by an inner one)."""
    if _parses.get() is not None:
        yield
        return
    token = _parses.set({})
    try:
        yield
    finally:
        _parses.reset(token)


def sharing_parses(function: Callable[P, R]) -> Callable[P, R]:
    """``function`` run inside :func:`shared_parses` (the summary's entry point)."""

    @wraps(function)
    def run(*args: P.args, **kwargs: P.kwargs) -> R:
        with shared_parses():
            return function(*args, **kwargs)

    return run


def parse_line(text: str) -> Any:
    """``load_nlp()(text)``; inside :func:`shared_parses`, once per distinct text."""
    from newsprism.extract.nlp import load_nlp

    kept = _parses.get()
    if kept is None:
        return load_nlp()(text)
    doc = kept.get(text)
    if doc is None:
        doc = kept[text] = load_nlp()(text)
    return doc
