"""Session 30 (i12-joint): a sentence that relays two outlets together ("according to
CNN and Politico") names both in its relay and in the note (compare/joint_relays.py,
report/relay_view.py); the public ``outlet`` field keeps the first. Real parses,
sentences unlike NeuS r377's."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from newsprism.compare.relays import Relay, mark_relays, outlet_names, sentence_relay
from newsprism.extract.nlp import load_nlp
from newsprism.models import Article, Claim
from newsprism.report.relay_view import relay_note


def _relay(sentence: str, own: str | None = None):
    return sentence_relay(list(load_nlp()(sentence)), outlet_names([]), own)


@pytest.mark.parametrize(("sentence", "outlets", "cue"), [
    ("The senator will not run again, according to Reuters and Politico.",
     ["Reuters", "Politico"], "according to Reuters and Politico"),
    ("Reuters and Politico reported that the senator will not run again.",
     ["Reuters", "Politico"], "Reuters and Politico reported"),
])  # fmt: skip
def test_outlets_relayed_together_are_all_named(sentence: str, outlets: list[str],
                                                cue: str) -> None:  # fmt: skip
    relay = _relay(sentence)
    assert relay is not None and relay.outlets == outlets and relay.outlet == outlets[0]
    assert relay.cue == cue and sentence[relay.start:relay.end] == cue
    assert relay.as_dict()["outlets"] == outlets


@pytest.mark.parametrize("sentence", [
    "The senator will not run again, according to Reuters or Politico.",  # "or"
    "The senator will not run again, according to Reuters and two aides.",  # no outlet
])  # fmt: skip
def test_a_relay_without_a_joined_outlet_names_one(sentence: str) -> None:
    relay = _relay(sentence)
    assert relay is not None and relay.outlets == ["Reuters"]
    assert "outlets" not in relay.as_dict()


def test_the_article_own_outlet_is_not_among_those_it_relays() -> None:
    relay = _relay("The senator will not run again, according to Reuters and Politico.",
                   own="Politico")
    assert relay is not None and relay.outlets == ["Reuters"]


def test_the_note_names_every_outlet_cited() -> None:
    fact = {"article_ids": ["a", "b"], "evidence": [
        {"article_id": "a", "relayed_from": {"outlet": "Reuters",
                                             "outlets": ["Reuters", "Politico"]}},
        {"article_id": "b"}]}  # fmt: skip
    assert relay_note(fact, {"a": "The Hill"}) == "The Hill cites Reuters and Politico for this"
    fact["evidence"][0]["relayed_from"] = {"outlet": "Reuters"}
    assert relay_note(fact, {"a": "The Hill"}) == "The Hill cites Reuters for this"


def _article(aid: str, outlet: str) -> Article:
    return Article(id=aid, content_hash=aid, source_path=aid, text="", raw="", raw_format="json",
                   outlet=outlet)


def test_a_joint_relay_counts_its_first_outlet_as_before() -> None:
    """One sentence relays Reuters and Politico, another Reuters alone: one source, though
    the story has Politico's own article (counting it would claim a second source)."""
    claims = [Claim(id=f"{a}:c1", article_id=a, text="", sentence_index=0, start=0, end=0)
              for a in ("hill", "axios")]  # fmt: skip
    relays = {"hill:c1": Relay("Reuters", "according to Reuters and Politico", 0, 9,
                               ("Politico",)),
              "axios:c1": Relay("Reuters", "according to Reuters", 0, 9)}  # fmt: skip
    articles = [_article("hill", "The Hill"), _article("axios", "Axios"),
                _article("pol", "Politico")]  # fmt: skip
    fact = SimpleNamespace(article_ids=["hill", "axios"], claims=claims, relays=None,
                           independent_sources=None)  # fmt: skip
    mark_relays([fact], relays, articles)
    assert fact.independent_sources == 1
    assert fact.relays["hill:c1"]["outlets"] == ["Reuters", "Politico"]
    assert "article_id" not in fact.relays["hill:c1"]
