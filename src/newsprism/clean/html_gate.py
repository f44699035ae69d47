"""A gate before trafilatura's readability/jusText comparison: run it only where it can win.

trafilatura's cascade (``trafilatura/core.py``) extracts the main text with its own
rules, then hands that result to ``compare_extraction`` (``trafilatura/external.py``),
which runs readability on the whole page, maybe jusText, and keeps the result it prefers.
That comparison is ~3.4 ms of a page's CPU, and on most news pages it keeps trafilatura's
own text. Its rules, for the default ("balanced") focus:

1. readability replaces the own text when the own text is empty, when readability's is
   more than twice as long (and not raw JSON), or when readability's is over
   ``2 * min_extracted_size`` characters and the own text has no ``<p>`` text or more
   tables than paragraphs (``_prefer_readability``);
2. jusText is tried when the result is "unclean" (holds an ``aside``, ``figure``,
   ``nav``... of ``SANITIZED_XPATH``) or shorter than ``min_extracted_size``.

Everything in these rules but readability's length is known before readability runs,
and that length has a ceiling: readability's text is a subset of the page's text once
it has dropped ``script``, ``style``, ``fencedframe`` and its "unlikely candidates"
(elements whose class or id matches its ``unlikelyCandidatesRe`` and not
``okMaybeItsACandidateRe``), plus "VIDEO" for each video ``iframe``. So when the own
text is long enough, clean, structured, and at least half of that ceiling, the
comparison cannot change the result, and the gate skips it: the output is the same by
construction, not by measurement (docs/benchmarks.md, "Seventh pass").

The gate wraps trafilatura's ``_extract_and_compare`` (the step that calls the
comparison, and copies the page's tree for it) and acts only inside
:func:`fallback_gate`, so a caller of trafilatura elsewhere in the process (the
extraction eval's "trafilatura" row) gets trafilatura unchanged.
"""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from copy import copy

import trafilatura.core
import trafilatura.external
import trafilatura.readability_lxml as readability
from lxml import etree
from trafilatura.settings import Extractor
from trafilatura.utils import trim

log = logging.getLogger(__name__)

# On by default: on the 1,909 dev pages the output is identical with and without it.
FALLBACK_GATE = True
# Characters readability may add: the text "VIDEO" it puts in a video iframe, and a space.
_IFRAME_TEXT = len("VIDEO") + 1
_READABILITY_DROPS = frozenset(("script", "style", "fencedframe"))
_UNLIKELY = readability.REGEXES["unlikelyCandidatesRe"]
_MAYBE = readability.REGEXES["okMaybeItsACandidateRe"]

_ACTIVE: ContextVar[bool] = ContextVar("newsprism_fallback_gate", default=False)
# How often each decision was taken in this process: "skipped", or the rule that ran the
# comparison ("short", "unclean", "structure", "ceiling", "focus"; "error" when the
# gate itself failed). For benchmarks.
DECISIONS: Counter[str] = Counter()


def readability_ceiling(tree: etree._Element) -> int:
    """An upper bound on the length of readability's text for this page.

    The length of the page's text (whitespace collapsed, as trafilatura's ``trim``
    does) without what readability drops before it scores anything: ``script``,
    ``style``, ``fencedframe`` and its unlikely candidates. Readability's output is a
    part of the rest, joined with no more separators; the only text it adds is "VIDEO"
    in a video ``iframe``, counted for every ``iframe``.
    """
    parts: list[str] = []
    verdicts: dict[str, bool] = {}
    iframes = 0
    # The length of trim(" ".join(parts)) does not depend on the parts' order (each
    # part's words stay apart), so a stack walk will do; lxml's iterwalk would be
    # tidier, but it never yields comments, whose tails are text.
    stack = [tree]
    while stack:
        node = stack.pop()
        if node.text:
            parts.append(node.text)
        for child in node:
            if child.tail:
                parts.append(child.tail)
            tag = child.tag
            if not isinstance(tag, str):  # a comment or processing instruction: tail only
                if isinstance(child, etree._Entity) and child.text:
                    parts.append(child.text)
                continue
            if tag in _READABILITY_DROPS or _unlikely(child, verdicts):
                continue
            if tag == "iframe":
                iframes += 1
            stack.append(child)
    return len(trim(" ".join(parts))) + _IFRAME_TEXT * iframes


def _unlikely(node: etree._Element, verdicts: dict[str, bool]) -> bool:
    """readability's ``remove_unlikely_candidates`` test for one element."""
    attrs = " ".join(filter(None, (node.get("class"), node.get("id"))))
    if len(attrs) < 2 or node.tag in readability.FRAME_TAGS:
        return False
    verdict = verdicts.get(attrs)
    if verdict is None:
        low = attrs.lower()
        verdict = bool(_UNLIKELY.search(low)) and not _MAYBE.search(low)
        verdicts[attrs] = verdict
    return verdict


def comparison_needed(body: etree._Element, text: str, tree: etree._Element,
                      options: Extractor) -> str | None:  # fmt: skip
    """Why trafilatura's comparison may change this result, or None when it cannot.

    Args:
        body: trafilatura's own extraction (its XML body) before the comparison.
        text: that extraction's text, as the comparison measures it.
        tree: the page as the comparison receives it (readability reads a copy).
        options: trafilatura's options for this call.

    Returns:
        The first rule of ``compare_extraction`` that could act: ``focus`` (not the
        balanced focus: recall mode has rules of its own), ``short`` (jusText is tried
        under ``min_extracted_size``), ``unclean`` (jusText is tried), ``structure``
        (readability wins on a body without paragraph text or with more tables than
        paragraphs), ``ceiling`` (readability's text could be over twice as long);
        None when none can.
    """
    if options.focus != "balanced":
        return "focus"
    if len(text) < options.min_extracted_size:
        return "short"
    if body.xpath(trafilatura.external.SANITIZED_XPATH):
        return "unclean"
    if not body.xpath(".//p//text()") or len(body.findall(".//table")) > len(body.findall(".//p")):
        return "structure"
    if readability_ceiling(tree) > 2 * len(text):
        return "ceiling"
    return None


def _gated_extract_and_compare(
    cleaned_tree: etree._Element, cleaned_tree_backup: etree._Element, tree: etree._Element,
    options: Extractor,
) -> tuple[etree._Element, str]:
    """trafilatura's ``_extract_and_compare``, with the comparison behind the gate."""
    if not _ACTIVE.get():
        return _ORIGINAL(cleaned_tree, cleaned_tree_backup, tree, options)
    postbody, temp_text = trafilatura.core.extract_content(cleaned_tree, options)
    if options.fast:
        return postbody, temp_text
    try:
        reason = comparison_needed(postbody, temp_text, tree, options)
    except Exception as exc:  # a gate that cannot decide must not cost the page: compare
        log.debug("fallback gate failed, comparing: %s", exc)
        reason = "error"
    DECISIONS[reason or "skipped"] += 1
    if reason is None:
        return postbody, temp_text
    return trafilatura.core.compare_extraction(
        cleaned_tree_backup, copy(tree), postbody, temp_text, options
    )


_ORIGINAL = getattr(trafilatura.core, "_extract_and_compare", None)
INSTALLED = _ORIGINAL is not None and hasattr(trafilatura.core, "compare_extraction")
if INSTALLED:
    trafilatura.core._extract_and_compare = _gated_extract_and_compare
else:  # another trafilatura: the gate stays off rather than guess at its cascade
    log.debug("trafilatura has no _extract_and_compare: the fallback gate is off")


@contextmanager
def fallback_gate(on: bool | None = None) -> Iterator[None]:
    """Within this block, trafilatura calls skip the comparison where it cannot win.

    ``on`` defaults to :data:`FALLBACK_GATE`, read at each call (a benchmark flips it).
    """
    token = _ACTIVE.set(bool(FALLBACK_GATE if on is None else on) and INSTALLED)
    try:
        yield
    finally:
        _ACTIVE.reset(token)
