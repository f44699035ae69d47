"""The session-39 acts scripts: ``sparse_stream.py``'s ``a:N[:all]`` (the lead-act
refusal) and ``lead_act_reach.py``'s count of pairs by their lead acts."""

from __future__ import annotations

from collections import Counter

from newsprism.cluster import lead_act
from newsprism.cluster.lead_act import LeadAct
from tests.script_modules import script_module

sparse_stream = script_module("sparse_stream")
reach = script_module("lead_act_reach")


def test_the_a_setting_turns_the_refusal_on_with_its_kinds() -> None:
    try:
        assert sparse_stream.variant("a:2").act_refusal == 2
        assert lead_act.REFUSAL_KINDS == lead_act.PROCESS_KINDS
        assert sparse_stream.variant("a:1:all").act_refusal == 1
        assert not lead_act.REFUSAL_KINDS
        both = sparse_stream.variant("a:1+e:2")
        assert both.act_refusal == 1 and both.cue_date_gap == 2
    finally:
        lead_act.REFUSAL_KINDS = lead_act.PROCESS_KINDS
    assert sparse_stream.variant(None).act_refusal == 0


def test_pairs_are_counted_by_their_lead_acts(monkeypatch) -> None:
    house = LeadAct("vote", "pass", frozenset({"house"}))
    senate = LeadAct("vote", "approve", frozenset({"senate"}))
    merck = LeadAct("announcement", "announce", frozenset({"merck"}))
    drugmakers = LeadAct("announcement", "announce", frozenset({"companies"}))
    acts = {"a": house, "b": senate, "c": merck, "d": drugmakers, "e": None}
    found = {"a": "s1", "b": "s1", "c": "s2", "d": "s2", "e": "s2"}
    gold = {"a": "g1", "b": "g2", "c": "g3", "d": "g3", "e": "g3"}
    monkeypatch.setattr(reach, "run_model", lambda items: found)
    items = [type("Item", (), {"article": type("A", (), {"id": k}), "story": g})
             for k, g in gold.items()]  # fmt: skip
    counts, hits = reach.reach(items, acts)
    assert isinstance(counts, Counter)
    assert counts["wrong join", "one kind, other actors"] == 1
    assert counts["wrong join", "process kind, other actors"] == 1
    assert counts["right join", "one kind, other actors"] == 1  # the drugmakers: announcements
    assert counts["right join", "process kind, other actors"] == 0
    assert counts["right join", "both hold an act"] == 1  # "e" holds none
    assert ("wrong join", "a", "b") in hits
