"""Session 32 (branch i12-speakers29): speaker rules read on gold/speakers-basil11.

- a phrasal speech verb whose particle the parse tags an adverb ("shot back", "fired
  back"): phrasal.py, read by Article.speech_base and Cues.cue_of;
- a quotation after an abbreviation whose own stop ends the sentence ("…,” said Rep.
  Mary Holt, D-Ore. “But …”) opens a sentence, it is no fragment: abbrev_stop.py;
- "posit" is a verb of speech (data/speech_verbs.toml);
- a body's name with "and" inside ("the Gay and Lesbian Alliance …") is one speaker,
  not its first conjunct: and_name.py, read by Speakers.speaker_from;
- the marked object of what one is accused of doing ("accused Y of running a “…”") is
  the accuser's wording: accused_gerund.py, read by worded.py.

Every text is written for the test and parsed by the real pipeline.
"""

from __future__ import annotations

from newsprism.extract.nlp import load_nlp
from newsprism.extract.quotes.abbrev_stop import opens_after_stop
from newsprism.extract.quotes.accused_gerund import accusing_over
from newsprism.extract.quotes.and_name import and_name
from newsprism.extract.quotes.phrasal import particle_base
from tests.extract.quote_helpers import only, parts_of, quotes_of


def test_shot_back_before_a_colon_is_a_cue() -> None:
    text = ("Senator Paul Brand spoke after the vote on Monday. Brand shot back: “Nobody in "
            "this room believes that budget adds up.”")  # fmt: skip
    quote = only(quotes_of(text), "shot back")
    assert quote.speaker == "Paul Brand"
    assert quote.text.startswith("Nobody in this room")


def test_fired_back_after_the_quotation_is_a_cue() -> None:
    text = ("Mayor Leon Ortiz took questions on Friday. “We paid every contractor on time,” "
            "Ortiz fired back.")  # fmt: skip
    quote = only(quotes_of(text), "fired back")
    assert quote.speaker == "Leon Ortiz"


def test_back_on_another_word_is_no_particle() -> None:
    nlp = load_nlp()
    doc = nlp("Last winter, heating prices shot back up and rose by 4 percent.")
    shot = next(t for t in doc if t.lower_ == "shot")
    assert particle_base(shot, {"back": "shoot back"}) is None
    doc = nlp("Kim shot back at the reporters.")
    shot = next(t for t in doc if t.lower_ == "shot")
    assert particle_base(shot, {"back": "shoot back"}) == "shoot back"
    assert particle_base(shot, {"out": "point out"}) is None


def test_a_quotation_after_a_state_tag_continues_the_speaker() -> None:
    text = ("“Schools need the money now, and every district knows it,” said Rep. Mary "
            "Holt, D-Ore. “But the bill gives them nothing until next year.”")  # fmt: skip
    quote = only(quotes_of(text), "said")
    assert [p.startswith(("Schools", "But")) for p in parts_of(text, quote)] == [True, True]
    assert quote.speaker == "Mary Holt"


def test_a_marked_word_after_an_abbreviation_stays_a_fragment() -> None:
    nlp = load_nlp()
    doc = nlp("Officials in the U.S. “reset” policy kept meeting their counterparts.")
    mark = next(t for t in doc if t.text == "“")
    before = doc[mark.i - 1]
    assert before.text == "U.S."
    assert not opens_after_stop(before, mark)


def test_a_word_without_a_stop_is_not_read() -> None:
    nlp = load_nlp()
    doc = nlp("He said “Fine.” Then he left the room.")
    mark = next(t for t in doc if t.text == "“")
    assert not opens_after_stop(doc[mark.i - 1], mark)


def test_posited_is_a_cue() -> None:
    text = ("The author Rita Vance closed the evening. “The market is still young,” she "
            "posited, “and it has years of growth ahead.”")  # fmt: skip
    quote = only(quotes_of(text), "posited")
    assert quote.speaker == "Rita Vance"
    assert len(quote.parts) == 2


def test_a_body_named_with_and_is_one_speaker() -> None:
    text = ("The Sheep and Wool Growers Association said the new tariff “will close half "
            "the farms in the valley.”")  # fmt: skip
    quote = only(quotes_of(text), "said")
    assert quote.speaker == "Sheep and Wool Growers Association"


def test_an_untagged_body_name_with_and_is_not_cut_at_and() -> None:
    text = ("The Bread and Pastry Alliance Against Waste has asked bakers to give unsold "
            "loaves to “shelters that feed families every night.”")  # fmt: skip
    quote = only(quotes_of(text), "asked")
    assert quote.speaker == "Bread and Pastry Alliance Against Waste"


def test_two_people_joined_by_and_are_not_one_name() -> None:
    text = "Peter Walsh and Anna Berg said the vote “was rushed through at midnight.”"
    quote = only(quotes_of(text), "said")
    assert quote.speaker != "Walsh and Anna Berg"
    assert "Peter Walsh" in (quote.speaker or "")


def test_and_name_needs_a_body_noun_and_the_article() -> None:
    nlp = load_nlp()
    doc = nlp("The Hawks and Eagles said the match was fair.")
    head = next(t for t in doc if t.text == "Hawks")
    assert and_name(head, (head.idx, head.idx + len(head)), frozenset({"league"})) is None
    doc = nlp("Hawks and Eagles League officials said the match was fair.")
    head = next(t for t in doc if t.text == "Hawks")
    assert and_name(head, (head.idx, head.idx + len(head)), frozenset({"league"})) is None


def test_the_object_of_an_accused_gerund_is_the_accusers() -> None:
    text = ("Mayor Rosa Vega criticised the council on Friday, accusing its members of "
            "running a “circus of endless delays” at city hall.")  # fmt: skip
    quote = only(quotes_of(text), "accusing")
    assert quote.speaker == "Rosa Vega"
    assert "circus of endless delays" in quote.text


def test_a_passive_accused_gerund_names_no_accuser() -> None:
    text = "The coach was accused of running a “circus of endless delays” at the club."
    assert not [q for q in quotes_of(text) if q.cue and "accus" in q.cue]


def test_accusing_over_reads_only_the_gerund_of_an_accusing_of() -> None:
    nlp = load_nlp()
    doc = nlp("Lee accused the board of hiding the report.")
    hiding = next(t for t in doc if t.lower_ == "hiding")
    assert accusing_over(hiding) is not None and accusing_over(hiding).lower_ == "accused"
    doc = nlp("Lee thought of hiding the report.")
    hiding = next(t for t in doc if t.lower_ == "hiding")
    assert accusing_over(hiding) is None
