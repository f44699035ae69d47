"""The polarity veto reads the statement's own negation (issue 12): a negation inside a
side clause (prepositional, gerund, adverbial, relative) negates that clause only, and
does not veto a pair that states the same main fact; a negation of the main predicate,
or of the clause "X said" governs, still vetoes, inside quotation marks or not. Real
spaCy parses, the packaged pipeline."""

from __future__ import annotations

from tests.compare.test_vetoes import AGREED, _clash

# NeuS-AllSides 5920 (CNN / NPR, 2021): one visit; CNN's "criticism for not having visited
# the US-Mexico border" is background in a prepositional gerund clause
CNN_VISIT = ("Vice President Kamala Harris visited the southern border in El Paso, Texas, "
             "on Friday to see a migrant processing center, following dogged criticism for "
             "not having visited the US-Mexico border.")  # fmt: skip
NPR_VISIT = ("Vice President Harris visited the U.S.-Mexico border Friday in El Paso, Texas, "
             "after weeks of badgering by Republicans.")  # fmt: skip


def test_a_negation_in_a_side_clause_does_not_veto() -> None:
    assert not _clash(CNN_VISIT, NPR_VISIT)[0, 1]
    # an adverbial clause ("when she didn't make the team") and a relative one
    ruled = ("The court ruled that the school district overstepped its authority by "
             "punishing a cheerleader who posted a vulgar word when she didn't make the "
             "varsity team.")  # fmt: skip
    kicked = ("The court ruled that the school was wrong when it kicked a cheerleader off "
              "the varsity team.")  # fmt: skip
    assert not _clash(ruled, kicked)[0, 1]
    senator = ("The senator, who did not attend the hearing, voted for the bill on "
               "Tuesday.")  # fmt: skip
    assert not _clash(senator, "The senator attended the hearing on Monday.")[0, 1]


def test_a_negation_of_the_statement_still_vetoes() -> None:
    denied = ("Vice President Kamala Harris did not visit the southern border in El Paso "
              "on Friday.")  # fmt: skip
    assert _clash(denied, NPR_VISIT)[0, 1]
    # under "X said", the reported clause is the statement's
    reported = "A White House official said Harris did not visit the border on Friday."
    assert _clash(reported, NPR_VISIT)[0, 1]
    # a conjunct of the main predicate is the statement's too
    conjunct = "Harris flew to El Paso on Friday but did not visit the border."
    assert _clash(conjunct, NPR_VISIT)[0, 1]


def test_a_quoted_negation_vetoes_as_before() -> None:
    quoted = "“We will not send the delegation,” Netanyahu said on Monday."
    assert _clash(AGREED, quoted)[0, 1]


def test_a_relative_clause_with_no_relative_word_keeps_the_veto() -> None:
    """BASIL 2012 2ec04201: in its article, spaCy parses Smith's quoted statement "The
    savings his ad attacks do not cut a single guaranteed Medicare benefit" as a relative
    clause of "the savings"; with no "who", "which" or "that" the parse is not trusted,
    and the negation still vetoes."""
    smith = ("“The savings his ad attacks do not cut a single guaranteed Medicare benefit, "
             "and Mitt Romney embraced the very same savings,” Smith said.")  # fmt: skip
    cut = "The savings cut a guaranteed Medicare benefit, the ad says."
    assert _clash(smith, cut)[0, 1]

