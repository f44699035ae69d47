"""One name written two ways (cluster/variants.py): the kinds it reads, what it leaves
out, and the rarity of a match."""

from __future__ import annotations

import pytest

from newsprism.cluster.terms import stable_hash
from newsprism.cluster.variants import name_key, rarest_variant, variant_kind, variant_of


@pytest.mark.parametrize(("a", "b", "kind"), [
    ("NYPD", "New York Police Department", "acronym"),
    ("UN Security Council", "United Nations Security Council", "acronym"),
    ("SF Giants", "San Francisco Giants", "acronym"),
    ("Federal Reserve", "Federal Reserve Board", "inside"),
    ("Bank of Japan", "Governor Bank of Japan", "inside"),
    ("Volodymyr Zelenskiy", "Volodymyr Zelensky", "spelling"),
    ("Tchaikovski", "Tchaikovsky", "spelling"),
])  # fmt: skip
def test_one_name_two_ways(a: str, b: str, kind: str) -> None:
    assert variant_kind(a, b) == kind
    assert variant_kind(b, a) == kind


@pytest.mark.parametrize(("a", "b"), [
    ("U.N.", "UN"),  # one name: the entity column counts it
    ("Powell", "Jerome Powell"),  # a last word alone: the entity column counts it too
    ("Jerome", "Jerome Powell"),  # a given name alone: many people's
    ("CNN", "New Hampshire"),  # capitals that are not the other's initials
    ("EU", "EU-UK"),  # initials of two short forms, not a spelling out
    ("Ukrainians", "Ukrainian"),  # one word inflected, not two spellings
    ("Liberal", "Liberalic"),  # a word and its adjective
    ("Karen Zelensky", "Volodymyr Zelenskiy"),  # two given names: two people
    ("Canada", "Canadian"),  # too far apart to be one spelling
    ("Nato", "Nate"),  # too short to tell a spelling from another word
    ("St", "St Louis Cardinals"),  # two letters
])  # fmt: skip
def test_not_a_variant(a: str, b: str) -> None:
    assert not variant_of(a, b)
    assert not variant_of(b, a)


def test_rarity_is_the_commoner_name_and_the_rarest_match_wins() -> None:
    idf = {stable_hash("e:" + name_key(n)): v for n, v in
           [("NYPD", 5.0), ("New York Police Department", 8.0), ("Federal Reserve", 4.0)]}
    found = rarest_variant(["NYPD", "Federal Reserve"],
                           ["New York Police Department", "Federal Reserve Board"], idf, 9.5)
    assert found == (5.0, "NYPD", "New York Police Department")
    # a name the table lacks weighs the default, the rarest
    assert rarest_variant(["Tchaikovski"], ["Tchaikovsky"], idf, 9.5) == (
        9.5, "Tchaikovski", "Tchaikovsky")


def test_a_name_both_hold_is_no_variant_and_kinds_filter() -> None:
    # "Federal Reserve" is in both lists: one name, not a variant of "Federal Reserve Board"
    assert rarest_variant(["Federal Reserve"], ["Federal Reserve", "Federal Reserve Board"],
                          {}, 9.0) is None
    assert rarest_variant(["NYPD"], ["New York Police Department"], {}, 9.0,
                          kinds=("spelling",)) is None
    assert rarest_variant(["NYPD"], ["New York Police Department"], {}, 9.0,
                          kinds=("acronym",)) is not None
