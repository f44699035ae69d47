"""Session 35 speaker rules (docs/eval-quotes.md, "Session 35"), each on a real parse.

- an -ing cue right after a noun of speech, no comma between, is the noun's author's
  ("remarks Governor Hendry made in 2014 claiming …": Hendry's), :mod:`noun_author`;
- a surname the tagger read as a common noun, subject of its clause, is the person the
  article named in full ("Sessions later told …"), :mod:`noun_surname`.

Sentences written for the tests, in words unlike the gold's (gold/speakers-fresh35).
"""

from __future__ import annotations

from newsprism.extract.nlp import load_nlp
from newsprism.extract.quotes.lexicon import load_lexicon
from newsprism.extract.quotes.noun_author import made_by, speech_noun_before
from newsprism.extract.quotes.noun_surname import surname_read_as_noun
from newsprism.extract.quotes.office_word import names_office
from tests.extract.quote_helpers import only, quotes_of


def _token(text: str, word: str):
    doc = load_nlp()(text)
    return next(t for t in doc if t.text == word)


def test_remarks_a_named_person_made_are_his() -> None:
    # before: no speaker (the parse hangs "claiming" on "circulated", whose subject is
    # a relative "who")
    text = ("The mayor's rivals were joined by unions across the state, who circulated "
            "remarks Governor Paul Hendry made in 2014 claiming the schools were “a "
            "bottomless pit.”")  # fmt: skip
    quote = only(quotes_of(text), "claiming")
    assert quote.speaker == "Paul Hendry"


def test_comments_the_senator_made_are_the_senators() -> None:
    # before: "teachers across the county", the ones who replayed the comments
    text = ("State Senator Ann Moss toured the plant in June.\n\nHer opponents were "
            "backed by teachers across the county, who replayed comments the senator made "
            "in 2012 saying she “would gladly close” the plant.")  # fmt: skip
    quote = only(quotes_of(text), "saying")
    assert quote.speaker == "Ann Moss"


def test_the_noun_of_speech_and_its_author_are_found() -> None:
    lex = load_lexicon()
    verb = _token("Opponents seized on a tweet the senator posted last year saying the "
                  "plant was safe.", "saying")  # fmt: skip
    noun = speech_noun_before(verb, lex)
    assert noun is not None and noun.lower_ == "tweet"
    author = made_by(noun)
    assert author is not None and author.lower_ == "senator"


def test_a_participle_after_the_main_verb_is_left_to_the_older_rules() -> None:
    lex = load_lexicon()
    verb = _token("The clerk read the statement aloud saying it was final.", "saying")
    assert speech_noun_before(verb, lex) is None  # "aloud" hangs on the clerk's verb


def test_a_participle_set_off_by_a_comma_is_left_to_the_older_rules() -> None:
    lex = load_lexicon()
    verb = _token("The council rejected the mayor's statement, saying the budget was "
                  "padded.", "saying")  # fmt: skip
    assert speech_noun_before(verb, lex) is None  # the council says, not the mayor


def test_a_participle_after_a_noun_not_of_speech_is_left_alone() -> None:
    lex = load_lexicon()
    verb = _token("Residents waved banners outside city hall saying they wanted the "
                  "park back.", "saying")  # fmt: skip
    assert speech_noun_before(verb, lex) is None


def test_a_statement_with_no_author_written_says_nothing() -> None:
    lex = load_lexicon()
    verb = _token("Reporters read a short statement released overnight saying the "
                  "talks had failed.", "saying")  # fmt: skip
    noun = speech_noun_before(verb, lex)
    assert noun is None or made_by(noun) is None


def test_a_surname_tagged_a_common_noun_is_the_person_named_in_full() -> None:
    # before: "Sessions", a description (the tagger read a plural common noun)
    text = ("Attorney General Jeff Sessions spoke on Monday. Sessions later told "
            "reporters that the policy was “settled law.”")  # fmt: skip
    quote = only(quotes_of(text), "told reporters")
    assert (quote.speaker, quote.resolved) == ("Jeff Sessions", "name")


def test_the_same_word_as_a_common_noun_stays_a_word() -> None:
    doc = load_nlp()("The rose bush grew fast, and Bush said nothing.")
    bush = next(t for t in doc if t.lower_ == "bush")
    assert not surname_read_as_noun(bush, {"bush"})  # lower case, a modifier
    doc = load_nlp()("Price climbed sharply in May, the report said.")
    price = doc[0]
    assert not surname_read_as_noun(price, set())  # no one named Price in full


# second batch's kinds ------------------------------------------------------------------


def test_a_participle_before_a_quotation_whose_verb_the_parse_made_the_root() -> None:
    # before: no speaker (the parse hung the narration on the quoted "said", so the
    # participle looked for that verb's subject inside the quotation)
    text = ("Coach Dana Pruitt praised the players on Sunday.\n\nPruitt was not pleased "
            "with the referees, telling the crowd, “Everyone said the last call was "
            "wrong.”")  # fmt: skip
    quote = only(quotes_of(text), "telling the crowd")
    assert quote.speaker == "Dana Pruitt"


def test_a_share_of_two_groups_joined_speaks_as_that_share() -> None:
    # before: no speaker (the parse hung "Republican-leaning voters" as an apposition,
    # which the share rule took for a name run into the phrase)
    text = ("In a national Gallup survey released Tuesday, 28% of Democrats and "
            "Democratic-leaning adults said they were \"very hopeful\" about the "
            "economy.")  # fmt: skip
    quote = only(quotes_of(text), "said")
    assert quote.speaker == "28% of Democrats and Democratic-leaning adults"


def test_a_bare_office_word_is_no_earlier_mention() -> None:
    # before: the speaker shown was the word "governor" of "to be governor"
    text = ("Governor Lena Marsh will campaign for her deputy on Friday.\n\nMarsh will "
            "tell voters that Hal Ortiz is ready to be governor.\n\n“Nobody knows this "
            "state better,” the two-term governor will say.")  # fmt: skip
    quote = only(quotes_of(text), "say")
    assert quote.speaker == "Lena Marsh"


def test_an_office_word_with_an_article_is_still_a_mention() -> None:
    doc = load_nlp()("She is the governor now, and he wants to be governor.")
    words = [t for t in doc if t.lower_ == "governor"]
    assert [names_office(t) for t in words] == [False, True]


def test_a_participle_after_a_person_inside_the_document_is_not_the_documents() -> None:
    lex = load_lexicon()
    verb = _token("Her office called a Gazette story which shows footage of her at a 2015 "
                  "rally saying she had never met him a smear.", "saying")  # fmt: skip
    assert speech_noun_before(verb, lex) is None  # her, at the rally: not the story
