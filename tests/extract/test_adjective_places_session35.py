"""An adjective and a country tagged as one organisation are the country (session 35,
``extract/adjective_places.py``; NeuS raw row 1's "the first Black U.S. secretary of
state" gave an ORG row "Black U.S."). Sentences written for the tests; each runs the real
parse and the real entity linker."""

from __future__ import annotations

from tests.extract.test_place_heads import _rows


def _kinds(text: str) -> dict[str, str]:
    return {name: kind for name, (kind, _) in _rows({"a": text}).items()}


def test_an_adjective_before_a_country_is_dropped_and_the_country_kept() -> None:
    kinds = _kinds("Amina Sule, the first Black U.S. trade envoy to Lagos, retired on Friday "
                   "after nine years in the post.")
    assert not any(name.startswith("Black") for name in kinds), kinds
    assert any(kinds.get(name) == "GPE" for name in ("U.S.", "America", "United States"))


def test_a_body_named_after_a_country_keeps_its_name() -> None:
    kinds = _kinds("The Royal Saudi Air Force flew two missions, and Bank of America "
                   "lenders met on Friday.")
    assert kinds.get("Bank of America") == "ORG"
    assert any(name.endswith("Air Force") and kind == "ORG" for name, kind in kinds.items())


def test_a_country_named_alone_is_untouched() -> None:
    kinds = _kinds("Officials in Canada said the Canadian envoy would return on Monday.")
    assert kinds.get("Canada") == "GPE"


def test_a_noun_before_a_country_is_a_name_not_an_adjective() -> None:
    """"Air" of "an Air France flight" is a noun: the airline stays one ORG row."""
    kinds = _kinds("Passengers boarded an Air France flight to Lyon on Friday.")
    assert kinds.get("Air France") == "ORG" and "France" not in kinds
