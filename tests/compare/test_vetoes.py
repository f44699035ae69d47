"""The same-fact vetoes on real sentences of the BASIL compare gold (issue 12): a quote of
one person is not another person's quote, and a negation inside quotation marks is read
as one outside them. Each runs the real pipeline (spaCy, entity linking, quote speakers,
the packaged embedder and same-fact model)."""

from __future__ import annotations

import numpy as np

from newsprism.compare.pairs import pair_features
from newsprism.compare.story import analyze_story
from tests.compare.conflict_helpers import text_article
from tests.compare.profile_helpers import first_claim_profiles

# BASIL triplet 11c9f251 (2013): Fox quotes Mary Cheney's Facebook post, named; HuffPost
# quotes her father with the same words, "the former vice president said".
FOX_MARY = (
    "Mary Cheney, one of ex-Vice President Dick Cheney’s two daughters, has taken to "
    "Facebook to blast her older sibling, Elizabeth, a Wyoming Senate candidate, for the "
    "latter’s stance on same-sex marriage, The New York Times is reporting.\n\n"
    "Mary Cheney, openly lesbian and married to Heather Poe since 2012, reportedly posted "
    "to her personal page on the social media site: “For the record, I love my sister, but "
    "she is dead wrong on the issue of marriage.\n\n"
    "“Freedom means freedom for everyone. That means that all families — regardless of how "
    "they look or how they are made — all families are entitled to the same rights, "
    "privileges and protections as every other.”"
)
HUFFPOST_DICK = (
    "Mary Cheney, the younger sister of Wyoming U.S Senate candidate Liz Cheney (R) and "
    "daughter of former Vice President Dick Cheney, criticized her sister's opposition to "
    "same-sex marriage in a Friday Facebook post, the New York Times reports.\n\n"
    "Posting on Facebook on Friday evening, Mary Cheney, who is gay and married her "
    "longtime partner last year, wrote: “For the record, I love my sister, but she is dead "
    "wrong on the issue of marriage.”\n\n"
    "\"I think that freedom means freedom for everyone,\" the former vice president said. "
    "\"As many of you know, one of my daughters is gay and it is something we have lived "
    "with for a long time in our family.\""
)


def _groups(facts) -> list[list[str]]:
    return [[c.text for c in f.claims] for f in facts if len(f.article_ids) > 1]


def _together(facts, first: str, second: str) -> bool:
    return any(any(first in t for t in g) and any(second in t for t in g)
               for g in _groups(facts))  # fmt: skip


def test_one_persons_quote_is_not_anothers_in_the_same_words() -> None:
    facts = analyze_story([text_article("fox", FOX_MARY), text_article("hpo", HUFFPOST_DICK)]).facts
    # Mary Cheney's "Freedom means freedom for everyone" (named) and her father's "I think
    # that freedom means freedom for everyone" (the former vice president): two facts
    assert not _together(facts, "“Freedom means freedom", "I think that freedom"), _groups(facts)
    # the same person quoted by both, named in both, is still one fact
    assert _together(facts, "posted to her personal page", "Posting on Facebook"), (
        _groups(facts))  # fmt: skip


# BASIL triplet 005a2961 (2011): Fox and HuffPost both report doubt about the birth
# certificate; HuffPost's negation stands inside Trump's quoted words.
FOX_CERTIFICATE = "He doesn't have a birth certificate or he hasn't shown it."
HUFFPOST_CERTIFICATE = ("\"I'm not convinced that he has one,\" Trump said of the birth "
                        "certificate issue.")  # fmt: skip
# The seed pair: a statement and its cancellation (the clash the feature is for).
AGREED = ("Israeli Prime Minister Benjamin Netanyahu agreed to send a delegation to "
          "Washington to discuss American concerns related to Rafah.")  # fmt: skip
CANCELED = ("After Israeli occupation Prime Minister Benjamin Netanyahu canceled an Israeli "
            "delegation’s trip to the US to discuss Washington’s concerns, US Secretary of "
            "State Antony Blinken stressed US opposition to a major ground operation in Rafah "
            "during talks with the Israeli occupation’s security minister Yoav Gallant earlier "
            "on Monday.")  # fmt: skip


def _clash(*texts: str) -> np.ndarray:
    units = first_claim_profiles(*texts)
    return pair_features(units, np.zeros((len(units), 8), dtype=np.float32))["polarity_clash"]


def test_a_negation_inside_a_quotation_is_read_as_one_outside() -> None:
    # both doubt the certificate: Trump's quoted "not convinced that he has one" does not
    # state that he has one, and "said of the birth certificate issue" states nothing
    assert not _clash(FOX_CERTIFICATE, HUFFPOST_CERTIFICATE)[0, 1]
    # a quoted denial clashes as an unquoted one does
    quoted = "“Netanyahu canceled the delegation’s trip,” a spokesman said."
    assert _clash(AGREED, quoted)[0, 1]


def test_a_cancellation_still_clashes_with_the_statement() -> None:
    assert _clash(AGREED, CANCELED)[0, 1]


def test_a_negated_copula_negates_its_noun() -> None:
    """BASIL 2011 97566c74: HuffPost's "I have decided not to be the moderator" was shown
    as the same fact as Fox's "after he was named as moderator"; the negated "be" governs
    "moderator" as "did not send" governs its object. A noun both sides state as so
    still does not clash."""
    named = ("Though the Dec. 27 debate technically is sponsored by Newsmax, Trump quickly "
             "became the face of it after he was named as moderator.")  # fmt: skip
    declined = ("\"I have decided not to be the moderator of the Newsmax debate,\" Trump "
                "said in a statement.")  # fmt: skip
    assert _clash(named, declined)[0, 1] and _clash(named, declined)[1, 0]
    also_named = "Trump was named the moderator of the Newsmax debate on Monday."
    assert not _clash(named, also_named)[0, 1]


def test_two_weekdays_are_two_facts() -> None:
    """BASIL 2012 cad4bba5: Fox's Sunday meeting of Obama and Boehner was grouped with
    HuffPost's Thursday one ("the second time in a week"). Sentences that each date
    their event by a weekday, with none in common, state two facts (a date conflict of
    one action is the conflict rules' business, over every pair, not the aligner's)."""
    fox = ("The president and the speaker met Sunday afternoon at the White House for the "
           "first time in weeks.")  # fmt: skip
    hpo = ("Thursday night’s meeting marks the second time in a week the president and "
           "House speaker have met in person, and comes after at least two phone calls in "
           "recent days.")  # fmt: skip
    facts = analyze_story([text_article("fox", fox), text_article("hpo", hpo)]).facts
    assert not _together(facts, "met Sunday afternoon", "Thursday night"), _groups(facts)
    same_day = ("President Obama and Speaker Boehner met at the White House on Sunday "
                "afternoon, for the first time in weeks.")  # fmt: skip
    facts = analyze_story([text_article("fox", fox), text_article("nyt", same_day)]).facts
    assert _together(facts, "met Sunday afternoon", "on Sunday"), _groups(facts)


# BASIL triplet 38f7cbb7 (2010): the NYT and HuffPost report one denial in two
# constructions, "Bauer said that was never the case" (the denied statement) and
# "challenged …, insisting that the White House never offered" (a negation under a
# side clause of "challenged"): the denial veto read them as a denial and a statement.
NYT_NAVY = ("While many have speculated that the White House offered to appoint Mr. Sestak "
            "as secretary of the Navy, Mr. Bauer said that was never the case.")  # fmt: skip
HPO_NAVY = ("The source challenged one major aspect of the story line, insisting that the "
            "White House never offered Sestak the job of Secretary of the Navy.")  # fmt: skip


def test_two_negated_sentences_are_no_denial_and_statement() -> None:
    """A denial against a sentence with a negation of its own is no longer vetoed when
    the model alone calls them one fact (docs/eval-compare.md, "soft denial veto")."""
    facts = analyze_story([text_article("nyt", NYT_NAVY), text_article("hpo", HPO_NAVY)]).facts
    assert _together(facts, "that was never the case", "never offered Sestak"), _groups(facts)


def test_a_denial_still_vetoes_a_plain_statement() -> None:
    """A denial against the statement it denies (no negation of its own) is still two
    facts, whatever the model says; with a negation of its own, one."""
    denied = ("Mr. Bauer denied that the White House offered Mr. Sestak the job of "
              "secretary of the Navy.")  # fmt: skip
    offered = "The White House offered Mr. Sestak the job of secretary of the Navy."
    facts = analyze_story([text_article("nyt", denied), text_article("hpo", offered)]).facts
    assert not _together(facts, "Bauer denied", "The White House offered"), _groups(facts)
    never = "The White House never offered Mr. Sestak the job of secretary of the Navy."
    facts = analyze_story([text_article("nyt", denied), text_article("hpo", never)]).facts
    assert _together(facts, "Bauer denied", "never offered"), _groups(facts)


def test_a_prospect_is_still_not_the_event() -> None:
    """The issue's example: a vote that happened and one expected are two facts."""
    voted = "The House voted on the infrastructure bill on Wednesday, 228 to 206."
    expected = ("The Senate is expected to vote on the infrastructure bill on Wednesday, "
                "228 to 206.")  # fmt: skip
    facts = analyze_story([text_article("nyt", voted), text_article("fox", expected)]).facts
    assert not _together(facts, "The House voted", "is expected to vote"), _groups(facts)


def test_a_forecast_is_not_the_figure_that_came() -> None:
    """NeuS, a jobs report (session 18's reading): the rate that came and the rate
    forecasters had anticipated share March's 6% but are two facts; "anticipate",
    "forecast", "predict" and "project" govern a prospect as "expect" does."""
    came = "Still, the unemployment rate ticked up to 6.1% from 6% in March."
    forecast = ("Forecasters had anticipated that the economy would add nearly 1 million "
                "nonfarm payroll jobs and that the unemployment rate would drop from March’s "
                "6% down to 5.8%.")  # fmt: skip
    facts = analyze_story([text_article("ap", came), text_article("cnn", forecast)]).facts
    assert not _together(facts, "ticked up to 6.1%", "Forecasters had anticipated"), (
        _groups(facts))  # fmt: skip
