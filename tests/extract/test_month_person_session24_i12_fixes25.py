"""A lone month name the tagger calls a person is the month unless a person's context
says otherwise (session 24, i12-fixes25): CNBC's jobs report of NeuS raw row 376 ("in
May", "May’s letdown") gave a PERSON row "May". Real parses (spaCy)."""

from __future__ import annotations

from newsprism.extract.mentions import find_mentions
from newsprism.extract.nlp import load_nlp

CNBC = ("Job creation disappointed again in May, with nonfarm payrolls up what normally "
        "would be considered a solid 559,000 but still short of lofty expectations, the "
        "Labor Department reported Friday.\n\nMay’s letdown came after April sharply "
        "undershot expectations.")
# The tagger tags the lone "May" a person here and leaves "Theresa May" untagged.
PERSON = ("Theresa May spoke on Friday. Asked about the vote, May said the party would "
          "decide.")
TITLED = "Mrs. May told reporters on Friday that the deal was done."


def _people(text: str) -> list[str]:
    return [m.text for m in find_mentions(load_nlp()(text), "a") if m.label == "PERSON"]


def test_month_in_a_jobs_report_is_no_person() -> None:
    doc = load_nlp()(CNBC)
    assert ("May", "PERSON") in [(e.text, e.label_) for e in doc.ents]  # the tagger's error
    mentions = [m.text for m in find_mentions(doc, "a")]
    assert "May" not in mentions
    assert "Labor Department" in mentions


def test_a_given_name_before_the_month_keeps_the_person() -> None:
    assert "May" in _people(PERSON)


def test_a_title_makes_a_month_a_person() -> None:
    assert "May" in _people(TITLED)
