"""A definite subject that is a title or office the story names one holder of reads
alone (session 24): "The president said …" in a story of President Biden; a bare "The
man", "The company", a title given to two holders or only to a past one does not."""

from __future__ import annotations

import pytest

from newsprism.compare import readable
from newsprism.compare.align import AlignedClaim
from newsprism.compare.readable import unusable_reasons
from newsprism.compare.summary import summarize
from newsprism.compare.title_subjects import story_title_subjects
from newsprism.models import Article, Claim

BEFORE = "Officials met on Monday to discuss the plan. "  # the line is no lead


@pytest.mark.parametrize(("story", "line"), [
    ("President Joe Biden met Democratic leaders. President Biden’s plan stalled.",
     "The president said he would sign the bill on Friday."),
    ("Gov. Gavin Newsom (D) signed the order.", "The governor signed the bill on Monday."),
    ("The Justice Department sued Texas over the law.",
     "The department said the law violates the Constitution."),
    ("Attorney General Merrick Garland announced the suit.",
     "The attorney general said the state had acted unlawfully."),
    ("The Biden administration appealed the ruling.",
     "The administration said it would appeal again."),
])  # fmt: skip
def test_a_title_the_story_names_one_holder_of_reads(story: str, line: str) -> None:
    titled = story_title_subjects([story])
    assert "pronoun" in unusable_reasons(line, [], line, BEFORE)  # session 23's rule
    assert unusable_reasons(line, [], line, BEFORE, titled) == []


@pytest.mark.parametrize(("story", "line"), [
    # two holders: which governor?
    ("Gov. Gavin Newsom and Gov. Greg Abbott traded barbs.", "The governor signed the bill."),
    # only a past holder is named with the title
    ("Former President Donald Trump held a rally.", "The president said he would sign it."),
    # no title: a bare common noun
    ("President Joe Biden spoke.", "The man was arrested on Tuesday."),
    ("Ford Motor Company cut jobs. President Joe Biden spoke.",
     "The company said it would cut more jobs."),
    # the title with a word that makes it another holder
    ("President Joe Biden spoke.", "The former president said he would run again."),
    # two departments
    ("The Justice Department and the Commerce Department met.",
     "The department said it would appeal."),
])  # fmt: skip
def test_no_one_holder_no_exception(story: str, line: str) -> None:
    titled = story_title_subjects([story])
    assert "pronoun" in unusable_reasons(line, [], line, BEFORE, titled)


def test_the_holders_read_from_the_texts() -> None:
    found = story_title_subjects([
        "President Joe Biden said. President Biden’s plan. Former President Donald Trump "
        "said. Gov. Gavin Newsom (D) and Gov. Greg Abbott. The Senate Judiciary Committee "
        "met.", "The Biden administration and the Trump administration."])
    assert "president" in found and "committee" in found
    assert "governor" not in found and "administration" not in found
    # one body written longer or shorter is one; two committees are two
    assert story_title_subjects(["The U.S. Supreme Court ruled. The Supreme Court said."]
                                ) == {"court"}  # fmt: skip
    assert story_title_subjects(["The Justice Department, the Department of Justice."]
                                ) == {"department"}  # fmt: skip
    assert "committee" not in story_title_subjects(
        ["The House Judiciary Committee and the Senate Judiciary Committee met."])
    # "Vice President Kamala Harris" is the vice president, not a second president
    assert story_title_subjects(["Vice President Kamala Harris met President Joe Biden."]
                                ) >= {"president", "vice president"}  # fmt: skip


def test_the_summary_keeps_a_president_line(monkeypatch: pytest.MonkeyPatch) -> None:
    """One outlet's unique fact, "The president said …", its article naming President
    Biden in a sentence that is no summary line: kept; without the exception, left out."""
    sentences = ("President Joe Biden met congressional leaders at the White House.",
                 "The president said he would sign the infrastructure bill on Friday.")
    text = "\n\n".join(sentences)
    article = Article(id="A", content_hash="A", source_path="A.txt", text=text, raw="",
                      raw_format="text", outlet="Outlet A")
    start = text.index(sentences[1])
    claim = Claim("A:c1", "A", 1, sentences[1], start=start, end=start + len(sentences[1]))
    facts = [AlignedClaim("F1", "unique", [claim])]
    assert [line["text"] for line in summarize([article], facts)] == [sentences[1]]
    monkeypatch.setattr(readable, "TITLE_SUBJECTS", False)
    assert summarize([article], facts) == []
