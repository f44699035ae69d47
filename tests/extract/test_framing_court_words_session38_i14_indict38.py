"""Court words in their legal sense (session 38, issue 14): "indict" before a grand jury,
"denies any wrongdoing" in a story of the attorney general's inquiry, "second-degree
unintentional murder" are no loaded words; the figure "the report indicts the policy"
and a court word with no court near stay flagged. Sentences written for the test around
the NeuS blurbs read (docs/eval-framing.md); the framing step runs the default detector."""

from __future__ import annotations

import pytest

import newsprism.extract.framing.court_words as court_words
from newsprism.extract.framing import frame_text
from newsprism.extract.framing.court_words import legal_sense
from newsprism.extract.nlp import load_nlp

JURY = ("A grand jury in Ferguson decided Monday whether to indict the officer who shot "
        "Michael Brown.")  # fmt: skip
FIGURE = "The report indicts the administration's policy on immigration."
COURT_FIGURE = "The judge's ruling indicts the state's bail policy."


def _flags(text: str) -> list[str]:
    return [w.span.text.lower() for w in frame_text(text).loaded]


def _word(doc, text: str) -> int:
    return next(t.i for t in doc if t.text == text)


@pytest.mark.parametrize(
    ("text", "word", "legal"),
    [
        (JURY, "indict", True),
        (FIGURE, "indicts", False),  # no court near
        (COURT_FIGURE, "indicts", False),  # a court near, but the figure: thing indicts thing
        ("Prosecutors said the 15-count indictment charges a scheme to defraud investors.",
         "defraud", True),
        ("A federal judge in Texas on Friday invalidated an Obama-era program.",
         "invalidated", True),
        ("The new data invalidated the theory, the court's expert said.",
         "invalidated", False),  # no court for subject
        ("Chauvin received a prison sentence for second-degree unintentional murder.",
         "unintentional", True),
        ("The unintentional harm of the policy was plain to the judge.",
         "unintentional", False),  # no charge named
    ],
)
def test_legal_sense_reads_the_sentence(text: str, word: str, legal: bool) -> None:
    doc = load_nlp()(text)
    assert legal_sense(doc[_word(doc, word)]) is legal


def test_the_article_frame_counts_legal_words_outside_the_sentence() -> None:
    story = ("The attorney general's inquiry found the governor harassed 11 women. "
             "Prosecutors are weighing a criminal case, his lawyer said. "
             "The governor denies any wrongdoing and has resisted calls to resign.")
    doc = load_nlp()(story)
    assert legal_sense(doc[_word(doc, "wrongdoing")])
    alone = load_nlp()("The governor denies any wrongdoing and has resisted calls to resign.")
    assert not legal_sense(alone[_word(alone, "wrongdoing")])


def test_indict_before_a_grand_jury_is_not_flagged_and_the_figure_is(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    assert "indict" not in _flags(JURY)
    assert "indicts" in _flags(FIGURE)
    monkeypatch.setattr(court_words, "COURT_WORDS_RULE", False)
    assert "indict" in _flags(JURY)  # the detector flags it: the rule is what drops it
