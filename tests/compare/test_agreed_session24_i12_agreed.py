"""A commitment ("has agreed to probe") beside a prospect ("will investigate") or a done
statement of it ("complied"): the mood veto sets it against neither (session 24,
docs/compare.md "Agreed to: a prospect (session 24)"). Real sentences (NeuS raw rows
353 and 271, the seeds), the real parser, extractor and same-fact model."""

from __future__ import annotations

import numpy as np

from newsprism.compare.pairs import pair_features
from newsprism.compare.story import analyze_story
from newsprism.pipeline import clean_paths
from tests.compare.conflict_helpers import text_article
from tests.compare.profile_helpers import first_claim_profiles
from tests.conftest import SEED_000, SEED_003

# NeuS raw row 353 (Newsmax, CNN), 271 (AP, another outlet)
NEWSMAX = ("The Justice Department's inspector general has agreed to probe how the department "
           "handled a leak investigation during the Trump administration that included a "
           "subpoena for metadata of some lawmakers, staff, and family members, CNN is reporting.")
CNN = ("The Justice Department's inspector general will investigate the department's handling "
       "of a leak investigation into former President Donald Trump's political enemies that "
       "included a subpoena to collect metadata of lawmakers, staff and some family members, "
       "the office announced Friday.")
AGREED_TO_RESIGN = "Deputy Commissioner David Black agreed to resign, said the official."
COMPLIED = ("Deputy Social Security Commissioner David Black was also asked to resign "
            "and he complied.")


def test_agreed_to_is_a_commitment_the_mood_veto_sets_against_neither_mood() -> None:
    agreed, will, done, complied = first_claim_profiles(
        NEWSMAX, CNN, "The inspector general probed the department's handling.", COMPLIED)
    assert agreed.mood == "committed" and will.mood == "prospect" and done.mood == "event"
    mood = pair_features([agreed, will, done, complied],
                         np.zeros((4, 8), dtype=np.float32))["mood_mismatch"]
    assert mood[0, 1] == mood[0, 2] == mood[0, 3] == 0
    assert mood[1, 2] == 1  # "will investigate" beside "probed" stays apart


def test_agreed_to_terms_is_no_commitment_of_a_verb() -> None:
    (terms,) = first_claim_profiles("The company agreed to terms with the union.")
    assert terms.mood == "event"


def test_agreed_to_probe_is_one_fact_with_will_investigate() -> None:
    facts = analyze_story([text_article("cnn", CNN), text_article("newsmax", NEWSMAX)]).facts
    shared = [f for f in facts if f.status == "shared"]
    assert any({c.article_id for c in f.claims} == {"cnn", "newsmax"} for f in shared), (
        [(f.status, [c.text[:40] for c in f.claims]) for f in facts])


def test_agreed_to_send_a_delegation_stays_apart_from_it_would_not_leave() -> None:
    articles, failures = clean_paths([SEED_000, SEED_003])
    assert not failures
    for fact in analyze_story(articles).facts:
        texts = " ".join(c.text for c in fact.claims)
        assert not ("agreed to send a delegation" in texts
                    and "delegation would not leave" in texts), texts
