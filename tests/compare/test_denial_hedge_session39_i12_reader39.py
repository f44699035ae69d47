"""The "opposite" hedge names only the polarity veto's partners (session 39,
i12-reader39): the seeds' Al Jazeera "he would not send any delegation …" was said to be
negated or cancelled by the other file's sentence on the UN vote, which the denial veto
alone set against it. Real parses (spaCy, the packaged model)."""

from __future__ import annotations

import numpy as np
import pytest

from newsprism.compare import denial_hedge
from newsprism.compare.align import AlignedClaim
from newsprism.compare.denial_hedge import hedge_opposites
from newsprism.compare.unique import OPPOSITE, POSSIBLY_SHARED, TOPIC, recheck_unique
from newsprism.models import Claim
from tests.compare.profile_helpers import first_claim_profiles

AJ = ("But he announced on Monday that he would not send any delegation to Washington after "
      "it abstained from voting against a Security Council resolution calling for an "
      "immediate truce in Gaza during the month of Ramadan.")
UNSC = ("Following Monday’s UNSC vote on Gaza, which the US declined to veto, the United "
        "Nations Security Council requested an immediate ceasefire between the Israeli "
        "occupation forces and the Palestinian Resistance, as well as the immediate and "
        "unconditional release of all captives.")


def _hedge() -> tuple[str | None, str]:
    units = first_claim_profiles(AJ, UNSC)
    found, said = hedge_opposites(units)
    aj = Claim("a1", "AJ", 0, AJ, places=["Washington", "Gaza"],
               organisations=["Security Council"])
    unsc = Claim("b1", "AM", 0, UNSC, places=["Gaza"],
                 organisations=["Security Council"])
    fact = AlignedClaim("F1", "unique", [aj])
    close = np.array([[1.0, 0.9], [0.9, 1.0]])  # close in topic, no same-fact chance
    recheck_unique([fact], [aj, unsc], [u.lemmas for u in units], close, np.eye(2),
                   found, said_opposite=said)  # fmt: skip
    return fact.hedge, fact.status


def test_a_denial_against_a_plain_statement_is_the_same_topic() -> None:
    assert _hedge() == (TOPIC, POSSIBLY_SHARED)


def test_switch_off(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(denial_hedge, "DENIAL_HEDGE_RULE", False)
    assert _hedge() == (OPPOSITE, POSSIBLY_SHARED)
