"""Small kinds the session-26 readers left (i12-fixes30): real parse, real compare.

- a voice named by a description whose head the parse misreads (Politico, NeuS raw row
  210: "the nation's top infectious diseases expert" made "diseases" the head);
- "(R.I.)" after a name is Rhode Island, no Republican, for the speaker rules too;
- a list's "both" before a bare name is no label word ("to both Gupta and his audience").
"""

from __future__ import annotations

import pytest

from newsprism.compare.epithets import epithet_words
from newsprism.compare.labels import mention_phrase
from newsprism.compare.story import analyze_story
from newsprism.eval import gold_article
from newsprism.extract.nlp import load_nlp
from newsprism.extract.quotes.party_label import party_label_after

QUOTE = "We do not expect to go back into lockdown"
REUTERS = ("The United States will not lock down again, top U.S. infectious disease expert "
           "Dr. Anthony Fauci said on Sunday. Dr. Rochelle Walensky also spoke.")  # fmt: skip
POLITICO = (f"Cases rose in Florida on Sunday.\n\n\"{QUOTE},\" the nation's top infectious "
            "diseases expert said. Dr. Rochelle Walensky agreed.")  # fmt: skip


@pytest.fixture(scope="module")
def nlp():
    return load_nlp()


def _epithet(nlp, text: str, phrase: str) -> tuple[str, frozenset[str]] | None:
    doc = nlp(text)
    start = text.index(phrase)
    span = doc.char_span(start, start + len(phrase), alignment_mode="expand")
    return epithet_words(span)


def test_the_last_noun_of_a_description_is_its_head(nlp) -> None:
    text = "The nation's top infectious diseases expert said Sunday he did not expect it."
    found = _epithet(nlp, text, "The nation's top infectious diseases expert")
    assert found == ("expert", frozenset({"top", "infectious", "disease", "expert"}))


def test_a_description_with_a_preposition_keeps_the_parse_head(nlp) -> None:
    text = "The head of the department said on Monday that the plan would change."
    found = _epithet(nlp, text, "The head of the department")
    assert found is not None and found[0] == "head"


def test_a_plural_description_is_still_a_group(nlp) -> None:
    text = "The nation's top infectious disease experts said on Sunday that it would pass."
    assert _epithet(nlp, text, "The nation's top infectious disease experts") is None


def test_the_description_goes_to_the_person_another_outlet_describes() -> None:
    articles = [gold_article("a", REUTERS, outlet="reuters"),
                gold_article("b", POLITICO, outlet="politico")]  # fmt: skip
    quote = next(q for q in analyze_story(articles).quotes if q.text == QUOTE)
    assert (quote.speaker, quote.speaker_resolved) == ("Anthony Fauci", "epithet")


def test_a_dotted_state_is_no_party_tag() -> None:
    text = "Sen. Sheldon Whitehouse (R.I.) said so. Sen. John Cornyn (R-Texas) did not."
    name = "Sheldon Whitehouse"
    assert party_label_after(text, text.index(name) + len(name)) is None
    tagged = party_label_after(text, text.index("Cornyn") + len("Cornyn"))
    assert tagged is not None and tagged.group("party") == "R"
    ri = "Sen. Sheldon Whitehouse (D-R.I.) said so."
    tagged = party_label_after(ri, ri.index(name) + len(name))
    assert tagged is not None and tagged.group("party") == "D"


@pytest.mark.parametrize("intro", [
    "Sen. John Cornyn (R-Texas) and Sen. Sheldon Whitehouse (R.I.) spoke on Monday.",
    "Sen. Sheldon Whitehouse (R.I.) and Sen. John Cornyn (R-Texas) spoke on Monday.",
])
def test_a_dotted_state_gives_the_speaker_no_party(intro: str) -> None:
    """The speaker rules read the party tag with the label check's test: Whitehouse,
    "(R.I.)", is no Republican, so "the Republican senator" is the one Republican
    (before: two matched and the quote stayed unresolved)."""
    text = f"{intro}\n\n\"{QUOTE},\" the Republican senator said."
    quotes = analyze_story([gold_article("a", text, outlet="hill")]).quotes
    quote = next(q for q in quotes if q.text == QUOTE)
    assert quote.speaker == "John Cornyn"


def _phrase(nlp, text: str, name: str) -> str:
    doc = nlp(text)
    start = text.index(name)
    found = mention_phrase(doc, start, start + len(name))
    assert found is not None
    return text[found[0]:found[1]]


def test_a_lists_both_is_no_label_word(nlp) -> None:
    text = ("During an interview with CNN chief medical correspondent Dr. Sanjay Gupta, Rogan "
            "wanted to make it clear to both Gupta and his audience that he is not "
            "anti-vaccine.")  # fmt: skip
    doc = nlp(text)
    start = text.rindex("Gupta")
    found = mention_phrase(doc, start, start + len("Gupta"))
    assert found is None or text[found[0]:found[1]] == "Gupta"
