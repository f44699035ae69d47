"""A number written as part of a name is no anchor (session 29, i12-fixes38): NeuS raw
row 107 joined AP's "Biden is trying to concentrate the anger … unvaccinated against
COVID-19" with Reason's "… Biden consistently opposed COVID vaccine mandates" as one fact
on the "19" of "COVID-19" (``anchor_number``), which no other sentence of either report
wrote. A tally both print still anchors. Real parses (spaCy, the packaged model)."""

from __future__ import annotations

from newsprism.compare.name_numbers import name_numbers
from newsprism.compare.pairs import anchor_numbers
from tests.compare.profile_helpers import first_claim_profiles

AP = ("President Joe Biden is trying to concentrate the anger of the nation’s inoculated "
      "majority against the stubborn 25% of eligible Americans who remain unvaccinated "
      "against COVID-19.")  # fmt: skip
REASON = ("Right up until the moment that he declared all large private employers in the "
          "country would be forced to require COVID-19 vaccinations, President Joe Biden "
          "consistently opposed COVID vaccine mandates.")  # fmt: skip


def test_a_number_in_a_name_is_no_anchor() -> None:
    assert name_numbers(AP) == {"19"}
    assert not anchor_numbers(first_claim_profiles(AP, REASON))[0, 1]


def test_a_tally_both_print_still_anchors() -> None:
    pair = first_claim_profiles("The final tally on the COVID-19 bill was 97-1.",
                                "The Senate passed the bill in a 97-1 vote.")
    assert anchor_numbers(pair)[0, 1]


def test_a_number_also_written_alone_is_kept() -> None:
    assert name_numbers("The F-35 and 35 other jets") == set()
    assert name_numbers("up 10m in their 30s") == set()  # letters after a number: kept


def test_a_tally_written_with_words_is_no_name() -> None:
    assert name_numbers("The 220-to-190 party-line vote, a top-10 bill of mid-2020") == set()
    assert name_numbers("H1N1 and Covid-19 and MH17") == {"1", "19", "17"}
