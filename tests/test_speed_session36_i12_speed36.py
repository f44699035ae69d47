"""Session 36: compare's per-token readers made cheaper without changing an answer
(docs/benchmarks.md, "Session 36: …").

- ``extract.nlp.span_text``: a span's text cut from the Doc's memoised text, for the
  readers that ask a token's sentence text per token (``in_quotes``, the frames);
- ``org_titled._entity``: the memoised entities, and no scan for a token outside every
  entity of the label;
- ``framing.matching.neutral_at``: a phrase sliced only when its first word is the
  token's;
- ``quotes.people.title_gender``: the honorific and gendered-title patterns compiled once.

Each is checked against the reading it replaces on real parses (the seeds and texts
with quotation marks, dashes, odd spacing and titled names), so a drift fails here.
"""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

import pytest

import newsprism.extract.quotes.org_titled as org_titled
from newsprism.compare.frame_subjects import fitted_in_quotes, in_quotes
from newsprism.extract.framing.lexicon import load_lexicon
from newsprism.extract.framing.matching import introduces_speech, neutral_at
from newsprism.extract.nlp import load_nlp, span_text
from newsprism.extract.quotes.marks import counted_inside, quoted_spans
from newsprism.extract.quotes.people import GENDERED, HONORIFIC, title_gender

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
TRICKY = [
    'The Department of Health and Human Services Secretary Xavier Becerra said the rule '
    'would stand. "We will not back down," he said on Tuesday.  According to Reuters, '
    "the vote -- 97-1 -- came late.\n\nSen. Mitch McConnell told reporters: 'It is over.'",
    "State Department spokesman Ned Price said Monday that talks had ended;  the White "
    "House added that the U.S. would respond.\tOfficials stated nothing more .",
    '“I don’t know,” said Gov. Andrew Cuomo, according to a statement from his office, '
    "which wrote that the governor—who spoke Friday—had left.",
]


@pytest.fixture(scope="module")
def docs() -> list:
    texts = [p.read_text("utf-8") for p in sorted(EXAMPLES.glob("*.txt"))] + TRICKY
    return list(load_nlp().pipe(texts))


def test_span_text_is_spacys_text(docs: list) -> None:
    spans = 0
    for doc in docs:
        for span in [*doc.sents, *doc.ents, *doc.noun_chunks, doc[:], doc[3:17]]:
            assert span_text(span) == span.text
            spans += 1
        for token in doc:
            assert span_text(token.sent) == token.sent.text
    assert spans > 100


def test_quote_tests_read_the_sentence_as_before(docs: list) -> None:
    inside = 0
    for doc in docs:
        for token in doc:
            sent = token.sent
            offset = token.idx - sent.start_char
            assert in_quotes(token) == any(a <= offset < b for a, b in quoted_spans(sent.text))
            assert fitted_in_quotes(token) == counted_inside(sent.text, offset)
            inside += in_quotes(token)
    assert inside > 10


def _scan(token, label: str):
    return next((e for e in token.doc.ents if e.label_ == label and e.start <= token.i < e.end),
                None)  # fmt: skip


def test_org_entity_is_the_scan(docs: list) -> None:
    found = 0
    for doc in docs:
        for token in doc:
            for label in ("ORG", "PERSON", "GPE", "DATE"):
                assert org_titled._entity(token, label) == _scan(token, label)
                found += _scan(token, label) is not None
    assert found > 50


def test_org_entity_scans_nothing_outside_the_label(docs: list, monkeypatch) -> None:
    calls = []
    real = org_titled.doc_ents
    monkeypatch.setattr(org_titled, "doc_ents", lambda doc: calls.append(1) or real(doc))
    doc = docs[-3]
    said = next(t for t in doc if t.lemma_ == "say")
    assert org_titled._entity(said, "ORG") is None
    assert calls == []
    department = next(t for t in doc if t.text == "Department")
    assert org_titled._entity(department, "ORG") is not None
    assert calls == [1]


def test_org_title_person_still_found(docs: list) -> None:
    doc = docs[-3]
    said = next(t for t in doc if t.lemma_ == "say")
    subject = next(c for c in said.children if c.dep_ == "nsubj")
    head = org_titled.person_after_org_title(subject, said, {"secretary"})
    assert head is not None and head.text == "Becerra"


def _neutral_full(doc, i: int, lexicon) -> int:
    """neutral_at as it read before session 36: every phrase sliced at every token."""
    token = doc[i]
    for words in lexicon.neutral_verbs:
        if len(words) > 1:
            if [t.lower_ for t in doc[i : i + len(words)]] == list(words):
                return len(words)
            continue
        if (token.pos_ == "VERB" and token.lemma_.lower() == words[0]
                and (words[0] == "say" or introduces_speech(doc, i, i + 1))):  # fmt: skip
            return 1
    return 0


@pytest.mark.parametrize("phrases", [None, (("say",), ("according", "to"), ("as", "told", "by"),
                                             ("write",), ("the",))])
def test_neutral_at_is_the_full_comparison(docs: list, phrases: tuple | None) -> None:
    lexicon = load_lexicon()
    lexicon = lexicon if phrases is None else replace(lexicon, neutral_verbs=phrases)
    hits = 0
    for doc in docs:
        for token in doc:
            got = neutral_at(doc, token.i, lexicon)
            assert got == _neutral_full(doc, token.i, lexicon)
            hits += got > 0
    assert hits > 10


def _gender_per_call(title: str) -> str | None:
    """The title's gender as ``People._mention`` read it before session 36."""
    gender = None
    for word, g in {**HONORIFIC, **GENDERED}.items():
        if re.search(rf"(?<![\w.]){re.escape(word)}(?!\w)", title):
            gender = g
    return gender


def test_title_gender_is_the_per_call_search() -> None:
    titles = ["", "Mrs.", "mrs", "spokeswoman", "the mother of Mr. Venn", "Ms. Councilman",
              "mr.x", "sir.", "Kingston", "former congressman", "queen mother", "a.ms"]
    titles += [w for w in {**HONORIFIC, **GENDERED}] + [f"x {w}." for w in GENDERED]
    assert all(title_gender(t) == _gender_per_call(t) for t in titles)
    assert title_gender("spokeswoman") == "f" and title_gender("") is None
