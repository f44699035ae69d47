"""The polarity clash through a negating word other than "not" (issue 12, session 18): a
predicate under "failure/refusal/inability to", "lack/absence of", "without", "no
longer" in one sentence and stated as so in the other is not one fact; and two
quotations that share no run of three quoted words are two statements. Real parses
(spaCy, entity linking, the packaged same-fact model); each rule's test fails on the
code before the rules (03163ca)."""

from __future__ import annotations

from newsprism.compare.story import analyze_story
from tests.compare.conflict_helpers import text_article
from tests.compare.test_vetoes import _clash, _together

# BASIL triplet df5fe55a (2010): the NYT reports Summers's words as "failure to pass";
# Fox prints his quote as "To pass this bill …": one says not passing raises the risk,
# the other (as printed) the opposite; main grouped them as shared (P 0.318).
NYT_FAILURE = (
    "Larry Summers, the outgoing chairman of the National Economic Council, just told a "
    "group of reporters that failure to pass a package like the tax deal announced by "
    "President Obama this week “would significantly increase the risk” of a double-dip "
    "recession."
)
FOX_TO_PASS = (
    "\"To pass this bill in the next couple of weeks would materially increase the risk that "
    "the economy would stall out and we would have a double dip,\" he told reporters at the "
    "White House."
)


def test_failure_to_pass_is_not_to_pass() -> None:
    assert _clash(NYT_FAILURE, FOX_TO_PASS)[0, 1]


def test_the_reported_story_no_longer_groups_them() -> None:
    nyt = "Larry Summers spoke on Wednesday.\n\n" + NYT_FAILURE
    fox = "Larry Summers spoke on Wednesday.\n\n" + FOX_TO_PASS
    facts = analyze_story([text_article("nyt", nyt), text_article("fox", fox)]).facts
    assert not _together(facts, "failure to pass", "To pass this bill")


def test_without_and_no_longer_negate() -> None:
    assert _clash("The Senate passed the bill without a vote.",
                  "The Senate passed the bill after a vote on Tuesday.")[0, 1]
    assert _clash("The senator said he would no longer support the bill.",
                  "The senator said he would support the bill.")[0, 1]
    assert _clash("Democrats blamed the lack of funding for the program.",
                  "Congress approved funding for the program on Tuesday.")[0, 1]


def test_failing_and_a_failure_are_read_alike() -> None:
    # a failure and a failed vote state the same thing: no clash either way
    failed = "The Senate failed to pass the jobs bill on Tuesday."
    assert not _clash(failed, "Senate Democrats failed to pass the president's jobs bill.")[0, 1]
    assert not _clash(failed, "The Senate's failure to pass the jobs bill angered Obama.")[0, 1]
    # "no evidence" does not state evidence: it agrees with "without evidence"
    assert not _clash("Trump claimed without evidence that the election was stolen.",
                      "There is no evidence that the election was stolen.")[0, 1]


def test_failed_to_pass_in_both_stays_shared() -> None:
    """The tempting pair: both say the Senate failed to pass the bill; one fact."""
    one = ("The Senate on Tuesday failed to pass President Obama's jobs bill, as Republicans "
           "united against the $447 billion package.")  # fmt: skip
    two = ("Republicans united on Tuesday to block President Obama's $447 billion jobs bill, "
           "and the Senate failed to pass the package.")  # fmt: skip
    facts = analyze_story([text_article("a", one), text_article("b", two)]).facts
    assert _together(facts, "failed to pass President Obama",
                     "the Senate failed to pass the package")


def _differ(*texts: str) -> bool:
    """``quote_words_differ`` of two sentences, each read in its own parse."""
    import numpy as np

    from newsprism.compare.pairs import pair_features, profile
    from newsprism.extract.claims import extract_claims
    from newsprism.extract.nlp import load_nlp

    units = []
    for k, text in enumerate(texts):
        doc = load_nlp()(text)
        claim = extract_claims(doc, f"a{k}", [])[0]
        units.append(profile(doc.char_span(claim.start, claim.end, alignment_mode="expand"),
                             claim))  # fmt: skip
    features = pair_features(units, np.zeros((len(units), 8), dtype=np.float32))
    return bool(features["quote_words_differ"][0, 1])


def test_two_quotations_in_other_words_are_two_statements() -> None:
    """BASIL b5eefefb (2012): HuffPost's "Show me a policy," Biden said and the NYT's "I
    love that," Mr. Biden said were one shared fact on main."""
    assert _differ("“Show me a policy,” Biden said.", "“I love that,” Mr. Biden said.")
    # one quote printed by two outlets, with a spelling and a closing mark apart: one fact
    assert not _differ(
        "“Today’s ruling provides certainty and clear, coherent tax-filing guidance for all "
        "legally married same-sex couples nationwide,” Treasury Secretary Jacob J. Lew said.",
        "\"Today's ruling provides certainty and clear, coherent tax filing guidance for all "
        "legally married same-sex couples nationwide.")
    # a quotation against the outlet's own words is not read by this veto
    assert not _differ("“Show me a policy,” Biden said.",
                       "Biden asked Ryan to show him a policy.")
