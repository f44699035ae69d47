"""extract/split_names.py (session 35): two touching facility spans the tagger split are
one name; lists, organisations, other kinds and lower-case words stay apart. Docs built by hand,
in words unlike the story's, so the tagger's own choices cannot make a test pass."""

from __future__ import annotations

from spacy.tokens import Doc, Span
from spacy.vocab import Vocab

from newsprism.extract.split_names import joined_ents


def _doc(words: list[str], spaces: list[bool], ents: list[tuple[int, int, str]]) -> Doc:
    doc = Doc(Vocab(), words=words, spaces=spaces)
    doc.ents = [Span(doc, a, b, label=label) for a, b, label in ents]
    return doc


def test_two_touching_facility_spans_are_one_name() -> None:
    doc = _doc(["Crowds", "filled", "the", "Royal", "Opera", "House", "today"],
               [True, True, True, True, True, True, False],
               [(2, 4, "FAC"), (4, 6, "FAC")])
    assert [(e.text, e.label_) for e in joined_ents(doc)] == [("the Royal Opera House", "FAC")]


def test_a_list_with_commas_stays_apart() -> None:
    doc = _doc(["Wembley", ",", "Anfield", "and", "Hampden"], [False, True, True, True, False],
               [(0, 1, "FAC"), (2, 3, "FAC"), (4, 5, "FAC")])
    assert [e.text for e in joined_ents(doc)] == ["Wembley", "Anfield", "Hampden"]
    touching = _doc(["Wembley", ",", "Anfield"], [False, False, False],
                    [(0, 1, "FAC"), (2, 3, "FAC")])
    assert [e.text for e in joined_ents(touching)] == ["Wembley", "Anfield"]  # no space


def test_other_kinds_and_lower_case_words_stay_apart() -> None:
    places = _doc(["from", "Lyon", "Geneva"], [True, True, False],
                  [(1, 2, "GPE"), (2, 3, "GPE")])
    assert [e.text for e in joined_ents(places)] == ["Lyon", "Geneva"]
    bodies = _doc(["the", "Reuters", "Kremlin", "desk"], [True, True, True, False],
                  [(1, 2, "ORG"), (2, 3, "ORG")])
    assert [e.text for e in joined_ents(bodies)] == ["Reuters", "Kremlin"]  # outlet, body
    mixed = _doc(["the", "Globex", "Initech"], [True, True, False],
                 [(1, 2, "ORG"), (2, 3, "FAC")])
    assert [e.text for e in joined_ents(mixed)] == ["Globex", "Initech"]
    lower = _doc(["the", "Harbour", "board"], [True, True, False],
                 [(1, 2, "FAC"), (2, 3, "FAC")])
    assert [e.text for e in joined_ents(lower)] == ["Harbour", "board"]
