"""country_key: one key per country however written; no key for a name that only
contains a country's name (extract/country_names.py, session 35)."""

from __future__ import annotations

import pytest

from newsprism.extract.country_names import country_key


@pytest.mark.parametrize("name", ["USA", "U.S.A.", "the U.S.", "America", "U.S", "US"])
def test_every_spelling_of_the_united_states_is_one_key(name: str) -> None:
    assert country_key(name) == "united states"


def test_a_country_without_aliases_is_itself() -> None:
    assert country_key("The Netherlands") == country_key("Netherlands") == "netherlands"
    assert country_key("Britain") == country_key("U.K.") == "united kingdom"


@pytest.mark.parametrize("name", ["Bank of America", "Americas", "American", "Washington",
                                  "North America Cup", "Kabul"])
def test_a_name_that_holds_a_country_is_no_country(name: str) -> None:
    assert country_key(name) is None


def test_latin_america_is_its_own_place() -> None:
    assert country_key("Latin America") == "latin america"
