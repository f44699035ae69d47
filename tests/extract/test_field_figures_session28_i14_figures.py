"""scripts/field_words.py and scripts/framing_field_figures.py (session 28, i14-figures):
each WordNet field's words, read from WordNet 3.0's database files, and the measured
literal-or-figure signal (a field's words around a field's term). Sentences written for
the test, parsed by the shared pipeline. Skipped where WordNet's files are absent."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from newsprism.extract.nlp import load_nlp

ROOT = Path(__file__).resolve().parents[2]
WORDNET = Path("/usr/share/wordnet")
pytestmark = pytest.mark.skipif(
    not (WORDNET / "data.noun").exists(), reason="WordNet 3.0's database files are absent"
)


@pytest.fixture(scope="module")
def figures():
    """The measurement module of scripts/ (not a package)."""
    sys.path.insert(0, str(ROOT / "scripts"))
    import framing_field_figures

    return framing_field_figures


def test_a_relational_adjective_names_its_noun(figures) -> None:
    reader = figures.tables()[0]
    from field_words import pert_noun

    assert pert_noun(reader, reader.index["adj"]["messianic"][0]) == "messiah"
    assert pert_noun(reader, reader.index["adj"]["alphabetical"][0]) == "alphabet"
    assert pert_noun(reader, reader.index["adj"]["angry"][0]) == ""  # adj.all: no noun


@pytest.mark.parametrize(
    ("lemma", "pos", "field"),
    [("looter", "noun", "war"), ("blitzkrieg", "noun", "military"), ("tee", "verb", "golf"),
     ("messianic", "adj", "messiah"), ("balcony", "noun", None), ("angry", "adj", None)],
)
def test_a_terms_field_is_its_first_senses(figures, lemma: str, pos: str,
                                           field: str | None) -> None:  # fmt: skip
    assert figures.term_field(lemma, pos) == field


def test_a_fields_words_hold_its_members_and_their_specific_gloss_words(figures) -> None:
    _reader, words, _listed = figures.tables()
    assert {"looter", "plunder", "pillager"} <= words["war"]  # a member and its gloss
    assert {"messiah", "christ", "savior"} <= words["messiah"]
    assert "official" not in words["war"]  # a gloss word of 40 glosses or more
    assert "riot" not in words["war"]  # the weakness measured: news's words are missing


def test_the_context_is_the_fields_other_words(figures) -> None:
    doc = load_nlp()("Looters plundered the shops, and the looters fled.")
    first = doc[0]
    hits = figures.context(first, "war", doc)
    assert ("plunder", "VERB") in [(w, p) for w, p, _n in hits]
    assert all(w != "looters" and w != "looter" for w, _p, _n in hits)  # itself left out


def test_a_rule_reads_every_word_of_the_flag(figures) -> None:
    noun = [("plunder", "NOUN", 2)]
    verb = [("make", "VERB", 15)]
    row = {"fields": ["war", "cooking"], "sentence_hits": [noun, []],
           "article_hits": [noun, verb]}
    assert figures.literal(row, figures.RULES["article, 1 word"])
    assert not figures.literal(row, figures.RULES["article, 1 noun"])  # the verb's word
    assert not figures.literal(row, figures.RULES["sentence, 1 word"])
    same = figures.RULES["article, 1 term of the same field"]
    assert figures.literal({"fields": ["war"], "sentence_hits": [[]],
                            "article_hits": [[("pillager", "NOUN", 1)]]}, same)  # a war term
    assert not figures.literal({"fields": ["war"], "sentence_hits": [[]],
                                "article_hits": [[("plunder", "NOUN", 3)]]}, same)  # gloss word
