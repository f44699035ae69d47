"""The term rows of the label choice: for each lexicon term a story uses, how often
every article uses it and how often its neutral alternative ("captives" ×3 against
"hostages" ×2), its own voice apart from quotations.

Its own step because it counts words, not phrases: it reads the framing's terms and
each article's tokens, never the entity mentions that :mod:`newsprism.compare.labels`
reads. Moved out of :mod:`newsprism.compare.labels` (session 34), which imports every
name back.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from typing import Any

from spacy.tokens import Doc

from newsprism.extract.framing.lexicon import Lexicon, load_lexicon
from newsprism.extract.framing.quoting import QuoteIndex, quotations
from newsprism.extract.nlp import token_strings
from newsprism.models import Article

_ADVICE = frozenset({"describe", "attribute", "name", "according", "use", "say"})


def term_choices(
    articles: Sequence[Article],
    docs: Mapping[str, Doc],
    framing: Mapping[str, Mapping[str, Any]],
    lexicon: Lexicon | None = None,
) -> list[dict[str, Any]]:
    """For each lexicon term the story uses: every article's uses of it and of its
    neutral alternative ("captives" against "hostages").

    ``own`` is the outlet's own voice (the framing's ``count``); a source's uses
    inside quotations are the source's word and go to ``quoted``, shown apart (Fox
    quoting McCarthy's "There won't be amnesty" is not Fox calling it amnesty).
    ``loaded`` is the two together, as it was before ``own`` existed (a JSON field
    keeps its meaning: docs/json-schema.md). A
    neutral form inside a use of the loaded term is part of it ("called" in
    "so-called") and is not counted as the neutral choice."""
    lexicon = lexicon or load_lexicon()
    entries = {e.term: e for e in lexicon.terms}
    used = sorted({t["term"] for f in framing.values() for t in f.get("terms") or []})
    rows = []
    # each article's token keys, where each key is, and the characters of its lexicon
    # terms: built once per article, not once per term (session 29)
    keys: dict[str, tuple[list[set[str]], dict[str, list[int]], set[int]]] = {}
    index = {a.id: QuoteIndex(quotations(a.text)) for a in articles}
    for name in used:
        entry = entries.get(name)
        if entry is None:
            continue
        alternatives = _neutral_forms(entry.neutral)
        outlets = {}
        for article in articles:
            frame = framing.get(article.id) or {}
            if article.id not in keys:
                token_keys = _token_keys(docs[article.id])
                keys[article.id] = (token_keys, _key_positions(token_keys), _term_chars(frame))
            outlets[article.id] = _term_cell(name, alternatives, docs[article.id],
                                             keys[article.id], frame, index[article.id])
        rows.append({"term": name, "category": entry.category, "neutral": entry.neutral,
                     "outlets": outlets})  # fmt: skip
    return rows


def _term_cell(name: str, alternatives: Sequence[tuple[str, ...]], doc: Doc,
               keys: tuple[list[set[str]], dict[str, list[int]], set[int]],
               frame: Mapping[str, Any], index: QuoteIndex) -> dict[str, Any]:  # fmt: skip
    """One article's cell of a term row. ``loaded`` keeps its 1.5 meaning (all uses);
    ``own``, ``quoted`` and ``attributed`` (outside quotations, given to a named caller:
    "a statement describing … as a genocide") split it. ``speaks``: the article uses
    the term or a neutral form of it; one with neither does not speak of the referent
    (an "×0" there read as a choice, session-20 reader). ``neutral_quoted``: the
    neutral forms written inside a quotation (Miller's "the defeat of Hamas" is
    Miller's word, not Al Jazeera's). ``keys``: the article's :func:`_token_keys`,
    their :func:`_key_positions` and the frame's :func:`_term_chars`."""
    uses = [t for t in frame.get("terms") or [] if t["term"] == name]
    in_quote: Counter[str] = Counter()
    token_keys, at, chars = keys
    neutral = _count_forms(doc, alternatives, token_keys, chars, index, in_quote, at)
    own = sum(t["count"] for t in uses)
    quoted = sum(t.get("quoted", 0) for t in uses)
    attributed = sum(t.get("attributed", 0) for t in uses)  # a named caller's (session 24)
    n = sum(neutral.values())
    loaded = own + quoted + attributed
    return {"loaded": loaded, "own": own, "quoted": quoted, "attributed": attributed,
            "neutral": n, "neutral_forms": dict(neutral), "neutral_quoted": dict(in_quote),
            "speaks": bool(loaded + n)}  # fmt: skip


def _neutral_forms(neutral: str) -> list[tuple[str, ...]]:
    """The neutral alternatives of a lexicon entry as word sequences: "hostages", and
    the names in brackets ("name the group (Hamas, Islamic Jihad)"); advice such as
    "describe the act" or "(if self-described)" is skipped."""
    inside = [n for group in re.findall(r"\(([^)]*)\)", neutral) for n in group.split(",")]
    outside = re.split(r"[;/]", re.sub(r"\([^)]*\)", "", neutral))
    forms = []
    for part in inside + outside:
        words = part.strip().lower().split()
        if words and not (words[0] in _ADVICE or "if" in words):
            forms.append(tuple(words))
    return forms


def _term_chars(frame: Mapping[str, Any]) -> set[int]:
    """The characters of every lexicon term the article uses."""
    return {k for t in frame.get("terms") or [] for s in t.get("spans") or []
            for k in range(s["start"], s["end"])}  # fmt: skip


def _token_keys(doc: Doc) -> list[set[str]]:
    """Each token's lower-case word and lemma, the keys :func:`_count_forms` matches on
    (read from the Doc's arrays, no Token made: session 37)."""
    lemmas, lowers = token_strings(doc, "LEMMA"), token_strings(doc, "LOWER")
    return [{lemma.lower(), lower} for lemma, lower in zip(lemmas, lowers, strict=True)]


def _key_positions(keys: Sequence[set[str]]) -> dict[str, list[int]]:
    """Where each key of :func:`_token_keys` is, in token order: only where a form's
    first word matches can it start."""
    at: dict[str, list[int]] = defaultdict(list)
    for i, token_keys in enumerate(keys):
        for key in token_keys:
            at[key].append(i)
    return at


def _count_forms(doc: Doc, forms: Sequence[tuple[str, ...]],
                 keys: list[set[str]] | None = None,
                 inside: set[int] | None = None,
                 index: QuoteIndex | None = None,
                 in_quote: Counter[str] | None = None,
                 at: Mapping[str, list[int]] | None = None) -> Counter[str]:  # fmt: skip
    """Uses of each neutral form in ``doc``, matched on words or lemmas ("hostages"
    finds "hostage" and "hostages"); ``keys`` are ``_token_keys(doc)`` when the caller
    already has them. A form that starts on a character of ``inside`` (a loaded term's
    span) is not counted; one inside a quotation of ``index`` is also added to
    ``in_quote``. ``at``: :func:`_key_positions` of ``keys``, when the caller has it."""
    found: Counter[str] = Counter()
    keys = _token_keys(doc) if keys is None else keys
    # the positions of every key are gathered once, instead of testing each form at
    # every token
    at = _key_positions(keys) if at is None else at
    for form in forms:
        last = len(doc) - len(form)
        for i in sorted(set(at.get(form[0], ())) | set(at.get(form[0][:-1], ()))):
            if inside and doc[i].idx in inside:
                continue
            if i <= last and all(w in keys[i + k] or w[:-1] in keys[i + k]
                                 for k, w in enumerate(form)):  # fmt: skip
                words = doc[i : i + len(form)]
                found[words.text] += 1
                if index is not None and in_quote is not None and \
                        index.inside(words.start_char, words.end_char):  # fmt: skip
                    in_quote[words.text] += 1  # counted in ``found`` too: a subset
    return found
