"""A named day the tagger calls an organisation is an event (session 24, i12-fixes24):
National Review's "Armenian Genocide Remembrance Day" (NeuS raw row 497) was typed ORG.
Real parses (spaCy)."""

from __future__ import annotations

from newsprism.extract.mentions import find_mentions
from newsprism.extract.nlp import load_nlp

NR = ("President Biden formally recognized the Armenian genocide on Saturday, in a "
      "statement coinciding with the Armenian Genocide Remembrance Day observed in that "
      "country.")


def test_remembrance_day_is_an_event() -> None:
    labels = {m.text: m.label for m in find_mentions(load_nlp()(NR), "a")}
    assert labels["Armenian Genocide Remembrance Day"] == "EVENT"
    assert labels["Biden"] == "PERSON"
