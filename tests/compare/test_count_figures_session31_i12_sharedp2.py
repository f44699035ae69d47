"""Two counts of one thing that are not one figure are not one fact (session 31,
compare/count_figures.py): the ``count_differs`` veto, on sentences parsed as compare
reads them."""

from __future__ import annotations

from newsprism.compare.count_figures import quantity_matrices, same_figure
from newsprism.compare.pairs import pair_features
from newsprism.compare.same_fact import load_same_fact_model
from newsprism.embeddings import get_embedder
from newsprism.models import Quantity
from tests.compare.profile_helpers import first_claim_profiles


def _read(first: str, second: str) -> tuple[bool, bool]:
    """(one thing counted in both, with figures that agree or not; count_differs)."""
    agree, conflict, differ = quantity_matrices(first_claim_profiles(first, second))
    return bool(agree[0, 1] or conflict[0, 1]), bool(differ[0, 1])


def test_figures_are_one_at_the_coarser_precision_whatever_the_qualifier() -> None:
    assert same_figure(Quantity("at least 4.2 million", 4_200_000, "min", "ton"),
                       Quantity("4 million", 4_000_000, "exact", "ton"))
    assert not same_figure(Quantity("more than 2 million", 2_000_000, "min", "ton"),
                           Quantity("more than 40 million", 40_000_000, "min", "ton"))


def test_a_per_site_count_and_a_total_of_one_thing_differ() -> None:
    # both open intervals can hold, so quantities_agree reads them as agreeing
    per_site = ("Three large ports each handled more than 2 million containers last year, "
                "according to the shipping ministry.")
    total = ("More than 40 million containers passed through the country's ports last year, "
             "according to ministry figures.")
    agree, _, differ = quantity_matrices(first_claim_profiles(per_site, total))
    assert agree[0, 1] and differ[0, 1]


def test_one_figure_written_two_ways_or_a_shared_figure_does_not_differ() -> None:
    assert _read("The harvest reached at least 4.2 million tons, the ministry said.",
                 "Farmers brought in 4 million tons of grain this season.") == (True, False)
    # the pair also states one figure: the count that agrees decides
    assert _read("Exports fell by 30,000 barrels to 410,000 barrels a day in March.",
                 "Exports dropped to 410,000 barrels a day in March.") == (True, False)
    # a number both print, of other counted nouns, leaves the pair to the model
    assert _read("Senators voted 61-38 on the measure, short of the 12 senators needed.",
                 "In the 61-38 vote, 8 senators broke with their party.")[1] is False
    # different things counted are not compared
    assert _read("The port handled 2 million containers last year.",
                 "The port employed 40 million workers last year.") == (False, False)


def test_the_veto_keeps_the_two_counts_apart() -> None:
    units = first_claim_profiles(
        "Three large ports each handled more than 2 million containers last year, according "
        "to the shipping ministry.",
        "More than 40 million containers passed through the country's ports last year, "
        "according to ministry figures.")
    vectors = get_embedder().encode([u.text for u in units])
    features = pair_features(units, vectors)
    assert features["count_differs"][0, 1] == 1.0
    assert load_same_fact_model().probabilities(features)[0, 1] == 0.0
