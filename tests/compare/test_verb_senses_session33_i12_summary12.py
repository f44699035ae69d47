"""Two verbs that name one act by WordNet's commonest senses (session 33,
compare/verb_senses.py): the opening line is cited to another outlet's lead told with
another verb of the same sense, never with an opposite or a rare sense."""

from __future__ import annotations

import pytest

from newsprism.compare import verb_senses
from newsprism.compare.opening_backers import cite_openings
from newsprism.compare.verb_senses import one_act
from newsprism.models import Claim


@pytest.mark.parametrize(("verb", "other"), [
    ("ratify", "sign"), ("rescind", "revoke"), ("expel", "oust"), ("defeat", "kill"),
    ("declare", "announce"), ("reduce", "cut"),
])
def test_one_sense_is_one_act(verb: str, other: str) -> None:
    assert one_act(verb, other) and one_act(other, verb)


@pytest.mark.parametrize(("verb", "other"), [
    ("approve", "reject"), ("hire", "fire"), ("rise", "fall"), ("win", "lose"),
    ("open", "close"), ("arrest", "release"),  # opposites, or no sense in common
    ("pass", "die"),  # a rare sense ("pass away") is not read
    ("fire", "dismiss"),  # "fire" is "dismiss" only in its fourth sense
    ("ratify", "zzzz"),  # a verb WordNet does not list
])
def test_other_acts(verb: str, other: str) -> None:
    assert not one_act(verb, other)


def _claim(cid: str, aid: str, text: str) -> Claim:
    return Claim(id=cid, article_id=aid, sentence_index=0, text=text, start=0, end=len(text))


LINE = _claim("a:0", "a", "The Velmar parliament on Tuesday ratified the fisheries treaty "
                          "with Ostland.")
SIGNED = _claim("b:0", "b", "The Velmar parliament on Tuesday signed the fisheries treaty, "
                            "ending a decade of talks.")
REJECTED = _claim("c:0", "c", "The Velmar parliament on Tuesday rejected the fisheries treaty "
                              "with Ostland.")


def _cited(other: Claim) -> list[str]:
    summary = [{"claim_ids": [LINE.id], "article_ids": ["a"], "status": "possibly_shared"}]
    cite_openings(summary, [], {"a": [LINE], other.article_id: [other]},
                  near=lambda one, two: False)
    return summary[0]["article_ids"]


def test_a_lead_in_another_verb_of_the_sense_is_cited() -> None:
    assert _cited(SIGNED) == ["a", "b"]


def test_a_lead_of_the_opposite_act_is_not() -> None:
    assert _cited(REJECTED) == ["a"]


def test_the_switch(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(verb_senses, "VERB_SENSES_RULE", False)
    assert _cited(SIGNED) == ["a"]
