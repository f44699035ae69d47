"""compare's readers of quotation marks all go through the project's one finder
(``extract/quotes/marks.py``, session 19): the quotation veto's quoted words, a reported
quote's quoted parts (variants) and "is this sentence inside a quotation opened earlier
in its paragraph?" (the summary). Real spaCy parses where tokens are read."""

from __future__ import annotations

import pytest

from newsprism.compare.quoted_words import quoted_words
from newsprism.compare.readable import opens_in_quotation
from newsprism.compare.variants import quoted_words as reported_words
from newsprism.extract.nlp import load_nlp
from newsprism.models import Quote


@pytest.fixture(scope="module")
def nlp():
    return load_nlp()


@pytest.mark.parametrize("text", [
    'I believe marriage is between a man and a woman and always was," he told reporters.',
    "I believe marriage is between a man and a woman and always was,” he told reporters.",
])  # fmt: skip
def test_a_continued_quotation_is_quoted_words_for_the_veto(nlp, text: str) -> None:
    quoted = quoted_words(text, list(nlp(text)))
    assert quoted is not None and quoted[:3] == ["i", "believe", "marriage"]
    assert "told" not in quoted and "reporters" not in quoted


def test_an_apostrophe_makes_no_quotation_for_the_veto(nlp) -> None:
    text = "Obama's aides said the States' plan would fail, and Biden's agreed."
    assert quoted_words(text, list(nlp(text))) is None


def test_a_paragraph_quotation_covers_the_sentences_inside_it() -> None:
    text = ('Intro.\nThe ad says: "Higher premiums. Fewer doctors. That is the plan." '
            "Then it ends.\nNext Obama's \"para\".")  # fmt: skip
    assert opens_in_quotation(text, text.index("Fewer"))
    assert opens_in_quotation(text, text.index("That"))
    assert not opens_in_quotation(text, text.index("Then"))
    assert not opens_in_quotation(text, text.index("Next"))


def test_a_reported_quote_gives_its_quoted_parts() -> None:
    quote = Quote(id="q1", article_id="a", speaker="Blinken", text=(
        "Blinken \u201creiterated the United States\u2019 opposition\u201d to an "
        "operation and called it \"a mistake,\" aides said"), start=0, end=0,
        kind="reported")  # fmt: skip
    assert reported_words(quote) == "reiterated the United States\u2019 opposition a mistake"
