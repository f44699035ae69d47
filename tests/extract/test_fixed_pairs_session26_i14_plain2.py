"""A field's plain term (session 26, i14-plain2): a detector flag that is half of a fixed
pair of general English (``data/fixed_pairs.tsv.gz``) is no loaded word, unless a strong
bias lexicon lists it. Sentences written for the test, parsed by the shared pipeline;
the framing step runs the default detector."""

from __future__ import annotations

import pytest

import newsprism.extract.framing as framing
from newsprism.extract.framing import frame_text
from newsprism.extract.framing.fixed_pairs import fixed_pairs, in_fixed_pair, plain_fixed_term
from newsprism.extract.nlp import load_nlp

DAMAGES = ("The workers asked the court for punitive damages and an injunction that would "
           "force the company to change how it promotes women.")  # fmt: skip


def _word(doc, text: str) -> int:
    return next(t.i for t in doc if t.text == text)


def test_the_table_is_read_without_its_header() -> None:
    pairs = fixed_pairs()
    assert ("punitive", "damages") in pairs and ("racial", "profiling") in pairs
    assert ("iron", "out") in pairs  # a verb and its particle
    assert not any(a.startswith("#") for a, _ in pairs)
    assert len(pairs) == 40963


@pytest.mark.parametrize(
    ("text", "word", "plain"),
    [
        (DAMAGES, "punitive", True),  # modifier and the noun after it
        ("He said he does not engage in racial profiling.", "profiling", True),  # the noun
        ("The schedule was ironed out at the last minute.", "ironed", True),  # verb, particle
        ("The speech was a far cry from his earlier remarks.", "far", False),  # strong list
        ("They released a shoddy report on the storm.", "shoddy", False),  # no fixed pair
        ("The damages were punitive, the judge said.", "punitive", False),  # not beside it
    ],
)
def test_a_fixed_pair_makes_a_plain_term(text: str, word: str, plain: bool) -> None:
    doc = load_nlp()(text)
    i = _word(doc, word)
    assert plain_fixed_term(doc, i, i + 1) is plain


def test_a_phrase_is_plain_only_when_every_word_is() -> None:
    doc = load_nlp()("They released a shoddy report on punitive damages.")
    a, b = _word(doc, "shoddy"), _word(doc, "damages")
    assert in_fixed_pair(doc[_word(doc, "punitive")])
    assert not plain_fixed_term(doc, a, b + 1)


def test_the_detector_flag_on_a_fixed_pair_is_dropped(monkeypatch: pytest.MonkeyPatch) -> None:
    """The default detector flags "punitive" in DAMAGES; the rule drops that flag and no
    other."""
    def loaded(text: str) -> list[str]:
        return [w.span.text for w in frame_text(text).loaded]

    kept = loaded(DAMAGES)
    monkeypatch.setattr(framing, "plain_fixed_term", lambda *_args: False)
    without_rule = loaded(DAMAGES)
    assert "punitive" in without_rule
    assert [w for w in without_rule if w != "punitive"] == kept
