"""A name after its owner's possessive and a product noun is the owner's product, no
actor (session 25, i12-entities8): Fox News's report of NeuS raw row 376 ("whether
Facebook Inc. used its classified-ads service Marketplace …") gave an ORG row
"Marketplace" among the organisations. Real parses (spaCy)."""

from __future__ import annotations

from newsprism.extract.mentions import find_mentions
from newsprism.extract.nlp import load_nlp

FOX_NEWS = ("In stocks, the E.U. and U.K. have opened an antitrust investigation into whether "
       "Facebook Inc. used its classified-ads service Marketplace to repurpose advertiser "
       "data for its own illegal gain.")
# Without an owner's possessive the noun only describes a group: it stays.
DESCRIBED = "Right-rated website Project Veritas released a video."


def _names(text: str) -> list[str]:
    return [m.text for m in find_mentions(load_nlp()(text), "a")]


def test_an_owned_service_is_no_organisation() -> None:
    doc = load_nlp()(FOX_NEWS)
    assert ("Marketplace", "ORG") in [(e.text, e.label_) for e in doc.ents]  # the tagger's
    names = _names(FOX_NEWS)
    assert "Marketplace" not in names
    assert "Facebook Inc." in names


def test_a_described_group_stays() -> None:
    assert _names(DESCRIBED) == ["Project Veritas"]
