"""Two articles' leads, read by the packaged same-fact model through a real compare:
two leads that state one event in other words are one fact, two leads of one story that
tell two different actions are not.

Why: each report of a story states its core event in its lead, and a fact-checker's
summary should lead with it (issue 12); but a lead is not a same-fact pair because of
where it stands. A position prior was measured and not kept for exactly the second
case: a model with a "both are their article's first sentence" term linked the walkout
and the mayor's offer below (docs/eval-compare.md, "lead position"). These guard both
directions for any later change to the model or its rules."""

from __future__ import annotations

from newsprism.compare.story import analyze_story
from tests.compare.conflict_helpers import text_article

# One event (a state sued over a voting law), two outlets, two wordings of the lead.
SUIT_A = (
    "The Justice Department said on Tuesday that it is taking the state of Oregon to "
    "court over a new election law that limits mail ballots. Attorney General Ellen "
    "Marsh said the law would keep thousands of rural voters from the polls. The "
    "complaint was filed in federal court in Portland. State officials have defended "
    "the law as a guard against fraud. The governor's office did not return a call."
)
SUIT_B = (
    "The federal government sued Oregon on Tuesday over its new law restricting voting "
    "by mail. The suit argues that the measure breaches the Voting Rights Act. "
    "Republican lawmakers who wrote the law called the suit political. It is the "
    "department's first challenge to a state voting law this year."
)
# One story (a city's transit strike), two leads that tell two different actions.
STRIKE_A = (
    "Transit workers in Lisbon walked off the job on Monday, halting buses and trams "
    "across the city. The union says its members have gone three years without a raise. "
    "Commuters crowded the ferries and the few trains still running."
)
STRIKE_B = (
    "Lisbon's mayor offered the transit union a new wage deal on Monday, hoping to end "
    "the walkout. The offer would raise pay by four percent over two years. Union "
    "leaders said they would study it before replying."
)


def _shared(facts) -> list[list[str]]:
    return [[c.text for c in f.claims] for f in facts if f.status == "shared"]


def test_two_leads_of_one_event_in_other_words_are_one_fact() -> None:
    facts = analyze_story([text_article("a", SUIT_A), text_article("b", SUIT_B)]).facts
    assert any(any(t.startswith("The Justice Department said on Tuesday") for t in group)
               and any(t.startswith("The federal government sued Oregon") for t in group)
               for group in _shared(facts)), _shared(facts)  # fmt: skip


def test_two_leads_of_two_different_actions_are_not_one_fact() -> None:
    facts = analyze_story([text_article("a", STRIKE_A), text_article("b", STRIKE_B)]).facts
    assert not any(any(t.startswith("Transit workers in Lisbon walked") for t in group)
                   and any(t.startswith("Lisbon's mayor offered") for t in group)
                   for group in _shared(facts)), _shared(facts)  # fmt: skip
