"""The numbers a claim offers a cross-language pair: quantities and written digits."""

from __future__ import annotations

import numpy as np

from newsprism.compare.crosslang import cross_pair_scores
from newsprism.models import Claim, Quantity
from newsprism.xling.cross_numbers import is_year, pair_numbers


def _claim(text: str, article: str = "e", language: str | None = None,
           quantities: list[Quantity] | None = None) -> Claim:
    return Claim(id=f"{article}:c1", article_id=article, sentence_index=0, text=text,
                 quantities=quantities or [], language=language)


def test_an_age_the_extractor_left_out_is_read_from_the_text() -> None:
    assert "31" in pair_numbers(_claim("The goalkeeper, 31, signed a new contract."))


def test_an_ordinal_gives_its_number() -> None:
    assert "12" in pair_numbers(_claim("It was her 12th title on clay."))


def test_a_year_is_no_pair_number() -> None:
    assert pair_numbers(_claim("The bridge opened in 2016 after long delays.")) == set()
    assert is_year(2016) and not is_year(2016.5) and not is_year(350)


def test_scaled_numbers_meet_across_scripts() -> None:
    english = _claim("About 2.3 million voters were registered.")
    arabic = _claim("سجل نحو ٢٫٣ مليون ناخب.", "a", "ar")
    assert "2300000" in pair_numbers(english) & pair_numbers(arabic)


def test_a_claim_without_digits_offers_none() -> None:
    assert pair_numbers(_claim("The minister declined to comment on the talks.")) == set()


def test_the_written_number_adds_the_bonus_only_when_the_values_match() -> None:
    english = _claim("The striker is 27 years old.")
    same = _claim("يبلغ المهاجم 27 عاما.", "a", "ar")
    other = _claim("يبلغ المهاجم 29 عاما.", "b", "ar")
    claims = [english, same, other]
    vectors = np.eye(3, dtype=np.float32)  # no cosine at all: only the bonus shows
    scores = cross_pair_scores(claims, np.zeros((3, 3), dtype=np.float32), vectors)
    assert scores[0, 1] > scores[0, 2]
    assert scores[0, 2] == 0.0
