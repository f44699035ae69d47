"""Session 31 (i12-speakers27), through the real parser: a document that "reads" its
words (extract/quotes/document_reads.py), a quoted title after the cue taken for its
subject (extract/quotes/title_subject.py) and a speaker described by what they use
("a Facebook user", data/speech_verbs.toml)."""

from __future__ import annotations

import pytest

from newsprism.extract.nlp import load_nlp
from newsprism.extract.quotes import extract_quotes
from newsprism.extract.quotes.article import Article
from newsprism.extract.quotes.document_reads import document_reading
from newsprism.extract.quotes.lexicon import load_lexicon
from newsprism.extract.quotes.title_subject import subject_in_later_quotation


@pytest.fixture(scope="module")
def nlp():
    return load_nlp()


def _over(nlp, text: str, words: str) -> list:
    """Every quote over ``words``, shortest first."""
    at = text.index(words)
    over = [q for q in extract_quotes(nlp(text)) if q.start <= at < q.end]
    return sorted(over, key=lambda q: q.end - q.start)


# a document that reads ---------------------------------------------------------------


def test_a_letter_that_reads_is_its_senders(nlp) -> None:
    text = ("The tenants' union sent a letter to the city council on Monday. \"We cannot "
            "pay another increase this winter,\" the letter reads.")
    (quote,) = _over(nlp, text, "cannot pay")
    assert quote.cue == "reads"
    assert quote.speaker is not None and "union" in quote.speaker


def test_a_statement_that_reads_after_its_words_names_its_owner(nlp) -> None:
    text = ("\"Our doors stay open to every family,\" reads a statement from Mayor Clara "
            "Whitby's office.")
    (quote,) = _over(nlp, text, "doors stay open")
    assert quote.cue == "reads"
    assert quote.speaker == "Clara Whitby"


def test_a_lost_subject_of_reads_is_the_document_before_it(nlp) -> None:
    # the parse makes "memo" the subject of "sent"; the memo is what reads
    text = ("Dean Paul Okafor wrote to the faculty on Friday. \"Classes will resume on "
            "Monday as planned,\" the memo sent to every department reads.")
    quotes = _over(nlp, text, "Classes will resume")
    assert quotes and quotes[0].cue == "reads"
    assert quotes[0].speaker != "Paul Okafor" or quotes[0].resolved != "name"


def test_a_letter_read_no_longer_runs_into_the_sentence_before(nlp) -> None:
    # main joined the quotation to "announced …" and gave it to the woman
    text = ("Marta Quill announced her decision in a letter from her lawyer, Owen Brandt, "
            "to the board. \"She will not attend the hearing under any circumstances,\" "
            "the letter addressed to Chairman Ray Dunmore reads.")
    quote = _over(nlp, text, "She will not attend")[0]
    assert quote.cue == "reads"
    assert quote.speaker != "Marta Quill"


def test_a_document_that_reads_before_its_words_leads_them_in(nlp) -> None:
    text = ("The coalition sent a petition to the school board on Monday. The petition "
            "reads, in part: \"We ask the board to restore the music program this fall.\"")
    (quote,) = _over(nlp, text, "We ask the board")
    assert quote.cue == "reads"
    assert quote.speaker is not None and "petition" in quote.speaker


def test_a_sign_or_a_headline_that_reads_is_no_cue(nlp) -> None:
    text = ("Protesters gathered outside the plant. \"No more layoffs,\" a banner on the "
            "gate reads. The headline on the front page reads, \"Plant to close.\"")
    assert all(q.cue != "reads" for q in extract_quotes(nlp(text)))


def test_a_person_who_reads_a_document_is_no_document_cue(nlp) -> None:
    doc = nlp("Senator Vega reads the statement aloud every morning.")
    lex = load_lexicon()
    verb = next(t for t in doc if t.lower_ == "reads")
    qid = [-1] * len(doc)
    assert document_reading(verb, lex.document_verbs, lex.documents, qid) is None


def test_reading_out_an_apology_is_the_readers_act(nlp) -> None:
    text = ("\"I take full responsibility,\" the coach declared, reading out the apology "
            "his players had asked for.")
    (quote,) = _over(nlp, text, "full responsibility")
    assert quote.cue == "declared"


# a quoted title after the cue ----------------------------------------------------------


def test_a_programme_title_after_the_cue_is_not_its_subject(nlp) -> None:
    text = ("\"The governor is simply wrong about the budget,\u201d Okafor, a former state "
            "treasurer, said Sunday morning on CBS\u2019s \u201cFace the Nation.\u201d")
    text = text.replace('"', "\u201c", 1)
    (quote,) = _over(nlp, text, "simply wrong")
    assert quote.speaker == "Okafor"


def _token(doc, word: str, nth: int = 0):
    return [t for t in doc if t.text == word][nth]


def test_a_word_of_a_title_after_the_verb_is_in_a_later_quotation(nlp) -> None:
    doc = nlp("\u201cIt is plainly false,\u201d Brandt said Monday on ABC\u2019s "
              "\u201cGood Morning America.\u201d")
    qid = Article(doc, load_lexicon()).qid
    said = _token(doc, "said")
    assert subject_in_later_quotation(_token(doc, "Good"), said, qid)
    assert not subject_in_later_quotation(_token(doc, "Brandt"), said, qid)  # no marks
    assert not subject_in_later_quotation(_token(doc, "It"), said, qid)  # before the verb


def test_a_plain_cue_before_a_title_keeps_its_subject(nlp) -> None:
    text = ("\u201cWe will not raise taxes,\u201d Lena Marsh said on ABC\u2019s \u201cThis "
            "Week.\u201d")
    (quote,) = _over(nlp, text, "not raise taxes")
    assert quote.speaker == "Lena Marsh"


# a person described by what they use ---------------------------------------------------


def test_a_user_described_is_the_speaker(nlp) -> None:
    text = ("One Instagram user who lives in Ohio posted this message:\n\n\u201cI will "
            "never shop at that store again, and neither should you.\u201d")
    (quote,) = _over(nlp, text, "never shop")
    assert quote.speaker is not None and "Instagram user" in quote.speaker
