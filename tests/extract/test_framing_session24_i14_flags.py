"""Flags that are not the outlet's framing (session 24, docs/eval-framing.md "Session 24:
flags that are not the outlet's"): a title or name in quote marks is no partial quote,
and an attribution verb a source says inside a quotation is no flag. Sentences from
BASIL 2010–2012 articles (the training years the rules were chosen on), parsed by the
shared pipeline; the lexicon layers only (the rules do not read the detector)."""

from __future__ import annotations

import pytest

from newsprism.extract.framing import frame_text, load_lexicon
from newsprism.extract.framing.quoting import is_title, quotations


def _partials(text: str) -> list[str]:
    return [s.text for s in frame_text(text, detector=False).partial_quotes]


@pytest.mark.parametrize(
    ("text", "title"),
    [
        # BASIL 2010-12, NYT: a show's name after "on CNN's"
        ("David Axelrod, the president’s chief political adviser, said on CNN’s “American "
         "Morning” that middle-class Americans were “going to get screwed” if their tax "
         "cuts were not extended at the end of the year.", "“American Morning”"),
        # Fox: a book's title after a speech verb
        ("Ryan also discussed his affection for novelist Ayn Rand, saying “Atlas Shrugged” "
         "triggered his interest in economics.", "“Atlas Shrugged”"),
        # Fox: a name given in court
        ("The lawsuit alleges that the company's corporate culture, described in court "
         "Tuesday as the \"Wal-Mart Way,\" fosters the advancement of male workers over "
         "their female counterparts.", "\"Wal-Mart Way,\""),
    ],
)  # fmt: skip
def test_a_title_in_quote_marks_is_no_partial_quote(text: str, title: str) -> None:
    assert title not in _partials(text)


def test_a_sources_own_words_stay_partial_quotes() -> None:
    # BASIL 2010-12, Fox: DeMint's lower-case word is still a partial quote
    text = ("DeMint, who said Afghanistan is a war the United States must win, said Steele "
            "needs to \"refocus\" on the November election.")  # fmt: skip
    assert _partials(text) == ['"refocus"']


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("“Is it true,” Chief Justice John G. Roberts Jr. asked.", False),  # a sentence
        ("He called Steele's comments \"unacceptable\" and \"inaccurate.\"", False),
        ("\"Today\" show host Meredith Vieira asked Trump.", True),  # one word, a title's place
        ("Glenn Beck talked about \"Progressivism\" again.", False),  # one word, no title's place
        ("He watched “Face the Nation” on Sunday.", True),
        # what a thing is said to be or called is the source's word (test_framing_context)
        ('Smith said the new ethics rules were "Mickey Mouse" and would not last.', False),
        ('Smith called them "Mickey Mouse" on Monday.', False),
    ],
)
def test_is_title(text: str, expected: bool) -> None:
    q = quotations(text)[0]
    assert is_title(text, q, load_lexicon()) is expected


def test_an_attribution_verb_a_source_says_is_no_flag() -> None:
    # BASIL 2010-12, NYT (Perry's ad): "admit" is Perry's verb, not the outlet's choice
    text = ("“I’m not ashamed to admit that I’m a Christian,” Mr. Perry says in the ad, “but "
            "you don’t need to be in the pew every Sunday to know there’s something wrong in "
            "this country when gays can serve openly in the military.”")  # fmt: skip
    framing = frame_text(text, detector=False)
    assert [a.verb for a in framing.attributions] == ["admit"]  # still listed, in_quote
    assert framing.attributions[0].span.in_quote
    assert "attribution" not in {kind for _, kind in framing.spans()}


def test_the_outlets_own_attribution_verb_stays_a_flag() -> None:
    # BASIL 2010-12, Fox: the outlet's "claiming" is its choice of verb
    text = ("Down in the polls, Texas Gov. Rick Perry is on the attack, claiming in a new TV "
            "ad that President Obama is waging a \"War on Religion,\" and he's the GOP "
            "candidate that can defend faith in America.")  # fmt: skip
    framing = frame_text(text, detector=False)
    assert ("claiming", "attribution") in {(s.text, kind) for s, kind in framing.spans()}
