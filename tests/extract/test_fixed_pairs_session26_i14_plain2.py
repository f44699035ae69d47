"""A field's plain term (session 26, i14-plain2): a detector flag on a noun or verb that
is half of a fixed pair of general English (``data/fixed_pairs.tsv.gz``) is no loaded
word, unless a strong bias lexicon lists it. Sentences written for the test, parsed by
the shared pipeline; the framing step runs the default detector."""

from __future__ import annotations

import pytest

import newsprism.extract.framing as framing
from newsprism.extract.framing import frame_text
from newsprism.extract.framing.fixed_pairs import fixed_pairs, in_fixed_pair, plain_fixed_term
from newsprism.extract.nlp import load_nlp

DAMAGES = ("The workers asked the court for punitive damages and an injunction that would "
           "force the company to change how it promotes women.")  # fmt: skip
CRACK = ("The central bank vowed to crack down on the trading of digital currencies, "
         "calling every such activity illegal.")  # fmt: skip


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
        ("He said he does not engage in racial profiling.", "profiling", True),  # the noun
        ("He was charged with grand larceny.", "larceny", True),
        ("He was killed by a suicide bomber.", "suicide", True),  # a noun modifier
        (CRACK, "crack", True),  # a verb and its particle
        ("The schedule was ironed out at the last minute.", "ironed", True),
        (DAMAGES, "punitive", False),  # an adjective: as often an idiom's loaded half
        ("The media keep a double standard.", "double", False),
        ("The speech was a far cry from his earlier remarks.", "cry", False),  # strong list
        ("They released a report on the flood.", "report", False),  # no fixed pair
    ],
)
def test_a_fixed_pair_makes_a_plain_term(text: str, word: str, plain: bool) -> None:
    doc = load_nlp()(text)
    i = _word(doc, word)
    assert plain_fixed_term(doc, i, i + 1) is plain


def test_a_phrase_is_plain_only_when_every_word_is() -> None:
    doc = load_nlp()("They fear a crackdown on election fraud.")
    a, b = _word(doc, "crackdown"), _word(doc, "fraud")
    assert in_fixed_pair(doc[b]) and not in_fixed_pair(doc[a])
    assert plain_fixed_term(doc, b, b + 1)
    assert not plain_fixed_term(doc, a, b + 1)


def test_the_detector_flag_on_a_fixed_pair_is_dropped(monkeypatch: pytest.MonkeyPatch) -> None:
    """The default detector flags "crack" in CRACK; the rule drops that flag and no
    other."""
    def loaded(text: str) -> list[str]:
        return [w.span.text for w in frame_text(text).loaded]

    kept = loaded(CRACK)
    monkeypatch.setattr(framing, "plain_fixed_term", lambda *_args: False)
    without_rule = loaded(CRACK)
    assert "crack" in without_rule
    assert [w for w in without_rule if w != "crack"] == kept
