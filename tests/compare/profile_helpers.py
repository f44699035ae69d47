"""Shared helper of the pair-feature tests: sentences profiled as compare reads them."""

from __future__ import annotations

from newsprism.compare.pairs import UnitProfile, profile
from newsprism.extract.claims import extract_claims
from newsprism.extract.nlp import load_nlp


def first_claim_profiles(*texts: str) -> list[UnitProfile]:
    """Each text parsed alone, its first claim's profile (as compare reads a sentence)."""
    nlp = load_nlp()
    units = []
    for k, text in enumerate(texts):
        doc = nlp(text)
        claim = extract_claims(doc, f"a{k}", [])[0]
        units.append(profile(doc.char_span(claim.start, claim.end, alignment_mode="expand"),
                             claim))  # fmt: skip
    return units
