"""What a person became or is, stated by a copula or "become", is a claim, not the
outlet's label for the person (session 24, i12-fixes24): BBC's "Joe Biden has become
the first US president …" (NeuS raw row 497) gave BBC's label cell "the first US
president". Real parses (spaCy)."""

from __future__ import annotations

from newsprism.compare.labels import mention_phrase
from newsprism.compare.predicate_labels import is_predicate_nominal
from newsprism.extract.nlp import load_nlp

BBC = ("Joe Biden has become the first US president to issue a statement formally "
       "describing the 1915 massacre of Armenians as a genocide.")


def _at(text: str, words: str) -> tuple[int, int]:
    start = text.index(words)
    return start, start + len(words)


def test_the_complement_of_become_is_no_label() -> None:
    doc = load_nlp()(BBC)
    assert is_predicate_nominal(doc, *_at(BBC, "US president"))
    assert not is_predicate_nominal(doc, *_at(BBC, "Joe Biden"))


def test_an_apposition_still_describes() -> None:
    text = "Joe Biden, the US president, said on Saturday that the killings were a genocide."
    doc = load_nlp()(text)
    assert not is_predicate_nominal(doc, *_at(text, "US president"))
    found = mention_phrase(doc, *_at(text, "Joe Biden"))
    assert found is not None and text[found[0]:found[1]] == "Joe Biden, the US president"
