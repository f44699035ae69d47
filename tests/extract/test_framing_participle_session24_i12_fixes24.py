"""A past participle on a noun is no attribution (session 24, i12-fixes24): National
Review's "the Armenian Genocide Remembrance Day observed in that country" (NeuS raw
row 497) counted "observe" among its attribution verbs. Real parses (spaCy)."""

from __future__ import annotations

from newsprism.extract.framing import frame_doc
from newsprism.extract.nlp import load_nlp

NR = ("President Biden formally recognized the Armenian genocide on Saturday, in a "
      "statement coinciding with the Armenian Genocide Remembrance Day observed in that "
      "country.")


def test_a_day_observed_is_not_an_attribution() -> None:
    framing = frame_doc(load_nlp()(NR), detector=False)
    assert "observe" not in framing.attribution_verbs
    assert framing.neutral_attributions == 0


def test_observed_that_still_attributes() -> None:
    text = "The senator observed that the bill had passed the House on Friday."
    framing = frame_doc(load_nlp()(text), detector=False)
    # an attribution: counted with the neutral verbs since session 29 (i14-touch:
    # "observed that …" presents a statement as fact, read as plain reporting)
    assert "observe" not in framing.attribution_verbs
    assert framing.neutral_attributions == 1
