"""Quantities of claims: when two stated figures of one measure conflict."""

from __future__ import annotations

import pytest

from newsprism.extract.claims import parse_quantities, quantities_agree


def _q(text: str):
    (quantity,) = parse_quantities(text)
    return quantity


@pytest.mark.parametrize(
    ("a", "b", "agree"),
    [
        ("1.4 million", "1,400,000", True),
        ("1.43 million", "1.4 million", True),
        ("1,430,000", "1.4 million", True),
        ("48", "47", False),
        ("50,000", "55,000", False),
        ("50,000", "54,000", True),
        ("600,000", "1.4 million", False),
        ("about 50,000", "55,000", True),
        ("more than 1.4 million", "about 1.4 million", True),
        ("more than 1.4 million", "1.2 million", False),
        ("up to 100", "120", False),
        ("dozens", "40", True),
        ("97", "97", True),
        ("nearly two-dozen", "23", True),
        ("nearly two-dozen", "19", False),
        ("two dozen", "24", True),
    ],
)
def test_figures_agree_at_their_stated_precision(a: str, b: str, agree: bool) -> None:
    assert quantities_agree(_q(a), _q(b)) is agree
    assert quantities_agree(_q(b), _q(a)) is agree


def test_over_after_a_phrasal_verb_is_a_particle_not_more_than() -> None:
    """"turned over 50,000 pages" is exactly 50,000 (and conflicts with 55,000)."""
    [turned] = parse_quantities("The government has turned over 50,000 pages to the defense")
    assert (turned.text, turned.qualifier) == ("50,000", "exact")
    [held] = parse_quantities("Hamas holds over 130 captives")
    assert (held.text, held.qualifier) == ("over 130", "min")


def test_two_dozen_is_one_figure_of_24() -> None:
    """BASIL 2013 (Fox): "signed nearly two-dozen executive actions" was read as the
    figure 2 and a separate 12, so no count of the actions could be compared."""
    [dozen] = parse_quantities("The president signed nearly two-dozen executive actions")
    assert (dozen.text, dozen.value, dozen.qualifier) == ("nearly two-dozen", 24.0, "approx")
    [one] = parse_quantities("a dozen eggs")
    assert one.value == 12.0


def test_a_party_label_full_stop_does_not_cut_the_sentence() -> None:
    """BASIL 2013 (HuffPost): the parser ends a sentence after "(R-Wyo.)", and "in next
    year's Republican primary." was shown as a fact of its own."""
    from newsprism.extract.claims import extract_claims
    from newsprism.extract.nlp import load_nlp

    text = ("The elder Cheney daughter is challenging Sen. Mike Enzi (R-Wyo.) in next year's "
            "Republican primary. Previously, she had spoken out against the policy.\n\n"
            "and a paragraph that opens in lower case stays a claim of its own.")  # fmt: skip
    claims = extract_claims(load_nlp()(text), "a", [])
    assert [c.text for c in claims] == [
        "The elder Cheney daughter is challenging Sen. Mike Enzi (R-Wyo.) in next year's "
        "Republican primary.",
        "Previously, she had spoken out against the policy.",
        "and a paragraph that opens in lower case stays a claim of its own.",
    ]
    assert all(text[c.start:c.end] == c.text for c in claims)


@pytest.mark.parametrize(
    ("text", "cut"),
    [
        ("Trump arrived.\n\nThe border visit offers Trump the opportunity to...", True),
        ("The new, partisan House panel would have eight…", True),
        ("Whitehouse did transfer his ...", True),
        ("The county said, in the wake of former […]", True),
        ("“This lawsuit is the first step of many; that all lawful votes...", True),
        ("He said it would pass. We will see...\u201d", False),  # a quotation trailing off
        ("The vote was close. Then...", True),
        ("The vote was close....", False),  # after a full stop: the writer's, not a cut
        ("Wait... the vote was close.", False),  # an ellipsis inside the text
        ("The vote was close.", False),
        ("Federal prosecutors said that Mr....", True),  # a title: a name was to follow
        ("A statement from Sen. …", True),
        ("She flew back to the U.S....", False),  # an abbreviation that ends sentences
    ],
)
def test_a_text_stopped_mid_sentence_by_an_ellipsis_is_cut(text: str, cut: bool) -> None:
    from newsprism.extract.claims import cut_off_end

    assert (cut_off_end(text) is not None) is cut


def test_the_sentence_a_source_cut_off_is_no_claim() -> None:
    """NeuS-AllSides 2021 (a crawled lead of each report): every report's last paragraph
    stops mid-sentence with "...", and "The border visit in particular offers Trump the
    opportunity to..." was shown as a fact, "possibly shared" with another outlet."""
    from newsprism.extract.claims import extract_claims
    from newsprism.extract.nlp import load_nlp

    whole = ("Former President Donald Trump will visit the U.S.-Mexico border on Wednesday.\n\n"
             "The trip is part of his efforts to ramp up his political activity.")  # fmt: skip
    cut = whole + "\n\nThe border visit in particular offers Trump the opportunity to..."
    texts = [c.text for c in extract_claims(load_nlp()(cut), "a", [])]
    assert texts == [c.text for c in extract_claims(load_nlp()(whole), "a", [])]
    assert len(texts) == 2 and not any(t.endswith("...") for t in texts)
    spaced = extract_claims(load_nlp()(whole + " It marks the latest stop ..."), "a", [])
    assert [c.text for c in spaced] == texts
    trailing = whole + ' He said: "We will see..."'
    assert len(extract_claims(load_nlp()(trailing), "a", [])) == 3  # not cut: kept
