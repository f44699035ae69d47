"""A speech verb in a relative clause says nothing of the clause it hangs on
(extract/quotes/relative_host.py; NeuS raw row 205, the New York Post's "… came during a
news conference at which state Attorney General Letitia James said …",
docs/eval-compare.md session 33, i12-read40)."""

from __future__ import annotations

from spacy.tokens import Doc

from newsprism.compare.labels import mention_phrase
from newsprism.extract.nlp import load_nlp
from newsprism.extract.quotes.relative_host import (
    after_relative_word,
    host_ids,
    past_relative_word,
)

from .quote_helpers import quotes_of

POST = ("The blockbuster announcements came during a news conference at which state "
        "Attorney General Letitia James said an independent probe she commissioned had "
        "found that Cuomo engaged in misconduct.")


def test_the_host_clause_is_not_the_content_nor_the_label() -> None:
    found = quotes_of(POST)
    assert [q.speaker for q in found] == ["Letitia James"]
    assert found[0].text.startswith("an independent probe")
    assert not found[0].speaker_surface.startswith("at which")
    doc = load_nlp()(POST)
    name = next(e for e in doc.ents if e.text == "Letitia James")
    start, _ = mention_phrase(doc, name.start_char, name.end_char)
    assert POST[start:].startswith("state Attorney General")


def _misparsed() -> Doc:
    """The small parser's reading of such a sentence, in other words: the speech verb as
    the root, the host clause as its complement, "at which" hung on the title."""
    words = ["The", "storm", "hit", "during", "a", "briefing", "at", "which", "Mayor",
             "Ann", "Lee", "said", "the", "audit", "found", "waste", "."]
    heads = [1, 2, 11, 2, 5, 3, 8, 6, 10, 10, 11, 11, 13, 14, 11, 14, 11]
    deps = ["det", "nsubj", "ccomp", "prep", "det", "pobj", "prep", "pobj", "compound",
            "compound", "nsubj", "ROOT", "det", "nsubj", "ccomp", "dobj", "punct"]
    tags = ["DT", "NN", "VBD", "IN", "DT", "NN", "IN", "WDT", "NNP", "NNP", "NNP", "VBD",
            "DT", "NN", "VBD", "NN", "."]
    return Doc(load_nlp().vocab, words=words, heads=heads, deps=deps, tags=tags)


def test_the_words_before_the_relative_word_are_the_hosts() -> None:
    doc = _misparsed()
    verb = doc[11]
    content = [t for c in verb.children if c.dep_ == "ccomp" for t in c.subtree]
    assert host_ids(verb, content) == set(range(0, 6))
    subject = list(doc[10].subtree)
    assert [t.text for t in after_relative_word(subject, doc[10])] == ["Mayor", "Ann", "Lee"]
    assert past_relative_word(doc[10], 6) == 8


def test_a_relative_word_in_the_content_is_the_contents() -> None:
    found = quotes_of("The minister said the room where they met was full.")
    assert len(found) == 1 and found[0].text == "the room where they met was full"
    doc = load_nlp()("The minister said the room where they met was full.")
    verb = next(t for t in doc if t.text == "said")
    assert host_ids(verb, list(doc)) == set()


def test_a_relative_clause_the_parse_read_right_is_left() -> None:
    text = ("The new charges came during a news conference at which Attorney General "
            "Ann Lee said the department had found that the company lied.")
    found = quotes_of(text)
    assert [q.speaker for q in found] == ["Ann Lee"]
    assert found[0].text == "the department had found that the company lied"
