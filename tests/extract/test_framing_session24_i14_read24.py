"""A naming verb as a participle on a noun (session 24, i14-read24): "a statement
formally describing the 1915 massacre … as a genocide" is the statement's word, not
BBC's own voice (NeuS raw row 497, BBC's first sentence, read as a user after session
24). Real sentences, parsed by the shared pipeline; the lexicon term "genocide" (no
detector needed) and, for the detector path, :func:`.described.describer` itself."""

from __future__ import annotations

import pytest

from newsprism.extract.framing import frame_text
from newsprism.extract.framing.described import describer
from newsprism.extract.nlp import load_nlp

BBC = ("Joe Biden has become the first US president to issue a statement formally "
       "describing the 1915 massacre of Armenians as a genocide.")  # fmt: skip
NATIONAL_REVIEW = ("President Biden formally recognized the Armenian genocide on Saturday, "
                   "in a statement coinciding with the Armenian Genocide Remembrance Day "
                   "observed in that country.")  # fmt: skip


def _genocide(text: str) -> dict:
    frame = frame_text(text, detector=False).as_dict()
    return next(t for t in frame["terms"] if t["term"] == "genocide")


def test_the_term_a_statement_describes_is_the_statements() -> None:
    term = _genocide(BBC)
    assert (term["count"], term["quoted"], term["attributed"]) == (0, 0, 1)
    assert [s.get("speaker") for s in term["spans"]] == ["statement"]


def test_the_outlets_own_naming_stays_its_own() -> None:
    """National Review names the event itself ("recognized the Armenian genocide")."""
    term = _genocide(NATIONAL_REVIEW)
    assert (term["count"], term["attributed"]) == (1, 0)
    assert all(not s.get("speaker") for s in term["spans"])


@pytest.mark.parametrize(
    ("text", "owner"),
    [
        (BBC, "statement"),  # the participle's noun: no issuer named as its subject
        # the same sentence with the issuer as the subject of "issued": who issued it
        ("Joe Biden issued a statement formally describing the 1915 massacre of "
         "Armenians as a genocide.", "Joe Biden"),
        # a past participle on a noun is passive: the noun is what is described
        ("The 1915 massacre of Armenians, described as a genocide, took place in the "
         "waning days of the Ottoman Empire.", None),
    ],
)
def test_describer_for_a_participle_on_a_noun(text: str, owner: str | None) -> None:
    doc = load_nlp()(text)
    i = next(t.i for t in doc if t.lower_ == "genocide")
    assert describer(doc, i, lambda _k: None) == owner
