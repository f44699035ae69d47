"""The weekday veto reads what each weekday dates (issue 12, session 29, NeuS raw row
125): a court's Wednesday ruling and the president's Thursday reaction to it are two
acts, so their two days keep nothing apart; two statements, or a statement by someone
the other sentence names, keep their veto. Real parser, claims, profiles and embedder."""

from __future__ import annotations

from newsprism.compare.pairs import pair_features
from newsprism.compare.weekday_acts import weekday_acts
from newsprism.embeddings import get_embedder
from newsprism.extract.nlp import load_nlp
from tests.compare.profile_helpers import first_claim_profiles

COURT = ("The Supreme Court on Wednesday night formally denied a request from Texas "
         "abortion providers to freeze the state law, meaning it will remain on the books "
         "for now.")
WARNED = ("A Texas law imposing a near-total ban on abortion that the U.S. Supreme Court "
          "allowed to stand will cause \"unconstitutional chaos\" by infringing on a right "
          "that women have exercised for almost a half-century, President Joe Biden warned "
          "on Thursday.")
REACTED = ("In a strongly worded statement Thursday, the president reacted to the Supreme "
           "Court's 5-4 ruling to allow Texas' law to remain in effect.")
PROMPTED = ("A new Texas law that effectively bans most abortions prompted President Joe "
            "Biden on Wednesday to use a word he'd entirely avoided as president: "
            "\"Abortion.\"")
SLAMMED = ("President Biden on Thursday slammed the Supreme Court's overnight ruling to "
           "allow Texas' \"extreme\" law that bans most abortions to remain in effect.")


def _date_disjoint(first: str, second: str) -> float:
    units = first_claim_profiles(first, second)
    vectors = get_embedder("static").encode([u.text for u in units])
    return float(pair_features(units, vectors)["date_disjoint"][0, 1])


def test_a_weekday_on_a_verb_of_saying_or_a_statement_noun_dates_a_statement() -> None:
    nlp = load_nlp()
    [warned] = weekday_acts(list(nlp(WARNED)), [])
    assert warned.weekday == "thursday" and warned.said and warned.speaker
    [reacted] = weekday_acts(list(nlp(REACTED)), [])
    assert reacted.said and reacted.speaker == frozenset({"c:president"})
    [court] = weekday_acts(list(nlp(COURT)), [])
    assert court.weekday == "wednesday" and not court.said


def test_the_days_of_a_ruling_and_of_a_reaction_to_it_are_no_clash() -> None:
    assert _date_disjoint(COURT, WARNED) == 0.0
    assert _date_disjoint(REACTED, COURT) == 0.0


def test_two_statements_of_one_named_speaker_on_two_days_still_clash() -> None:
    assert _date_disjoint(PROMPTED, SLAMMED) == 1.0
    # "as president" names the reacting president
    assert _date_disjoint(PROMPTED, REACTED) == 1.0


def test_two_statements_or_two_events_on_two_days_still_clash() -> None:
    assert _date_disjoint("Pelosi said on Wednesday that the House would pass the bill.",
                          "Schumer said on Thursday that the Senate would pass the bill.") == 1.0
    assert _date_disjoint("The House voted on Wednesday to approve the stopgap bill.",
                          "Debate on the stopgap bill is expected to begin in the Senate on "
                          "Thursday.") == 1.0


def test_a_day_of_making_public_dates_a_report_as_a_day_of_saying_does() -> None:
    # NeuS r230: the FBI's letter, made public Thursday, and the senators' letter of
    # Wednesday are two statements on two days
    assert _date_disjoint(
        "In a letter June 30 to Sens. Sheldon Whitehouse and Chris Coons, made public "
        "Thursday, an FBI official acknowledged that the department conducted only 10 "
        "additional interviews.",
        "The Democrats, led by Sens. Sheldon Whitehouse and Chris Coons, wrote a letter to "
        "FBI Director Christopher Wray on Wednesday seeking answers.") == 1.0


def test_a_statement_that_does_not_name_the_events_doer_keeps_the_veto() -> None:
    # NeuS r89: the NAACP's Thursday warning is not shown to be about the draft proposal
    assert _date_disjoint(
        "The NAACP and 27 other liberal groups on Thursday warned Democratic leaders not to "
        "back off of plans for higher taxes.",
        "A draft proposal from the Ways and Means Committee, which ricocheted across "
        "Washington Sunday night, previews epic fall fights.") == 1.0
