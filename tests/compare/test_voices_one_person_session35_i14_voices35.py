"""compare/voices_one_person.py and voices_unnamed.py (session 35, i14-voices35): one
person is one voice when the story's entity rows already join the two forms (an alias,
a given name alone); a record or an unnamed source ("reports", "budget data") is marked
and never "heard only". The real ``voices_heard``; names and words written for the test."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from newsprism.compare import voices_one_person, voices_role_tied, voices_unnamed
from newsprism.compare.labels import voices_heard
from newsprism.compare.voices_one_person import person_of
from newsprism.compare.voices_unnamed import non_person
from newsprism.extract.entities import StoryEntities
from newsprism.models import Entity, Mention

ARTICLES = [SimpleNamespace(id="a"), SimpleNamespace(id="b")]
ORLA = Entity(id="E1", name="Orla Vantreese", type="PERSON",
              aliases=["Orla Vantreese", "Vantreese"])  # fmt: skip
PIM = Entity(id="E2", name="Pim Okonkwo-Hale", type="PERSON", aliases=["Pim Okonkwo-Hale"])
BODY = Entity(id="E3", name="Harbor Ferry Board", type="ORG", aliases=["Vantreese"])


def _q(article: str, speaker: str, entity: str | None = None):
    return SimpleNamespace(article_id=article, speaker=speaker, speaker_entity_id=entity,
                           speaker_as_written=speaker, text="…")  # fmt: skip


def _rows(quotes, entities=(), mentions=(), articles=ARTICLES):
    story = StoryEntities(list(entities), list(mentions), [])
    return {r["speaker"]: (r["entity_id"], r["counts"], r["only"], r.get("unnamed_source"))
            for r in voices_heard(articles, quotes, story)}  # fmt: skip


@pytest.mark.parametrize(("speaker", "persons", "found"), [
    ("Vantreese", [ORLA, PIM], "E1"),  # an alias the linker gave the person
    ("vantreese", [ORLA, PIM], "E1"),  # folded
    ("Pim", [ORLA, PIM], "E2"),  # a given name alone: the one full name opening with it
    ("Okonkwo-Hale", [ORLA, PIM], None),  # a surname the linker did not join: no guess
    ("Vantreese", [ORLA, Entity(id="E9", name="Ned Vantreese", type="PERSON",
                                aliases=["Vantreese"])], None),  # two share it
    ("Pim", [PIM, Entity(id="E9", name="Pim Larsen", type="PERSON")], None),  # two open
    ("the ferry captain", [ORLA, PIM], None),
])  # fmt: skip
def test_person_of(speaker: str, persons: list, found: str | None) -> None:
    person = person_of(speaker, persons)
    assert (person.id if person else None) == found


def test_a_bare_alias_joins_the_named_voice() -> None:
    quotes = [_q("a", "Orla Vantreese", "E1"), _q("a", "Orla Vantreese", "E1"),
              _q("b", "Orla Vantreese", "E1"), _q("b", "Vantreese")]  # fmt: skip
    assert _rows(quotes, [ORLA, PIM, BODY]) == {
        "Orla Vantreese": ("E1", {"a": 2, "b": 2}, None, None)}


def test_a_bare_alias_quoted_alone_counts_under_the_entity_name() -> None:
    quotes = [_q("a", "Vantreese"), _q("b", "Pim Okonkwo-Hale", "E2")]
    rows = _rows(quotes, [ORLA, PIM])
    assert rows["Orla Vantreese"] == ("E1", {"a": 1}, "a", None)


def test_without_the_rule_two_voices(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(voices_one_person, "VOICES_ONE_PERSON_RULE", False)
    quotes = [_q("a", "Orla Vantreese", "E1"), _q("b", "Vantreese")]
    assert _rows(quotes, [ORLA]) == {"Orla Vantreese": ("E1", {"a": 1}, "a", None),
                                     "Vantreese": (None, {"b": 1}, "b", None)}  # fmt: skip


def test_a_surname_no_entity_lists_stays_apart() -> None:
    quotes = [_q("a", "Pim Okonkwo-Hale", "E2"), _q("b", "Okonkwo-Hale")]
    assert set(_rows(quotes, [PIM])) == {"Pim Okonkwo-Hale", "Okonkwo-Hale"}


def test_one_entity_under_two_forms_is_one_voice() -> None:
    quotes = [_q("a", "Orla Vantreese", "E1"), _q("b", "O. Vantreese", "E1"),
              _q("b", "O. Vantreese", "E1")]  # fmt: skip
    assert _rows(quotes, [ORLA]) == {"O. Vantreese": ("E1", {"a": 1, "b": 2}, None, None)}


@pytest.mark.parametrize(("speaker", "entity", "unnamed"), [
    ("reports", None, True),
    ("Reports", None, True),
    ("earlier budget data", None, True),
    ("three regional outlets", None, True),
    ("two sources familiar with the refit", None, True),
    ("Saturday", None, True),  # "Saturday's filing showed": the day's record
    ("a dossier in The Harbor Gazette", None, False),  # names its source
    ("a ferry captain", None, False),
    ("Reports", "E4", False),  # a linked name
    ("Orla Vantreese", None, False),
    ("May", None, False),  # a month's name may be a surname
])  # fmt: skip
def test_non_person(speaker: str, entity: str | None, unnamed: bool) -> None:
    assert non_person(speaker, entity) is unnamed


def test_an_unnamed_source_is_marked_and_never_heard_only() -> None:
    quotes = [_q("a", "reports"), _q("b", "a ferry captain")]
    assert _rows(quotes) == {"reports": (None, {"a": 1}, None, True),
                             "a ferry captain": (None, {"b": 1}, "b", None)}  # fmt: skip


def test_without_the_unnamed_rule_reports_was_heard_only(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(voices_unnamed, "VOICES_UNNAMED_RULE", False)
    assert _rows([_q("a", "reports"), _q("b", "a ferry captain")])["reports"] == \
        (None, {"a": 1}, "a", None)  # fmt: skip


# the role-tied rule: the linker's title mention inside the description's words
DOCK = "Orla Vantreese opened the dock. The harbormaster of the eastern quay said it would hold."
TEXTS = [SimpleNamespace(id="a", text=DOCK), SimpleNamespace(id="b", text="")]
AT = DOCK.index("harbormaster")


def _role(entity: str | None, text: str = "harbormaster", at: int = AT) -> Mention:
    return Mention("a", 1, text, "ROLE", at, at + len(text), entity)


def _dock_quotes():
    return [_q("a", "Orla Vantreese", "E1"), _q("a", "the harbormaster of the eastern quay"),
            _q("b", "Orla Vantreese", "E1")]  # fmt: skip


def test_a_description_the_linker_titled_is_the_person() -> None:
    rows = _rows(_dock_quotes(), [ORLA], [_role("E1")], TEXTS)
    assert rows == {"Orla Vantreese": ("E1", {"a": 2, "b": 1}, None, None)}


def test_a_title_of_another_person_inside_ties_nothing() -> None:
    # "quay" is no head of the description: a title of someone else inside it
    quay = DOCK.index("quay")
    rows = _rows(_dock_quotes(), [ORLA], [_role("E1", "quay", quay)], TEXTS)
    assert "the harbormaster of the eastern quay" in rows


def test_a_title_left_unlinked_or_linked_to_a_body_ties_nothing() -> None:
    body = Entity(id="E3", name="Harbor Ferry Board", type="ORG")
    for entity, mention in (([ORLA], _role(None)), ([ORLA, body], _role("E3"))):
        assert "the harbormaster of the eastern quay" in _rows(_dock_quotes(), entity,
                                                                [mention], TEXTS)


def test_without_the_role_rule_two_voices(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(voices_role_tied, "VOICES_ROLE_TIED_RULE", False)
    rows = _rows(_dock_quotes(), [ORLA], [_role("E1")], TEXTS)
    assert rows["the harbormaster of the eastern quay"] == (None, {"a": 1}, "a", None)
