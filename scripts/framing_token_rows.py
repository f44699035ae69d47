"""Context of each candidate word, the one row that the flag study and its combiner read.

Study code (scripts/framing_flag_dump.py), not run-time code: the combiner is not
shipped, so the row builder lives beside the scripts that use it.

Session 19 (issue 14) asks where the default output's flags go on BASIL 2010–2012 and
whether a small calibrated combination over every layer's score and the word's context
(in a quotation, in a named source's reported speech, its part of speech, its place in
the article, how rare it is) finds more ``lex`` spans at the same share of flags near a
bias span. :func:`token_rows` is that row for every candidate word of a parsed article,
built the same way for ``scripts/framing_flag_dump.py`` (the study) and for anything
that would run the combination: one code path, so a fitted weight means the same thing
at run time. docs/eval-framing.md ("Session 19") has the study and the decision.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from typing import Any

import numpy as np
from spacy.tokens import Doc

from newsprism.extract.framing.evidence import evidence_lists
from newsprism.extract.framing.features import is_candidate
from newsprism.extract.framing.lexicon import Lexicon, load_cues
from newsprism.extract.framing.quoting import QuoteIndex, Sources, quotations
from newsprism.extract.framing.reported import ANY_OWNER, NAMED_OWNERS, reported_speaker
from newsprism.extract.quotes import QuoteSpan

POS = ("ADJ", "ADV", "VERB", "NOUN")
MARK_KINDS = ("term", "hedge", "attribution", "neutral_speech")


@cache
def _idf() -> tuple[dict[int, float], float]:
    """The clusterer's IDF table (hashed lower-cased words) and its default (unseen) IDF:
    how rare a word is in news, already shipped and hash-checked."""
    from newsprism.cluster.model import load_model, model_idf

    model = load_model()
    return model_idf(model), float(model.default_idf)


def idf(word: str) -> float:
    """The news IDF of a lower-cased word (the default for words never seen)."""
    from newsprism.cluster.terms import stable_hash

    table, default = _idf()
    return float(table.get(stable_hash(word), default))


def _how(sources: Sources, t: Any) -> str | None:
    """How the speaker of the reported speech holding ``t`` was resolved, if any."""
    quote = sources.reported_at(t.idx, t.idx + len(t))
    return quote.resolved if quote is not None else None


def token_rows(
    doc: Doc, lexicon: Lexicon, quotes: Sequence[QuoteSpan], chars: np.ndarray
) -> list[dict[str, Any]]:
    """One row per candidate word of ``doc``: where it is, whose word it is, its raw
    MiniLM score (``chars``: per-character scores of every sentence), its lexicon hits.

    ``reported`` is the named source that :func:`.reported.reported_speaker` would give
    the word to (``reported_any``: any source, described or unresolved, and
    ``reported_how`` how the extractor resolved it); ``marks`` the lexicon layers that
    cover it (from the same walk as :func:`newsprism.extract.framing.frame_doc`)."""
    from newsprism.extract.framing import _walk

    index = QuoteIndex(quotations(doc.text))
    sources = Sources(quotes)
    found = _walk(doc, lexicon, index, sources)
    outlet = frozenset(found.marks.get("attribution", set())
                       | found.marks.get("neutral_speech", set()))  # fmt: skip
    lists, cues = evidence_lists(), load_cues(lexicon, -1.0)
    sents = list(doc.sents)
    n_sents = max(1, len(sents))
    sent_of = {t.i: k for k, s in enumerate(sents) for t in s}
    rows = []
    for t in doc:
        if not is_candidate(t):
            continue
        lower, lemma = t.lower_, t.lemma_.lower()
        in_quote = index.inside(t.idx, t.idx + len(t))
        rows.append({
            "i": t.i, "start": t.idx, "end": t.idx + len(t), "text": t.text, "lemma": lemma,
            "pos": t.pos_, "dep": t.dep_, "tag": t.tag_,
            "raw": float(chars[t.idx : t.idx + len(t)].max()),
            "in_quote": in_quote,
            "speaker": sources.speaker(t.idx, t.idx + len(t)) if in_quote else None,
            "reported": None if in_quote else reported_speaker(
                doc, t.i, t.i + 1, sources, outlet, owners=NAMED_OWNERS),
            "reported_any": None if in_quote else reported_speaker(
                doc, t.i, t.i + 1, sources, outlet, owners=ANY_OWNER),
            "reported_how": _how(sources, t),
            "lists": [name for name, words in lists.items() if lower in words or lemma in words],
            "cue": cues.get(lower, cues.get(lemma)),
            "marks": [k for k in MARK_KINDS if t.i in found.marks.get(k, ())],
            "neutral": t.i in found.neutral_tokens,
            "sent": sent_of.get(t.i, 0) / n_sents, "first_sent": sent_of.get(t.i, 0) == 0,
            "idf": idf(lower),
        })  # fmt: skip
    return rows
