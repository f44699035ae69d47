"""The one outlet-name fold (clean.outlets) that the relay finder and the "according
to" reader share: the table's tags and a leading "the" go, and only the reader folds
white space."""

from __future__ import annotations

from newsprism.clean.outlets import fold_outlet_name, load_outlet_table, shown_outlet_name
from newsprism.compare.relays import table_names


def test_a_tag_and_a_leading_the_are_not_part_of_the_name() -> None:
    assert shown_outlet_name(" ABC News (Australia) ") == "ABC News"
    assert fold_outlet_name("The New York Times (News)") == "new york times"
    assert fold_outlet_name("the Associated Press") == "associated press"
    assert fold_outlet_name("Theater News") == "theater news"  # "the" is a word, not a prefix


def test_only_the_reader_folds_white_space() -> None:
    assert fold_outlet_name("the Las  Vegas\nSun") == "las  vegas\nsun"
    assert fold_outlet_name("the Las  Vegas\nSun", one_space=True) == "las vegas sun"


def test_both_readers_fold_the_table_to_the_same_names() -> None:
    folded = {fold_outlet_name(row.outlet, one_space=True) for row in load_outlet_table()}
    assert folded == set(table_names())
    assert "abc news" in folded and "al rai" in folded  # "(Australia)", "(Kuwait)" gone
