"""Where a sentence stands (compare/position.py): the position features computed on a
real parse, and the packaged same-fact model reading them — two leads that state one
event in different words are one fact, two leads of two different actions are not."""

from __future__ import annotations

import numpy as np
import pytest

from newsprism.compare.pairs import claim_profiles, pair_features
from newsprism.compare.position import LEAD, set_title_cosines
from newsprism.compare.story import analyze_story, title_vectors
from newsprism.embeddings import get_embedder
from newsprism.extract.claims import extract_claims
from newsprism.extract.entities import find_mentions, link_entities
from newsprism.extract.nlp import load_nlp
from newsprism.models import Article

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


def _article(article_id: str, text: str, title: str | None = None) -> Article:
    return Article(id=article_id, content_hash=article_id, source_path=f"{article_id}.txt",
                   text=text, raw="", raw_format="text", outlet=f"Outlet {article_id}",
                   title=title)  # fmt: skip


@pytest.fixture(scope="module")
def suit_features() -> tuple[list, dict[str, np.ndarray], np.ndarray, dict]:
    """The claims of the two suit reports, parsed and profiled as ``compare`` does, and
    their pair features."""
    nlp, embedder = load_nlp(), get_embedder("static")
    articles = [_article("a", SUIT_A, "Justice Department sues Oregon over mail voting law"),
                _article("b", SUIT_B)]  # fmt: skip
    docs = {a.id: nlp(a.text) for a in articles}
    entities = link_entities({aid: find_mentions(doc, aid) for aid, doc in docs.items()},
                             {a.id: a.text for a in articles})  # fmt: skip
    claims = [c for aid, doc in docs.items() for c in extract_claims(doc, aid, entities.mentions)]
    vectors = embedder.encode([c.text for c in claims])
    profiles = claim_profiles(docs, claims, (), entities.mentions)
    titles = title_vectors(embedder, articles)
    set_title_cosines(profiles, vectors, titles)
    return claims, pair_features(profiles, vectors), vectors, titles


def test_position_features_on_a_real_parse(suit_features) -> None:
    claims, features, vectors, titles = suit_features
    first_a, first_b = 0, next(k for k, c in enumerate(claims) if c.article_id == "b")
    last_a = first_b - 1
    assert first_b > LEAD  # article a has more claims than its lead
    assert features["lead_first"][first_a, first_b] == 1.0
    assert features["lead_both"][first_a + 1, first_b + 1] == 1.0
    assert features["lead_both"][last_a, first_b] == 0.0
    assert features["lead_product"][last_a, first_b + 1] == pytest.approx(1 / ((1 + last_a) * 2))
    assert features["position_known"][last_a, first_b] == 1.0
    # article a has a title: its sentences are read against it; b has none: its first
    # claim stands in, so b's lead is at 1.0 and a's cosine to its title decides
    to_title = float(np.clip(vectors[first_a] @ titles["a"], 0.0, 1.0))
    assert features["title_min"][first_a, first_b] == pytest.approx(to_title, abs=1e-5)
    assert 0.0 < to_title < 1.0
    # Oregon is named by both articles: the story's top entity
    names_oregon = [k for k, c in enumerate(claims) if "Oregon" in c.text]
    a_side = [k for k in names_oregon if claims[k].article_id == "a"]
    b_side = [k for k in names_oregon if claims[k].article_id == "b"]
    assert features["top_entity_both"][a_side[0], b_side[0]] == 1.0
    assert features["top_entity_both"][last_a, b_side[0]] == 0.0
    assert 0.0 < features["central_min"][first_a, first_b] <= 1.0


def _shared(facts) -> list[list[str]]:
    return [[c.text for c in f.claims] for f in facts if f.status == "shared"]


def test_two_leads_of_one_event_in_other_words_are_one_fact() -> None:
    facts = analyze_story([_article("a", SUIT_A), _article("b", SUIT_B)]).facts
    assert any(any(t.startswith("The Justice Department said on Tuesday") for t in group)
               and any(t.startswith("The federal government sued Oregon") for t in group)
               for group in _shared(facts)), _shared(facts)  # fmt: skip


def test_two_leads_of_two_different_actions_are_not_one_fact() -> None:
    facts = analyze_story([_article("a", STRIKE_A), _article("b", STRIKE_B)]).facts
    assert not any(any(t.startswith("Transit workers in Lisbon walked") for t in group)
                   and any(t.startswith("Lisbon's mayor offered") for t in group)
                   for group in _shared(facts)), _shared(facts)  # fmt: skip
