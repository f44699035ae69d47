"""A verb of doing without ("forgo", "skip", "refrain from") leaves undone what it
governs, as "without" does (session 24, i12-fixes24): CBS's "can forgo wearing a mask"
and the New York Post's "can go outside without wearing a mask" (NeuS raw row 489, the
CDC's outdoor-mask guidance) agree, and were shown as opposites because "without" was
read as a negation and "forgo" was not. Real parses (spaCy, the packaged model)."""

from __future__ import annotations

from newsprism.compare.pairs import opposite_pairs
from tests.compare.profile_helpers import first_claim_profiles

CBS = ("The new \"interim public health recommendations\" detail a variety of situations in "
       "which individuals who have been fully vaccinated against COVID-19 can forgo wearing "
       "a mask, but urged the continued use of face coverings in most indoor settings and "
       "in crowded outdoor areas.")  # fmt: skip
POST = ("People who have had all their COVID-19 shots can go outside without wearing a mask "
        "unless they’re in large gatherings, the CDC said in updated guidance Tuesday.")
WEAR = "People who have had all their COVID-19 shots must keep wearing a mask outside."


def test_forgo_and_without_agree() -> None:
    cbs, post = first_claim_profiles(CBS, POST)
    assert "wear" not in (cbs.stated if cbs.stated is not None else cbs.lemmas)
    assert not opposite_pairs([cbs, post])[0, 1]


def test_doing_without_still_clashes_with_doing() -> None:
    for text in ("People who have had all their COVID-19 shots can forgo wearing a mask "
                 "outside.",
                 "People who have had all their COVID-19 shots can skip the mask outside.",
                 "People who have had all their COVID-19 shots can refrain from wearing a "
                 "mask outside."):
        assert opposite_pairs(first_claim_profiles(text, WEAR))[0, 1], text
