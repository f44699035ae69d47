"""Three quote rules of session 34's reader's pass (docs/eval-compare.md, "Session 34: a
reader's pass over fresh stories"), through the real parse and extractor, in words
unlike the stories':

- extract/quotes/quoted_subject.py: a cue's subject that the parse took from inside the
  quotation, when the cue has its own subject outside the marks;
- extract/quotes/own_referent.py: a definite noun resolved through an earlier mention
  speaks as that mention alone, not with the nouns "and" joined to it;
- extract/quotes/cut_bare.py: reported words the excerpt cut before any content word.
"""

from __future__ import annotations

from newsprism.extract.nlp import load_nlp
from newsprism.extract.quotes.quoted_subject import quoted_beside_own

from .quote_helpers import quotes_of

# the parse makes "rentals" (inside the quotation) a second subject of "told"
FLOOD = ('"One thing is that he didn\'t discuss the storm and the fact that tens of '
         "thousands of homes are flooding across our county, many of them rentals, many "
         "of them houses from the fifties, many of them holding families that you don't "
         'even want to think about," Nguyen told WBAL\'s Sara Cole.')


def test_the_subject_outside_the_quotation_speaks() -> None:
    found = quotes_of(FLOOD)
    assert [q.speaker for q in found] == ["Nguyen"]
    assert found[0].text.startswith("One thing is")


def test_the_quoted_noun_is_set_aside_only_beside_an_outside_subject() -> None:
    doc = load_nlp()(FLOOD)
    verb = next(t for t in doc if t.lower_ == "told")
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    qid = [-1] * len(doc)
    for t in doc[1: next(t.i for t in doc if t.text == "about") + 2]:
        qid[t.i] = 0  # the quotation's words, as the extractor's Article marks them
    inside = next(s for s in subjects if qid[s.i] != -1)
    outside = next(s for s in subjects if qid[s.i] == -1)
    assert quoted_beside_own(inside, verb, qid)
    assert not quoted_beside_own(outside, verb, qid)
    qid[outside.i] = 0  # no subject outside the marks: the quoted one stays
    assert not quoted_beside_own(inside, verb, qid)


def test_a_quoted_name_before_its_verb_stays_the_subject() -> None:
    found = quotes_of('The "Tuesday Group" said on Monday that the vote would be close.')
    assert [q.speaker for q in found] == ["Tuesday Group"]


def test_a_definite_noun_takes_its_earlier_mention_alone() -> None:
    text = ("The union is done bargaining after months of talks between Governor Ana "
            "Ruiz’s administration and Sen. Paul Hart (R-Ore.) ended Monday.\n\n"
            "The administration also said it was drafting a new budget with county leaders.")
    assert [q.speaker for q in quotes_of(text)] == ["Governor Ana Ruiz’s administration"]


def test_a_body_noun_takes_its_earlier_mention_alone() -> None:
    text = ("Months of talks between the city's transit agency and the drivers' union "
            "broke down on Monday.\n\nThe agency said it would hire temporary drivers.")
    assert [q.speaker for q in quotes_of(text)] == ["the city's transit agency"]


def test_a_joined_phrase_that_speaks_keeps_its_conjuncts() -> None:
    found = quotes_of("Teachers and parents said the school should stay open.")
    assert [q.speaker for q in found] == ["Teachers and parents"]


def test_an_earlier_mention_without_conjuncts_is_unchanged() -> None:
    text = ("The city's transit agency cut two bus lines on Monday.\n\n"
            "The agency said it would hire temporary drivers.")
    assert [q.speaker for q in quotes_of(text)] == ["the city's transit agency"]


# extract/quotes/cut_bare.py: reported words the excerpt cut before they said anything


def test_reported_words_cut_before_any_content_are_no_quote() -> None:
    found = quotes_of("The council met on Monday. Effective at once, the mayor says she will...")
    assert [q.text for q in found] == []


def test_reported_words_cut_after_a_verb_stay() -> None:
    found = quotes_of("The council met on Monday. The mayor says she will resign...")
    assert [q.text for q in found] == ["she will resign"]


def test_an_elliptical_answer_the_text_goes_on_from_stays() -> None:
    found = quotes_of("Asked whether he would run again, the senator said he would. "
                      "The vote is in May.")
    assert "he would" in [q.text for q in found]
