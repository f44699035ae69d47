"""Quote marks that are no source's chosen words and no writer's distance (session 24,
i14-read24): a word named as a word ("the word “cuts,”"), a title after a possessive
of a name ending in s ("On Fox News’ “Hannity,”"), a programme's name led by an
acronym ("NBC Nightly News"); "Tent City," (BASIL 2010–2012, a touched bias span)
stays a scare quote. Real sentences: NeuS raw rows 450 and 504 (Fox), BASIL 2010–2012.
Lexicon layers only (the quote marks do not depend on the detector)."""

from __future__ import annotations

import pytest

from newsprism.extract.framing import frame_text

FOX_R450 = ('The "squad" member was heavily ridiculed after she publicly refrained from '
            'using the word "women" during a Democratic oversight committee hearing where '
            "she recounted her personal experience with difficult pregnancies to raise "
            "awareness of the rising maternal death rate among Black expectant "
            "mothers.")  # fmt: skip
BASIL_CUTS = ("Though he doesn’t use the word “cuts,” the plan would slow the rate of benefit "
              "growth for seniors according to the Congressional Budget Office.")  # fmt: skip
BASIL_HANNITY = ("On Fox News’ “Hannity,” she called on the Obamas to rebuke the N.A.A.C.P. "
                 "and “set the record the straight.”")  # fmt: skip
FOX_R504 = ('Critics bashed "NBC Nightly News" Wednesday after the Peacock Network\'s '
            "flagship evening news program omitted key details from a report on the "
            "police-involved shooting of Ma'Khia Bryant in Columbus, Ohio.")  # fmt: skip
BASIL_TENT = ('He is famous for pushing worksite raids and creating a "Tent City," a '
              "military-style holding ground for inmates, now in its eighteenth year.")  # fmt: skip


def _marks(text: str) -> tuple[list[str], list[str]]:
    frame = frame_text(text, detector=False)
    return [s.text for s in frame.scare_quotes], [s.text for s in frame.partial_quotes]


@pytest.mark.parametrize(("text", "word"), [(FOX_R450, '"women"'), (BASIL_CUTS, "“cuts,”")])
def test_a_word_named_as_a_word_is_no_partial_quote(text: str, word: str) -> None:
    scare, partial = _marks(text)
    assert word not in partial and word not in scare


def test_a_scare_quote_stays_beside_the_mentioned_word() -> None:
    """Only the quotation after "the word" is a mention: another word in marks in the
    sentence stays a scare quote. (Fox's "squad" itself is a group's name before
    "member" since session 25, i14-read26, so the test quotes "a "radical" member".)"""
    assert _marks(FOX_R450.replace('The "squad"', 'A "radical"'))[0] == ['"radical"']


@pytest.mark.parametrize(("text", "name"), [(BASIL_HANNITY, "“Hannity,”"),
                                             (FOX_R504, '"NBC Nightly News"')])  # fmt: skip
def test_a_programmes_name_is_no_scare_quote(text: str, name: str) -> None:
    assert name not in _marks(text)[0]


def test_a_capitalised_phrase_without_an_acronym_stays_a_scare_quote() -> None:
    assert _marks(BASIL_TENT)[0] == ['"Tent City,"']
