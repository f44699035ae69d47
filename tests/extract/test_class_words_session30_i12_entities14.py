"""Entity rows, session 30 (i12-entities14): a "non-" class word is no name, a name run
into the closing ellipsis of a cut report is dropped, and an
organisation the tagger cut at its "and" is one row. Sentences written for the tests
(not the gold's), read by the real parser and the real linking; the guards are the
shapes the rules must leave alone."""

from __future__ import annotations

from newsprism.extract.class_words import drop_negated_classes, extend_back_over_and, join_at_and
from newsprism.extract.cut_names import drop_names_at_cut
from newsprism.extract.entities import link_entities
from newsprism.extract.mentions import find_mentions
from newsprism.extract.nlp import load_nlp
from newsprism.models import Mention


def _rows(texts: dict[str, str]) -> dict[str, tuple[str, list[str]]]:
    mentions = {a: find_mentions(load_nlp()(t), a) for a, t in texts.items()}
    return {e.name: (e.type, e.aliases) for e in link_entities(mentions, texts).entities}


def _m(text: str, whole: str, label: str = "ORG") -> Mention:
    start = whole.index(text)
    return Mention("a", 0, text, label, start, start + len(text))


def test_sentence_initial_nonfarm_is_dropped() -> None:
    text = "Nonfarm employment climbed by 500,000 in March, the Labor Department said."
    mentions = {"a": [_m("Nonfarm", text), _m("Labor Department", text)]}
    drop_negated_classes(mentions, {"a": text})
    assert [m.text for m in mentions["a"]] == ["Labor Department"]


def test_hyphenated_non_group_is_dropped_anywhere() -> None:
    text = "Officials in Ottawa said that Non-Canadians must quarantine for two weeks."
    mentions = {"a": [_m("Ottawa", text, "GPE"), _m("Non-Canadians", text, "NORP")]}
    drop_negated_classes(mentions, {"a": text})
    assert [m.text for m in mentions["a"]] == ["Ottawa"]


def test_mid_sentence_non_word_goes_only_when_the_story_writes_it_lower_case() -> None:
    one = "The board met with Nonprofit Alliance leaders on Tuesday."
    kept = {"a": [_m("Nonprofit", one)]}
    drop_negated_classes(kept, {"a": one})
    assert [m.text for m in kept["a"]] == ["Nonprofit"]  # could be a name: kept
    other = "Most nonprofit groups asked for relief."
    dropped = {"a": [_m("Nonprofit", one)], "b": []}
    drop_negated_classes(dropped, {"a": one, "b": other})
    assert dropped["a"] == []


def test_names_that_merely_start_with_non_are_kept() -> None:
    text = "Nona Gaye sang, and Nonnie Darwish spoke after Noni Madueke scored."
    mentions = {"a": [_m("Nona Gaye", text, "PERSON"), _m("Nonnie Darwish", text, "PERSON")]}
    drop_negated_classes(mentions, {"a": text})
    assert len(mentions["a"]) == 2


def test_org_cut_at_and_is_joined() -> None:
    text = "Officials said the U.S. Fish and Wildlife Service agreed to list the toad."
    pieces = [_m("U.S. Fish and", text), _m("Wildlife Service", text)]
    mentions = {"a": pieces}
    join_at_and(mentions, {"a": text})
    assert [m.text for m in mentions["a"]] == ["U.S. Fish and Wildlife Service"]


def test_two_organisations_joined_by_and_stay_two() -> None:
    text = "Google and Microsoft agreed; Apple and then Amazon followed."
    mentions = {"a": [_m("Google", text), _m("Microsoft", text), _m("Apple and", text),
                      _m("Amazon", text)]}
    join_at_and(mentions, {"a": text})
    assert [m.text for m in mentions["a"]] == ["Google", "Microsoft", "Apple and", "Amazon"]


def test_real_parse_has_no_non_row_and_keeps_the_agency() -> None:
    rows = _rows({"a": "Nonfarm payrolls grew by 300,000 last month, the Labor Department "
                       "reported on Friday.",
                  "b": "Non-Europeans may enter from June, the European Commission said.",
                  "c": "The U.S. Fish and Wildlife Service listed the beetle in May."})
    assert not [n for n in rows if n.lower().startswith("non")]
    assert rows["Labor Department"][0] == "ORG"
    assert "European Commission" in rows
    assert "Wildlife Service" not in rows and "U.S. Fish and" not in rows


def test_name_running_into_the_closing_ellipsis_is_dropped() -> None:
    text = "Lawmakers hope to revive the Emmett Till..."
    mentions = {"a": [_m("Emmett Till", text, "PERSON")]}
    drop_names_at_cut(mentions, {"a": text})
    assert mentions["a"] == []
    pieces = "She spoke beside Carlos de..."
    cut = {"a": [_m("Carlos de", pieces, "PERSON")]}
    drop_names_at_cut(cut, {"a": pieces})
    assert cut["a"] == []  # a particle: the name went on
    org = "Forecasts came from the National Weather..."
    cut_org = {"a": [_m("National Weather", org)]}
    drop_names_at_cut(cut_org, {"a": org})
    assert cut_org["a"] == []


def test_cut_name_kept_when_named_elsewhere_or_written_whole() -> None:
    whole = "The governor thanked Gretchen Whitmer,..."
    mentions = {"a": [_m("Gretchen Whitmer", whole, "PERSON")]}
    drop_names_at_cut(mentions, {"a": whole})
    assert len(mentions["a"]) == 1  # a comma before the cut: the name is whole
    cut = "Officials met Whitmer..."
    other = "Governor Gretchen Whitmer spoke first."
    story = {"a": [_m("Whitmer", cut, "PERSON")],
             "b": [Mention("b", 0, "Gretchen Whitmer", "PERSON", 9, 25)]}
    drop_names_at_cut(story, {"a": cut, "b": other})
    assert [m.text for m in story["a"]] == ["Whitmer"]  # the story names her whole
    titled = "The minister greeted Foreign Secretary Dominic Raab..."
    kept_titled = {"a": [_m("Dominic Raab", titled, "PERSON")]}
    drop_names_at_cut(kept_titled, {"a": titled})
    assert len(kept_titled["a"]) == 1  # a titled person is read as whole
    place = "Troops moved along the border of Moldova..."
    kept_place = {"a": [_m("Moldova", place, "GPE")]}
    drop_names_at_cut(kept_place, {"a": place})
    assert len(kept_place["a"]) == 1
    middle = "Emmett Till... was remembered on Sunday."
    kept = {"a": [_m("Emmett Till", middle, "PERSON")]}
    drop_names_at_cut(kept, {"a": middle})
    assert len(kept["a"]) == 1  # an ellipsis inside the text is no cut


def test_the_spokesman_after_an_unnamed_one_is_nobody() -> None:
    story = {"a": "A Pentagon spokesman said the drills were routine. Press secretary John "
                  "Kirby said the ships would return. The spokesman added that no date was "
                  "set."}
    mentions = {a: find_mentions(load_nlp()(t), a) for a, t in story.items()}
    rows = link_entities(mentions, story).entities
    kirby = [e for e in rows if "John Kirby" in e.aliases]
    assert kirby and not [a for a in kirby[0].aliases if "spokes" in a.lower()]


def test_the_spokesman_after_a_named_one_is_still_him() -> None:
    story = {"a": "Pentagon spokesman John Kirby said the drills were routine. The "
                  "spokesman added that no date was set."}
    mentions = {a: find_mentions(load_nlp()(t), a) for a, t in story.items()}
    rows = link_entities(mentions, story).entities
    kirby = [e for e in rows if "John Kirby" in e.aliases]
    assert kirby and [a for a in kirby[0].aliases if "spokes" in a.lower()]


def test_word_after_and_extends_back_to_the_story_name() -> None:
    one = "The U.S. Fish and Wildlife Service listed the frog."
    two = "Fish and Wildlife said the frog was rare."
    story = {"a": [_m("U.S. Fish and Wildlife Service", one)], "b": [_m("Wildlife", two)]}
    extend_back_over_and(story, {"a": one, "b": two})
    assert [m.text for m in story["b"]] == ["Fish and Wildlife"]


def test_word_after_and_without_a_longer_name_stays() -> None:
    one = "Officials from Ford and Toyota met on Monday."
    story = {"a": [_m("Ford", one), _m("Toyota", one)]}
    extend_back_over_and(story, {"a": one})
    assert [m.text for m in story["a"]] == ["Ford", "Toyota"]
    other = "The Bill and Melinda Gates Foundation gave. Gates and Microsoft replied."
    gates = {"a": [_m("Bill and Melinda Gates Foundation", other), _m("Microsoft", other)]}
    extend_back_over_and(gates, {"a": other})
    assert [m.text for m in gates["a"]] == ["Bill and Melinda Gates Foundation", "Microsoft"]
