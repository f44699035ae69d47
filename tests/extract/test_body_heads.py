"""Entity rows, session 33 (i12-entities16): an organisation the tagger stopped before a
body's head word takes the untagged capitalised words up to it. Sentences written for
the tests (not the gold's), with guards: no head word, a place, a word too many, a
mention inside the words."""

from __future__ import annotations

from newsprism.extract.body_heads import extend_to_body_head, merge_short_bodies
from tests.extract.test_place_heads import _m, _rows


def _extended(text: str, name: str, label: str = "ORG", others: tuple[str, ...] = ()) -> str:
    mentions = {"a": [_m(name, text, label), *(_m(o, text, "ORG") for o in others)]}
    extend_to_body_head(mentions, {"a": text})
    return mentions["a"][0].text


def test_an_org_stopped_before_its_committee_takes_the_head() -> None:
    text = "She sits on the Assembly Rules Committee in Albany."
    assert _extended(text, "Assembly") == "Assembly Rules Committee"


def test_no_head_word_or_a_place_leaves_the_mention() -> None:
    assert _extended("The Assembly Rules Office closed.", "Assembly") == "Assembly"
    text = "the Ohio Ethics Commission met"
    assert _extended(text, "Ohio", "GPE") == "Ohio"  # a state keeps its own row


def test_three_words_before_the_head_or_a_mention_inside_stop_it() -> None:
    assert _extended("the Assembly Very Long Rules Board", "Assembly") == "Assembly"
    text = "the Assembly Reuters Board"
    assert _extended(text, "Assembly", others=("Reuters",)) == "Assembly"


def test_a_story_shows_the_committee_as_its_own_row() -> None:
    rows = _rows({"a": "Lawmakers on the Senate Banking Committee questioned the Fed chair, "
                       "and the Senate later passed the bill."})
    assert "Senate Banking Committee" in rows or "Senate Banking Committee" in {
        a for _, aliases in rows.values() for a in aliases}


def _org_groups(*names: str) -> dict[tuple[str, str], list]:
    return {("NAME", n.lower()): [_m(n, n, "ORG")] for n in names}


def test_a_body_without_its_chamber_joins_the_one_chamber_form() -> None:
    other = _org_groups("Senate Aging Committee", "Aging Committee", "Senate")
    merge_short_bodies(other)
    assert sorted(k[1] for k in other) == ["senate", "senate aging committee"]
    assert len(other[("NAME", "senate aging committee")]) == 2


def test_two_chambers_or_no_body_head_keep_the_short_form_apart() -> None:
    other = _org_groups("House Ethics Committee", "Senate Ethics Committee", "Ethics Committee")
    merge_short_bodies(other)
    assert ("NAME", "ethics committee") in other
    other = _org_groups("House Freedom Fund", "Freedom Fund")
    merge_short_bodies(other)
    assert ("NAME", "freedom fund") in other


def test_a_body_joins_the_one_longer_name_an_office_opens() -> None:
    other = _org_groups("Treasury Audit Board", "Audit Board", "Treasury")
    merge_short_bodies(other)
    assert ("NAME", "audit board") not in other
    assert len(other[("NAME", "treasury audit board")]) == 2
