"""Session 38 (i12-reader38b): a possessive first part of an and-pair ("Facebook’s and
Instagram’s suspension", NeuS raw row 462) splits into the bare name, not "Facebook’s"."""

from __future__ import annotations

from newsprism.extract.and_pairs import split_and_pairs
from tests.extract.test_place_heads import _m


def _split(text: str, name: str, others: tuple[str, ...]) -> list[tuple[str, int, int]]:
    mentions = {"a": [_m(name, text, "ORG"), *(_m(o, text, "ORG") for o in others)]}
    split_and_pairs(mentions)
    return [(m.text, m.start, m.end) for m in mentions["a"]]


def test_a_possessive_first_part_splits_into_the_bare_name() -> None:
    text = "It upheld Facebook’s and Instagram’s suspension. Facebook said Instagram agreed."
    got = _split(text, "Facebook’s and Instagram", ("Facebook", "Instagram"))
    at = text.index("Facebook’s")
    assert got[:2] == [("Facebook", at, at + 8),
                       ("Instagram", text.index("Instagram"), text.index("Instagram") + 9)]


def test_a_possessive_first_part_not_named_alone_stays_whole() -> None:
    text = "It upheld Facebook’s and Instagram’s suspension. Instagram agreed."
    assert _split(text, "Facebook’s and Instagram", ("Instagram",))[0][0] == (
        "Facebook’s and Instagram")


def test_a_name_ending_on_s_named_alone_so_is_kept_as_written() -> None:
    text = "McDonald's and Wendy said so; McDonald's and Wendy agreed."
    got = _split(text, "McDonald's and Wendy", ("McDonald's", "Wendy"))
    assert [g[0] for g in got[:2]] == ["McDonald's", "Wendy"]
