"""A field's term in the outlet's voice (session 28, i14-flags2): a detector flag whose
every word has a first WordNet sense in a field (a topic domain) or a relational
adjective's sense (``data/field_terms.tsv.gz``) and that no bias lexicon lists is no
loaded word; quoted, reported and lexicon-listed words keep their flags. Sentences
written for the test, parsed by the shared pipeline; the framing step runs the default
detector."""

from __future__ import annotations

import pytest

import newsprism.extract.framing as framing
from newsprism.extract.framing import frame_text
from newsprism.extract.framing.ordinary import drop_field_terms, field_terms, is_field_term
from newsprism.extract.framing.results import LoadedWord, Span
from newsprism.extract.nlp import load_nlp

LOOTERS = "Shop owners armed themselves against looters after two nights of unrest."
ORDER = "Here are some of the candidates' plans, in alphabetical order:"
CATALYZED = "The killing catalyzed the largest protests in decades."


def _token(doc, text: str):
    return next(t for t in doc if t.text == text)


def test_the_table_is_read_without_its_header() -> None:
    terms = field_terms()
    assert ("looter", "noun") in terms and ("alphabetical", "adj") in terms
    assert ("tee", "verb") in terms  # golf
    assert not any(a.startswith("#") for a, _ in terms)
    assert ("balcony", "noun") not in terms  # a plain thing, but no field's term


@pytest.mark.parametrize(
    ("text", "word", "term"),
    [
        (LOOTERS, "looters", True),  # domain: war
        ("Here are their plans, in alphabetical order.", "alphabetical", True),  # pert
        ("The leader is teeing up a vote on Saturday.", "teeing", False),  # a verb: golf's
        ("Their Orwellian fantasy goes on.", "Orwellian", False),  # a name's adjective
        ("Demand for metallurgical coal has risen.", "metallurgical", True),
        ("They called him a fascist politician.", "fascist", False),  # pert, but listed
        ("Critics pointed to his incendiary comedy.", "incendiary", False),  # listed
        ("People whistled from balconies.", "balconies", False),  # not in the table
        ("The senator attacked the bill.", "attacked", False),
    ],
)
def test_a_field_term_is_read_from_wordnet_and_the_lexicons(text: str, word: str,
                                                            term: bool) -> None:  # fmt: skip
    assert is_field_term(_token(load_nlp()(text), word)) is term


def _flag(doc, words: str, *, in_quote: bool = False, speaker: str | None = None) -> LoadedWord:
    start = doc.text.index(words)
    span = Span(start, start + len(words), words, in_quote=in_quote, speaker=speaker)
    return LoadedWord(span, 0.9)


def test_only_the_outlets_own_flags_made_of_terms_are_dropped() -> None:
    doc = load_nlp()("Officials said “looters” took the goods, and treasured entitlement "
                     "programs face cuts while looters roam the city.")  # fmt: skip
    quoted = _flag(doc, "looters", in_quote=True)
    reported = _flag(doc, "looters", speaker="Officials")
    phrase = _flag(doc, "treasured entitlement")  # "entitlement" is law's; "treasured" not
    own_start = doc.text.rindex("looters")
    own = LoadedWord(Span(own_start, own_start + 7, "looters"), 0.9)
    kept = drop_field_terms(doc, [quoted, reported, phrase, own])
    assert kept == [quoted, reported, phrase]


@pytest.mark.parametrize(("text", "word"), [(LOOTERS, "looters"), (ORDER, "alphabetical")])
def test_the_detector_flag_on_a_field_term_is_dropped(monkeypatch: pytest.MonkeyPatch,
                                                      text: str, word: str) -> None:  # fmt: skip
    """The default detector flags ``word``; the filter drops that flag and no other."""
    def loaded(text: str) -> list[str]:
        return [w.span.text for w in frame_text(text).loaded]

    kept = loaded(text)
    monkeypatch.setattr(framing, "drop_field_terms", lambda _doc, words: list(words))
    without = loaded(text)
    assert word in without and word not in kept
    assert [w for w in without if w != word] == kept


def test_a_flagged_phrase_with_a_plain_word_beside_the_term_stays() -> None:
    """"catalyzed" is chemistry's (and a verb), "killing" is no field's: the flag stays."""
    assert "killing catalyzed" in [w.span.text for w in frame_text(CATALYZED).loaded]
