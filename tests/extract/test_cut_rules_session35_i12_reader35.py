"""The excerpt-cut rules of session 35's reader's pass (docs/eval-compare.md, "Session
35: a reader's pass over fresh stories"), through the real parse and extractor, in words
unlike the stories':

- extract/quotes/cut_fragment.py: quote words of any kind that end at the excerpt's cut
  with no predicate and fewer than three content words are no quote;
- extract/cut_names.py: a compass word at the cut opens a longer name;
- compare/label_cut.py: a label's apposition that runs into the cut loses its clause.
"""

from __future__ import annotations

from newsprism.compare.labels import mention_phrase
from newsprism.extract.cut_names import drop_names_at_cut
from newsprism.extract.nlp import load_nlp
from newsprism.extract.quotes.cut_fragment import cut_fragment, ends_at_cut
from newsprism.extract.quotes.extractor import _Extractor
from newsprism.extract.quotes.lexicon import load_lexicon
from newsprism.models import Mention

from .quote_helpers import quotes_of

HARBOUR = ("The harbour master announced on Friday that the port would reopen to ferries "
           "next month. \"Tomorrow we are...")


def test_ends_at_cut_reads_only_the_closing_ellipsis() -> None:
    text = "The curator confirmed that rare..."
    assert ends_at_cut(text, text.index("..."))
    assert ends_at_cut(text, len(text))
    assert ends_at_cut('He said "the vote is close,"...', len('He said "the vote is close'))
    goes_on = "The curator confirmed that rare... coins had gone missing."
    assert not ends_at_cut(goes_on, goes_on.index("..."))
    assert not ends_at_cut("The curator confirmed it.", len("The curator confirmed it"))


def test_reported_words_cut_after_one_adjective_are_no_quote() -> None:
    found = quotes_of("The curator of the Lisbon museum confirmed that rare...")
    assert not any(q.text.endswith("rare") for q in found), [q.text for q in found]


def test_reported_words_with_a_verb_at_the_cut_stay() -> None:
    found = quotes_of("The curator of the Lisbon museum confirmed that rare coins vanished...")
    assert any("coins vanished" in q.text for q in found), [q.text for q in found]


def test_a_cut_quotation_of_three_words_is_no_quote_of_its_own() -> None:
    found = quotes_of(HARBOUR)
    assert [q.text for q in found if q.text.startswith("Tomorrow")] == []
    assert any(q.text.startswith("the port would reopen") for q in found)


def test_a_cut_quotation_that_states_something_stays() -> None:
    text = HARBOUR.replace("Tomorrow we are...", "Tomorrow we reopen the eastern docks...")
    found = quotes_of(text)
    assert any(q.text.startswith("Tomorrow we reopen") for q in found), [q.text for q in found]


def test_a_cut_noun_phrase_with_enough_content_is_not_a_fragment() -> None:
    text = "The nurses demanded a fair wage for night shifts..."
    art = _Extractor(load_nlp()(text), load_lexicon()).art
    start = text.index("a fair")
    assert not cut_fragment(art, [(start, text.index("..."))])
    assert cut_fragment(art, [(text.index("night"), text.index("..."))])


def _m(text: str, whole: str, label: str) -> Mention:
    start = whole.index(text)
    return Mention("a", 0, text, label, start, start + len(text))


def test_a_compass_word_at_the_cut_is_a_piece_of_a_longer_name() -> None:
    text = "The survey was run by an economist who covers South..."
    mentions = {"a": [_m("South", text, "LOC")]}
    drop_names_at_cut(mentions, {"a": text})
    assert mentions["a"] == []


def test_a_compass_word_kept_when_the_text_goes_on_or_the_story_names_it() -> None:
    text = "The survey was run by an economist who covers South... and Asia."
    mentions = {"a": [_m("South", text, "LOC")]}
    drop_names_at_cut(mentions, {"a": text})
    assert len(mentions["a"]) == 1  # no cut: the ellipsis is inside the text
    cut = "Troops gathered near Sudan's border with South..."
    other = "South Sudan closed its border."
    story = {"a": [_m("South", cut, "GPE")], "b": [Mention("b", 0, "South Sudan", "GPE", 0, 11)]}
    drop_names_at_cut(story, {"a": cut, "b": other})
    assert [m.text for m in story["a"]] == ["South"]  # the story names the longer place
    place = "Ferries were halted on the route to Norway..."
    kept = {"a": [_m("Norway", place, "GPE")]}
    drop_names_at_cut(kept, {"a": place})
    assert len(kept["a"]) == 1  # a place that opens nothing is read as whole


def _label(text: str, name: str) -> str:
    doc = load_nlp()(text)
    start = text.index(name)
    span = mention_phrase(doc, start, start + len(name))
    assert span is not None
    return text[span[0]:span[1]]


def test_a_cut_description_loses_its_clause() -> None:
    text = "Beside the fountain stood Dr. Okafor, a retired surgeon who has treated..."
    assert _label(text, "Dr. Okafor") == "Dr. Okafor, a retired surgeon"


def test_a_whole_description_keeps_its_clause() -> None:
    text = ("Beside the fountain stood Dr. Okafor, a retired surgeon who has treated "
            "miners, and waved.")
    assert _label(text, "Dr. Okafor").startswith("Dr. Okafor, a retired surgeon who has")
