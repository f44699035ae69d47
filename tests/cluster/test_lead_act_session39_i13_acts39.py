"""Session 39 (issue 13, branch i13-acts39; docs/clustering.md, "Session 39: the lead's
own act …"): the act a report leads with (``cluster.lead_act``) and the refusal it
allows, shipped off (``act_refusal`` 0).

Two reports of one bill: one body's vote after another's is another occasion (the
House's after the Senate's); the same body's vote told twice, or a reaction to it, is
one. Words here are a made-up ferry bill, unlike the gold's politics.
"""

from __future__ import annotations

import dataclasses
import json

import pytest

from newsprism.cluster.lead_act import PROCESS_KINDS, LeadAct, other_actor_same_act, read_act
from newsprism.cluster.model import ClusterModel, load_model
from newsprism.eval import gold_article
from newsprism.eval.clustering import cluster_articles
from newsprism.extract.nlp import load_nlp

ONE = ("Harbour Assembly passes Port Elliot ferry subsidy bill",
       "{actor} on Tuesday passed the Port Elliot ferry subsidy bill, which pays for two new "
       "boats and a winter timetable for the islands. The bill, written by Assembly member "
       "Maria Okonkwo, now goes to the Regional Senate. Ferry users from Kestrel Bay said the "
       "old boats broke down twice a month last winter. Mayor Daniel Reyes said the subsidy "
       "would keep the island schools open.")  # fmt: skip
TWO = ("Port Elliot ferry subsidy bill clears another step",
       "{actor} on Wednesday {verb} the Port Elliot ferry subsidy bill, paying for two new "
       "boats and a winter timetable to the islands. Maria Okonkwo, who wrote the bill, said "
       "Kestrel Bay ferry users had waited years. The old boats broke down twice a month "
       "last winter, and Mayor Daniel Reyes said the island schools depended on the "
       "subsidy.")  # fmt: skip
REFUSING = dataclasses.replace(load_model(), act_refusal=1)


def _together(second: str, verb: str = "approved", model: ClusterModel | None = None) -> bool:
    arts = [gold_article("one", ONE[1].format(actor="The Harbour Assembly"), title=ONE[0],
                         published_at="2024-03-05T20:00:00Z"),
            gold_article("two", TWO[1].format(actor=second, verb=verb), title=TWO[0],
                         published_at="2024-03-06T09:00:00Z")]  # fmt: skip
    stories = cluster_articles(arts, model)
    return stories[0] == stories[1]


def _act(sentence: str) -> LeadAct | None:
    return read_act(load_nlp()(sentence))


@pytest.mark.parametrize(("sentence", "kind", "actor"), [
    ("The House on Thursday passed a bill on hate crimes.", "vote", {"house"}),
    ("The bill was approved by the Senate on Tuesday.", "vote", {"senate"}),
    ("Department heads were ordered Tuesday to vaccinate their troops.", "order", set()),
    ("The Food and Drug Administration on Wednesday authorized booster shots.",
     "authorisation", {"food", "drug", "administration"}),
    ("Officials said the court struck down the law on Monday.", "ruling", {"court"}),
    ("Merck announced Monday that it has asked regulators for approval.", "announcement",
     {"merck"}),
])  # fmt: skip
def test_the_lead_act_and_its_actor(sentence: str, kind: str, actor: set[str]) -> None:
    act = _act(sentence)
    assert act is not None and act.kind == kind and act.actor == actor


def test_a_lead_without_an_act_of_the_table_has_none() -> None:
    assert _act("Mayor Daniel Reyes welcomed the ferry bill on Wednesday.") is None


def test_one_kind_by_two_actors_is_the_candidate() -> None:
    house, senate = _act("The House passed the bill."), _act("The Senate approved the bill.")
    assert other_actor_same_act(house, senate, PROCESS_KINDS)
    assert not other_actor_same_act(house, _act("The House of Representatives passed it."))
    gov = _act("Texas Governor Greg Abbott signed the bill on Wednesday.")
    abbott = _act("The Republican governor of Texas signed the bill.")
    assert other_actor_same_act(gov, abbott) and not other_actor_same_act(gov, abbott,
                                                                           PROCESS_KINDS)


@pytest.mark.parametrize(("second", "verb", "apart"), [
    ("The Regional Senate", "approved", True),      # another body's vote: another occasion
    ("The Harbour Assembly", "approved", False),    # the same vote told again
    ("Mayor Daniel Reyes", "welcomed", False),      # a reaction: no act of the table
])  # fmt: skip
def test_another_bodys_vote_stays_apart_when_the_refusal_is_on(second, verb, apart) -> None:
    assert _together(second, verb)  # the packaged model joins all three
    assert _together(second, verb, REFUSING) is not apart


def test_the_refusal_is_off_in_the_packaged_file_and_reads_back() -> None:
    model = load_model()
    assert model.act_refusal == 0 and "act_refusal" not in model.as_dict()
    again = ClusterModel.from_dict(json.loads(json.dumps(REFUSING.as_dict())))
    assert again.act_refusal == 1
