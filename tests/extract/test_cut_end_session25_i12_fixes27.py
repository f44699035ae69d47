"""Session 25 (i12-fixes27): a text the crawl stopped after a figure's sign, a closing
bracket or a closing quotation mark is cut (NeuS raw r149 Axios: "… 57% fully
vaccinated, 64%..." was read as a whole article)."""

from __future__ import annotations

import pytest

from newsprism.extract.claims import cut_off_end, extract_claims
from newsprism.extract.nlp import load_nlp


@pytest.mark.parametrize(
    ("text", "cut"),
    [
        ("Air Force, which includes Space Force: 57% fully vaccinated, 64%...", True),
        ("Currently, Biden has a 49.2%...", True),
        ("Temperatures reached 30°…", True),
        ("and Senate Minority Leader Mitch McConnell (Ky.)...", True),  # a label in brackets
        ("The bill (which passed the House)...", True),
        ("“I don’t have an exact number of casualties,”...", True),  # the "he said" is to follow
        ("the draft report fail to show that the election was “stolen”...", True),
        # a finished sentence before the ellipsis stays whole
        ("(“Do we have the urgency?” he asked on CNN.)...", False),
        ("“some of which are unprecedented.”...", False),
        ("Vaccination rose to 64%.", False),
        ("Vaccination rose to 64%....", False),
        ("He said it would pass. We will see...\u201d", False),
    ],
)
def test_an_ellipsis_after_a_sign_bracket_or_quote_mark_is_a_cut(text: str, cut: bool) -> None:
    assert (cut_off_end(text) is not None) is cut


def test_the_sentence_cut_after_a_percentage_is_no_claim() -> None:
    """Through the parser: the Axios paragraph cut after "64%" is no claim, the whole
    sentences before it stay."""
    whole = ("The Pentagon ordered service members to get vaccinated on Wednesday.\n\n"
             "On the active duty force, 68% is fully vaccinated, Kirby said.")  # fmt: skip
    cut = whole + "\n\nAir Force, which includes Space Force: 57% fully vaccinated, 64%..."
    nlp = load_nlp()
    texts = [c.text for c in extract_claims(nlp(cut), "a", [])]
    assert texts == [c.text for c in extract_claims(nlp(whole), "a", [])]
    assert len(texts) == 2 and not any("64%" in t for t in texts)
