"""Session 31 (branch i12-speakers28): four speaker rules read on gold/speakers-basil10.

- the words in marks of what one accuses another of are the accuser's ("X accused Y of
  “…”"): accused.py, read by worded.py;
- an "it" that speaks right after a document was named ("on his website: … it says")
  is not given to an organisation named further back: it_document.py;
- a "by" phrase the parse hung on a verb with an active subject is no agent, so it
  names no speaker: active_agent.py;
- a word inside a longer place name ("South Korea") is no bare surname
  of a person named before: place_surname.py.

Every text is written for the test and parsed by the real pipeline.
"""

from __future__ import annotations

from newsprism.extract.nlp import load_nlp
from newsprism.extract.quotes.accused import accuses_someone
from newsprism.extract.quotes.active_agent import misplaced_agent
from tests.extract.quote_helpers import only, quotes_of


def test_the_accused_phrase_is_the_accusers() -> None:
    text = "Senator Ann Lee accused the mayor of “wasting a whole decade of planning” on Monday."
    quote = only(quotes_of(text), "accused")
    assert quote.speaker == "Ann Lee"
    assert "wasting a whole decade of planning" in quote.text


def test_an_accusing_participle_takes_its_clauses_subject() -> None:
    text = ("Governor Tom Hale criticised the budget on Tuesday, accusing lawmakers of "
            "having “ignored every rural county.”")  # fmt: skip
    quote = only(quotes_of(text), "accusing")
    assert quote.speaker == "Tom Hale"


def test_the_passive_accused_names_no_accuser() -> None:
    text = "Mayor Jo Park was accused of running “a very quiet little scheme” at city hall."
    assert not [q for q in quotes_of(text) if q.cue and "accus" in q.cue]


def test_a_title_in_marks_after_accused_is_no_wording() -> None:
    text = "Ann Lee accused the station of airing “The Evening Report” too late."
    assert not [q for q in quotes_of(text) if q.cue == "accused"]


def test_accuses_someone_needs_the_object() -> None:
    nlp = load_nlp()
    active = nlp("Lee accused the mayor of lying.")
    passive = nlp("The mayor was accused of lying.")
    assert accuses_someone(next(t for t in active if t.lemma_ == "accuse"))
    assert not accuses_someone(next(t for t in passive if t.lemma_ == "accuse"))
    assert accuses_someone(next(t for t in active if t.lemma_ == "mayor"))  # no accusing verb


def test_it_after_a_document_is_not_an_organisation_further_back() -> None:
    text = ("The Acme Corporation cut 300 jobs on Monday.\n\n"
            "Its chief, John Smith, thanked the staff in a letter.\n\n"
            "“We expect a better year,” it added.")  # fmt: skip
    quote = only(quotes_of(text), "added")
    assert quote.speaker is None


def test_it_after_a_website_stays_unresolved() -> None:
    text = ("The city council met on Monday.\n\n"
            "Mary Cole writes about herself on her website: “Born on a farm, Mary Cole "
            "moved to the city at age nine.” "
            "“She worked two jobs through school,” it says.")  # fmt: skip
    quote = only(quotes_of(text), "says")
    assert quote.speaker is None


def test_it_without_a_document_still_finds_the_organisation() -> None:
    text = ("The Acme Corporation cut 300 jobs on Monday.\n\n"
            "Its chief, John Smith, thanked the staff.\n\n"
            "“We expect a better year,” it added.")  # fmt: skip
    quote = only(quotes_of(text), "added")
    assert quote.speaker == "Acme Corporation"


def test_a_body_that_is_the_subject_beside_the_document_still_speaks() -> None:
    text = ("Prices fell in March.\n\n"
            "The Acme Corporation said in a statement that sales had fallen.\n\n"
            "“We expect a better year,” it added.")  # fmt: skip
    quote = only(quotes_of(text), "added")
    assert quote.speaker == "Acme Corporation"


def test_a_by_phrase_on_an_active_verb_does_not_speak() -> None:
    text = ("The audit came out on Friday.\n\n"
            "The audit reviewed a survey last year by the Harbor Authority and warned "
            "that the pier could not hold “another winter of heavy storms.”")  # fmt: skip
    quote = only(quotes_of(text), "warned")
    assert quote.speaker != "Harbor Authority"


def test_the_agent_of_a_passive_still_speaks() -> None:
    text = "The plan “will cost far more than promised,” was reported by the Daily Ledger."
    quote = only(quotes_of(text), "reported")
    assert quote.speaker == "Daily Ledger"


def test_misplaced_agent_reads_the_voice() -> None:
    nlp = load_nlp()
    active = nlp("The cable summarized a meeting by the mission and warned the staff.")
    passive = nlp("The meeting was summarized by the mission.")
    reduced = nlp("A study released by two chemists shows that the river is clean.")
    assert misplaced_agent(next(t for t in active if t.lemma_ == "summarize"))
    assert not misplaced_agent(next(t for t in passive if t.lemma_ == "summarize"))
    released = next(t for t in reduced if t.lemma_ == "release")
    assert not misplaced_agent(released)  # no object: a participle, its agent the maker


def test_a_place_name_is_not_a_persons_surname() -> None:
    # the tagger takes "N. Korea" for a person: given name "N.", surname "Korea"
    text = ("Officials denounce N. Korea missile launch. South Korea said the launch "
            "was “a reckless and dangerous act.”")  # fmt: skip
    quote = only(quotes_of(text), "said")
    assert quote.speaker == "South Korea"


def test_a_bare_surname_the_tagger_missed_still_finds_its_person() -> None:
    text = "Ann Skelly runs the clinic.\n\n“We are full every single day,” said Skelly."
    quote = only(quotes_of(text), "said")
    assert quote.speaker == "Ann Skelly"
