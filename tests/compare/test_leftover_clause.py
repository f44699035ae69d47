"""A clause left over from a sentence whose sibling clause is in a shared fact
(compare/leftover_clause.py): it joins that fact when the partner sentence states it
too, and stays one-outlet otherwise."""

from __future__ import annotations

import numpy as np

from newsprism.compare.align import AlignedClaim, number_facts
from newsprism.compare.leftover_clause import (
    LEFTOVER_LINK,
    LEFTOVER_MARGIN,
    join_leftover_clauses,
)
from newsprism.models import Claim, Quantity

# English report: one sentence stating two things; a second, unrelated sentence.
BRIDGE = Claim("en:c1", "en", 0, "The council reopened the harbour bridge on Friday and "
               "said that repairs had cost 300 workers three months.")
FERRY = Claim("en:c2", "en", 1, "Ferry crossings will stop at the end of the month.")
# Arabic report: the same sentence cut into two clauses at «، وأن».
OPENED = Claim("ar:c1", "ar", 0, "أعاد المجلس فتح جسر الميناء يوم الجمعة", language="ar")
REPAIRS = Claim("ar:c2", "ar", 0, "وأن الإصلاحات استغرقت ثلاثة أشهر", language="ar")
CLAIMS = [BRIDGE, FERRY, OPENED, REPAIRS]


def _facts(claims=CLAIMS) -> list[AlignedClaim]:
    """The bridge sentence shared with the first clause; every other claim alone."""
    by_id = {c.id: c for c in claims}
    shared = AlignedClaim("", "shared", [by_id["en:c1"], by_id["ar:c1"]], agreement=0.6)
    alone = [AlignedClaim("", "unique", [c]) for c in claims if c.id not in ("en:c1", "ar:c1")]
    return number_facts([shared, *alone], claims)


def _scores(repairs_bridge: float, repairs_ferry: float = 0.2) -> np.ndarray:
    scores = np.full((4, 4), 0.1, dtype=np.float32)
    np.fill_diagonal(scores, 1.0)
    scores[0, 2] = scores[2, 0] = 0.8  # bridge / opened: the linked pair
    scores[0, 3] = scores[3, 0] = repairs_bridge
    scores[1, 3] = scores[3, 1] = repairs_ferry
    return scores


def _fact_of(facts: list[AlignedClaim], claim_id: str) -> AlignedClaim:
    (fact,) = [f for f in facts if any(c.id == claim_id for c in f.claims)]
    return fact


def test_a_clause_the_partner_states_joins_its_siblings_fact() -> None:
    facts = join_leftover_clauses(_facts(), CLAIMS, _scores(LEFTOVER_LINK + 0.05))
    fact = _fact_of(facts, "ar:c2")
    assert fact.status == "shared"
    assert {c.id for c in fact.claims} == {"en:c1", "ar:c1", "ar:c2"}
    assert fact.agreement == round(LEFTOVER_LINK + 0.05, 3)  # the clause's link, the weakest
    assert [f.id for f in facts] == [f"F{n}" for n in range(1, len(facts) + 1)]
    assert not any(f.status == "unique" and f.claims[0].language == "ar" for f in facts)


def test_a_clause_the_partner_does_not_state_stays_alone() -> None:
    facts = join_leftover_clauses(_facts(), CLAIMS, _scores(LEFTOVER_LINK - 0.15))
    assert _fact_of(facts, "ar:c2").status == "unique"
    assert len(_fact_of(facts, "en:c1").claims) == 2


def test_a_clause_closer_to_another_sentence_of_the_partner_stays_alone() -> None:
    facts = join_leftover_clauses(_facts(), CLAIMS, _scores(0.5, repairs_ferry=0.6))
    assert _fact_of(facts, "ar:c2").status == "unique"
    # best by less than the margin: a guess, not a statement
    near = 0.5 - LEFTOVER_MARGIN / 2
    facts = join_leftover_clauses(_facts(), CLAIMS, _scores(0.5, repairs_ferry=near))
    assert _fact_of(facts, "ar:c2").status == "unique"
    clear = 0.5 - LEFTOVER_MARGIN - 0.01
    facts = join_leftover_clauses(_facts(), CLAIMS, _scores(0.5, repairs_ferry=clear))
    assert _fact_of(facts, "ar:c2").status == "shared"


def test_a_number_against_the_partner_keeps_the_clause_out() -> None:
    bridge = Claim(**{**BRIDGE.__dict__, "quantities": [Quantity("300", 300, "exact", "workers")]})
    repairs = Claim(**{**REPAIRS.__dict__,
                       "quantities": [Quantity("٤٥٠", 450, "exact", "workers")]})  # fmt: skip
    claims = [bridge, FERRY, OPENED, repairs]
    facts = join_leftover_clauses(_facts(claims), claims, _scores(0.6))
    assert _fact_of(facts, "ar:c2").status == "unique"
    same = [Quantity("٣٠٠", 300, "exact", "workers")]
    agreeing = Claim(**{**repairs.__dict__, "quantities": same})
    claims = [bridge, FERRY, OPENED, agreeing]
    facts = join_leftover_clauses(_facts(claims), claims, _scores(0.6))
    assert _fact_of(facts, "ar:c2").status == "shared"


def test_another_weekday_keeps_the_clause_out() -> None:
    bridge = Claim(**{**BRIDGE.__dict__, "dates": ["Friday"]})
    repairs = Claim(**{**REPAIRS.__dict__, "dates": ["tuesday"]})
    claims = [bridge, FERRY, OPENED, repairs]
    facts = join_leftover_clauses(_facts(claims), claims, _scores(0.6))
    assert _fact_of(facts, "ar:c2").status == "unique"


def test_only_a_sibling_clause_of_another_language_moves() -> None:
    # a clause of another sentence of the article: no sibling in the fact
    later = Claim(**{**REPAIRS.__dict__, "sentence_index": 1})
    claims = [BRIDGE, FERRY, OPENED, later]
    facts = join_leftover_clauses(_facts(claims), claims, _scores(0.6))
    assert _fact_of(facts, "ar:c2").status == "unique"
    # an English one-outlet sentence never moves, whatever its score
    scores = _scores(0.6)
    scores[0, 1] = scores[1, 0] = 0.9
    assert _fact_of(join_leftover_clauses(_facts(), CLAIMS, scores), "en:c2").status == "unique"


def test_every_other_outlet_in_the_fact_must_state_the_clause() -> None:
    # a second English report whose sentence states only the reopening
    second = Claim("en2:c1", "en2", 0, "The harbour bridge is open again.")
    claims = [*CLAIMS, second]
    scores = np.full((5, 5), 0.1, dtype=np.float32)
    scores[:4, :4] = _scores(0.6)
    scores[2, 4] = scores[4, 2] = 0.8  # the first clause: stated
    scores[3, 4] = scores[4, 3] = 0.2  # the leftover clause: not stated
    shared = AlignedClaim("", "shared", [BRIDGE, OPENED, second], agreement=0.6)
    alone = [AlignedClaim("", "unique", [c]) for c in (FERRY, REPAIRS)]
    facts = join_leftover_clauses(number_facts([shared, *alone], claims), claims, scores)
    assert _fact_of(facts, "ar:c2").status == "unique"
    scores[3, 4] = scores[4, 3] = 0.5  # stated there too
    shared = AlignedClaim("", "shared", [BRIDGE, OPENED, second], agreement=0.6)
    alone = [AlignedClaim("", "unique", [c]) for c in (FERRY, REPAIRS)]
    facts = join_leftover_clauses(number_facts([shared, *alone], claims), claims, scores)
    assert _fact_of(facts, "ar:c2").status == "shared"
